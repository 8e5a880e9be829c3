import { useEffect, useState } from 'preact/hooks';
import { send } from '../../lib/messaging/send';

/** The current Outreach tab's page that Next opens in the chosen org (issue 14), once the background says. */
export function useKeptPage(): string | null {
  const [path, setPath] = useState<string | null>(null);
  useEffect(() => {
    send({ type: 'getKeptPage' }).then(
      (kept) => setPath(kept?.path ?? null),
      () => undefined,
    );
  }, []);
  return path;
}
