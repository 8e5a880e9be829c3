import { useEffect, useMemo, useState } from 'preact/hooks';
import type { InstanceGroup } from '../../lib/directory/schema';
import { t } from '../../lib/i18n/t';
import { MAX_LISTED_ORGS, requestText } from '../../lib/options/request-text';
import type { RequestOrg } from '../../lib/options/request-text';
import { FIRST_ROWS, MORE_ROWS } from '../../lib/options/login-box';
import { useLoginCheck } from './use-login-check';

type CopyStatus = 'idle' | 'copied' | 'failed';

/** Names the signed-in group already has for a login, so the request needs less typing. */
function knownNames(group: InstanceGroup | null): Map<string, string> {
  return new Map((group?.instances ?? []).map((org) => [org.loginEmail.toLowerCase(), org.name]));
}

/**
 * The "Prepare instance logins" and "Request the feature" state: the root email, the pasted
 * logins and their verdicts, the company and org names, the primary login and the ticket text.
 */
export function useRequest(signedInEmail: string | null, group: InstanceGroup | null) {
  const [rootEmail, setRootEmail] = useState('');
  const [isRootTouched, setRootTouched] = useState(false);
  const [shownRows, setShownRows] = useState(FIRST_ROWS);
  const [companyName, setCompanyName] = useState('');
  const [names, setNames] = useState<Record<string, string>>({});
  const [chosenPrimary, setPrimary] = useState<string | null>(null);
  const [copyStatus, setCopyStatus] = useState<CopyStatus>('idle');

  useEffect(() => {
    if (!isRootTouched && signedInEmail) setRootEmail(signedInEmail);
  }, [signedInEmail, isRootTouched]);

  const check = useLoginCheck(rootEmail, { rows: shownRows, orgs: MAX_LISTED_ORGS });
  const { view } = check;
  const known = useMemo(() => knownNames(group), [group]);
  // Kept while the listed orgs are the same, so the request section skips keys that change none.
  const orgs: RequestOrg[] = useMemo(
    () =>
      view.orgs.map((row) => ({
        login: row.login,
        tag: row.tag,
        name: names[row.login] ?? known.get(row.login.toLowerCase()) ?? '',
      })),
    [view.orgs.map((row) => `${row.login}\n${row.tag}`).join('\n'), names, known],
  );
  const primaryLogin =
    orgs.find((org) => org.login === chosenPrimary)?.login ??
    orgs.find((org) => org.tag === '')?.login ??
    orgs[0]?.login ??
    '';
  const request = useMemo(
    () => requestText({ companyName, rootEmail, orgs, orgCount: view.okCount, primaryLogin }, t),
    [companyName, rootEmail, orgs, view.okCount, primaryLogin],
  );

  useEffect(() => setCopyStatus('idle'), [request.text]);

  return {
    rootEmail,
    check,
    view,
    shownRows,
    showMoreRows: () => setShownRows((old) => old + MORE_ROWS),
    companyName,
    orgs,
    primaryLogin,
    request,
    copyStatus,
    setRootEmail: (value: string) => {
      setRootTouched(true);
      setRootEmail(value);
    },
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
