import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { buildProfile } from '../../lib/connection/build-profile';
import { resolveConnection } from '../../lib/connection/connection-settings';
import type { CustomConnection } from '../../lib/connection/connection-settings';
import type { ConnectionProfile, ProfileId } from '../../lib/connection/profiles';
import { t } from '../../lib/i18n/t';
import { checkConnectionForm } from '../../lib/options/connection-form';
import type { ConnectionField, ConnectionForm } from '../../lib/options/connection-form';
import { loadSettings, saveSettings } from '../../lib/storage/settings';

type Status = { tone: 'info' | 'error' | 'warning'; text: string } | null;

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

/** The connection settings: the chosen profile, the custom fields as typed, validation and saving. */
export function useConnection() {
  const build = buildProfile();
  const [profileId, setProfileId] = useState<ProfileId>(build.id);
  const [form, setForm] = useState<ConnectionForm>(formOf(build));
  const [errors, setErrors] = useState<Partial<Record<ConnectionField, string>>>({});
  const [status, setStatus] = useState<Status>(null);
  const [isBusy, setBusy] = useState(false);

  useEffect(() => {
    void loadSettings().then(({ connection }) => {
      if (!connection) return;
      setProfileId(connection.profile);
      if (connection.custom) setForm(formOf(connection.custom));
    });
  }, []);

  async function store(id: ProfileId, custom: CustomConnection | null) {
    setBusy(true);
    try {
      await saveSettings({ connection: { profile: id, custom } });
      setStatus({ tone: 'info', text: t('optionsConnectionSaved') });
    } catch (error) {
      setStatus({ tone: 'error', text: t('optionsConnectionSaveFailed', String(error)) });
    } finally {
      setBusy(false);
    }
  }

  /** Must run straight from the click: `permissions.request` needs the user gesture. */
  function save() {
    setStatus(null);
    if (profileId !== 'custom') return void store(profileId, null);
    const checked = checkConnectionForm(form);
    if (!checked.ok) {
      setErrors(checked.errors);
      setStatus({ tone: 'error', text: t('optionsConnectionInvalid') });
      return;
    }
    setErrors({});
    browser.permissions
      .request({ origins: checked.origins })
      .then((granted) =>
        granted
          ? store('custom', checked.value)
          : setStatus({ tone: 'error', text: t('optionsConnectionDenied', checked.origins.join(', ')) }),
      )
      .catch((error: unknown) =>
        setStatus({
          tone: 'error',
          text: t('optionsConnectionNotRequestable', [
            checked.origins.join(', '),
            String((error as Error)?.message ?? error),
          ]),
        }),
      );
  }

  return {
    profileId,
    builtIn: profileId === 'custom' ? null : resolveConnection({ profile: profileId, custom: null }, build),
    form,
    errors,
    status,
    isBusy,
    setProfile: (id: ProfileId) => {
      setProfileId(id);
      setStatus(null);
    },
    setField: (field: ConnectionField, value: string) => {
      setForm((old) => ({ ...old, [field]: value }));
      setErrors((old) => ({ ...old, [field]: undefined }));
    },
    save,
  };
}
