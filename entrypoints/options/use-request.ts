import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { InstanceGroup } from '../../lib/directory/schema';
import { t } from '../../lib/i18n/t';
import { createLoginChecker } from '../../lib/options/login-check-view';
import type { LoginCheckView } from '../../lib/options/login-check-view';
import { requestText } from '../../lib/options/request-text';
import type { RequestOrg } from '../../lib/options/request-text';

type CopyStatus = 'idle' | 'copied' | 'failed';

/** Names the signed-in group already has for a login, so the request needs less typing. */
function knownNames(group: InstanceGroup | null): Map<string, string> {
  return new Map((group?.instances ?? []).map((org) => [org.loginEmail.toLowerCase(), org.name]));
}

/** Time a keystroke may spend checking lines before the page paints (the rest follows next frame). */
const CHECK_BUDGET_MS = 6;

/** The checker's view of the box: lines checked once each, a large paste a slice per frame. */
function useLoginCheck(rootEmail: string, logins: string): LoginCheckView {
  const checker = useRef(createLoginChecker(t));
  const [view, setView] = useState<LoginCheckView>(() => checker.current.run());
  useEffect(() => {
    let frame = 0;
    const step = () => {
      const next = checker.current.run(CHECK_BUDGET_MS);
      setView(next);
      if (next.pending > 0) frame = requestAnimationFrame(step);
    };
    checker.current.update(rootEmail, logins);
    step();
    return () => cancelAnimationFrame(frame);
  }, [rootEmail, logins]);
  return view;
}

/**
 * The "Prepare instance logins" and "Request the feature" state: the root email, the pasted
 * logins and their verdicts, the company and org names, the primary login and the ticket text.
 */
export function useRequest(signedInEmail: string | null, group: InstanceGroup | null) {
  const [rootEmail, setRootEmail] = useState('');
  const [isRootTouched, setRootTouched] = useState(false);
  const [logins, setLogins] = useState('');
  const [companyName, setCompanyName] = useState('');
  const [names, setNames] = useState<Record<string, string>>({});
  const [chosenPrimary, setPrimary] = useState<string | null>(null);
  const [copyStatus, setCopyStatus] = useState<CopyStatus>('idle');

  useEffect(() => {
    if (!isRootTouched && signedInEmail) setRootEmail(signedInEmail);
  }, [signedInEmail, isRootTouched]);

  const view = useLoginCheck(rootEmail, logins);
  const known = useMemo(() => knownNames(group), [group]);
  const orgs: RequestOrg[] = view.rows
    .filter((row) => row.ok)
    .map((row) => ({
      login: row.login,
      tag: row.tag,
      name: names[row.login] ?? known.get(row.login.toLowerCase()) ?? '',
    }));
  const primaryLogin =
    orgs.find((org) => org.login === chosenPrimary)?.login ??
    orgs.find((org) => org.tag === '')?.login ??
    orgs[0]?.login ??
    '';
  const request = requestText({ companyName, rootEmail, orgs, primaryLogin }, t);

  useEffect(() => setCopyStatus('idle'), [request.text]);

  return {
    rootEmail,
    logins,
    view,
    companyName,
    orgs,
    primaryLogin,
    request,
    copyStatus,
    setRootEmail: (value: string) => {
      setRootTouched(true);
      setRootEmail(value);
    },
    setLogins,
    setCompanyName,
    setOrgName: (login: string, name: string) => setNames((old) => ({ ...old, [login]: name })),
    setPrimary,
    copy: async () => {
      try {
        await navigator.clipboard.writeText(request.text);
        setCopyStatus('copied');
      } catch {
        setCopyStatus('failed');
      }
    },
  };
}
