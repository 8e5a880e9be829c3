import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { buildProfile } from '../../lib/connection/build-profile';
import { resolveConnection } from '../../lib/connection/connection-settings';
import type { ConnectionSettings, CustomConnection } from '../../lib/connection/connection-settings';
import type { ConnectionProfile, ProfileId } from '../../lib/connection/profiles';
import { testConnection } from '../../lib/connection/test-connection';
import type { CheckResult } from '../../lib/connection/test-connection';
import { t } from '../../lib/i18n/t';
import { checkConnectionForm, originsToRemove } from '../../lib/options/connection-form';
import type { ConnectionField, ConnectionForm } from '../../lib/options/connection-form';
import { loadManagedSettings } from '../../lib/storage/managed-settings';
import { loadSettings, saveSettings } from '../../lib/storage/settings';

type Status = { tone: 'info' | 'error' | 'warning'; text: string } | null;

/** What a connection change would clear, for the confirmation; `null` when nothing would go. */
export interface SwitchLoss {
  email: string | null;
  orgCount: number;
}

function formOf(profile: Pick<ConnectionProfile, keyof CustomConnection>): ConnectionForm {
  return {
    issuer: profile.issuer,
    clientId: profile.clientId,
    directoryUrl: profile.directoryUrl,
    allowedHosts: profile.allowedHosts.join('\n'),
    appUrl: profile.appUrl,
    loginUrl: profile.loginUrl,
  };
}

/**
 * The connection settings: the chosen profile, the custom fields as typed, validation, the
 * connection test, the sign-out confirmation, host permissions, and what IT locked by policy.
 */
export function useConnection(account: { email: string | null; orgCount: number }) {
  const build = buildProfile();
  const [saved, setSaved] = useState<ConnectionSettings | null>(null);
  const [profileId, setProfileId] = useState<ProfileId>(build.id);
  const [form, setForm] = useState<ConnectionForm>(formOf(build));
  const [errors, setErrors] = useState<Partial<Record<ConnectionField, string>>>({});
  const [status, setStatus] = useState<Status>(null);
  const [isBusy, setBusy] = useState(false);
  const [isLocked, setLocked] = useState(false);
  const [managedSource, setManagedSource] = useState<'directory' | 'manual' | null>(null);
  const [pendingLoss, setPendingLoss] = useState<SwitchLoss | null>(null);
  const [tests, setTests] = useState<CheckResult[] | 'running' | null>(null);
  // After a save that moved to another account, the page's copy of the old one is stale.
  const [isAccountCleared, setAccountCleared] = useState(false);
  useEffect(() => setAccountCleared(false), [account.email, account.orgCount]);

  useEffect(() => {
    void Promise.all([loadSettings(), loadManagedSettings()]).then(([settings, managed]) => {
      const connection = managed.connection ?? settings.connection;
      setLocked(managed.connection !== null);
      setManagedSource(managed.source);
      setSaved(connection);
      if (!connection) return;
      setProfileId(connection.profile);
      if (connection.custom) setForm(formOf(connection.custom));
    });
  }, []);

  const current = resolveConnection(saved, build);
  const builtIn =
    profileId === 'custom' ? null : resolveConnection({ profile: profileId, custom: null }, build);

  function validated(): { settings: ConnectionSettings; origins: string[] } | null {
    if (profileId !== 'custom') return { settings: { profile: profileId, custom: null }, origins: [] };
    const checked = checkConnectionForm(form, t);
    if (!checked.ok) {
      setErrors(checked.errors);
      setStatus({ tone: 'error', text: t('optionsConnectionInvalid') });
      return null;
    }
    setErrors({});
    return { settings: { profile: 'custom', custom: checked.value }, origins: checked.origins };
  }

  async function store(next: ConnectionSettings) {
    setBusy(true);
    try {
      const isSwitch = changesAccount(next);
      await saveSettings({ connection: next });
      if (isSwitch) setAccountCleared(true);
      const gone = originsToRemove(saved, next);
      if (gone.length > 0) await browser.permissions.remove({ origins: gone }).catch(() => false);
      setSaved(next);
      setStatus({ tone: 'info', text: t('optionsConnectionSaved') });
    } catch (error) {
      setStatus({
        tone: 'error',
        text: t('optionsConnectionSaveFailed', String((error as Error)?.message ?? error)),
      });
    } finally {
      setBusy(false);
    }
  }

  /** Must run straight from a click: `permissions.request` needs the user gesture. */
  function commit(next: { settings: ConnectionSettings; origins: string[] }) {
    setPendingLoss(null);
    if (next.origins.length === 0) return void store(next.settings);
    browser.permissions
      .request({ origins: next.origins })
      .then((granted) =>
        granted
          ? store(next.settings)
          : setStatus({ tone: 'error', text: t('optionsConnectionDenied', next.origins.join(', ')) }),
      )
      .catch((error: unknown) =>
        setStatus({
          tone: 'error',
          text: t('optionsConnectionNotRequestable', [
            next.origins.join(', '),
            String((error as Error)?.message ?? error),
          ]),
        }),
      );
  }

  function changesAccount(next: ConnectionSettings): boolean {
    const after = resolveConnection(next, build);
    return after.issuer !== current.issuer || after.clientId !== current.clientId;
  }

  return {
    profileId,
    builtIn,
    form,
    errors,
    status,
    isBusy,
    isLocked,
    /** The list source policy sets, if any (the Instance list shows it locked). */
    managedSource,
    pendingLoss,
    tests,
    setProfile: (id: ProfileId) => {
      setProfileId(id);
      setStatus(null);
      setTests(null);
    },
    setField: (field: ConnectionField, value: string) => {
      setForm((old) => ({ ...old, [field]: value }));
      setErrors((old) => ({ ...old, [field]: undefined }));
      setTests(null);
    },
    save: () => {
      setStatus(null);
      const next = validated();
      if (!next) return;
      const hasAccount = !isAccountCleared && (account.email !== null || account.orgCount > 0);
      if (hasAccount && changesAccount(next.settings)) return setPendingLoss(account);
      commit(next);
    },
    confirmSave: () => {
      const next = validated();
      if (next) commit(next);
    },
    cancelSave: () => setPendingLoss(null),
    test: async () => {
      const target = profileId === 'custom' ? checkConnectionForm(form, t) : null;
      if (target && !target.ok) return setErrors(target.errors);
      const profile = target?.ok ? target.value : builtIn!;
      setTests('running');
      const results = await testConnection(
        {
          issuer: profile.issuer,
          clientId: profile.clientId,
          redirectUri: browser.identity.getRedirectURL(),
        },
        t,
      );
      setTests(results);
    },
  };
}

export type Connection = ReturnType<typeof useConnection>;
