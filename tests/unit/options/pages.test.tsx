// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { InstanceGroup } from '../../../lib/directory/schema';
import type { StateSnapshot } from '../../../lib/messaging/protocol';
import { translate } from './messages';

vi.mock('../../../lib/i18n/t', async () => ({ t: (await import('./messages')).translate }));

const { OrgInfoSection } = await import('../../../components/options/OrgInfoSection');
const { ConnectionSection } = await import('../../../components/options/ConnectionSection');
const { useConnection } = await import('../../../entrypoints/options/use-connection');
const { InstancesSection } = await import('../../../components/options/InstancesSection');
const { draftFromGroup } = await import('../../../lib/options/manual-draft');

const ROOT = 'jane.doe@acme.test';
const group = (patch: Partial<InstanceGroup> = {}): InstanceGroup => ({
  instanceGroupId: 'ig_1',
  rootEmail: ROOT,
  crossInstanceSso: 'enabled',
  role: 'admin',
  source: 'directory',
  instances: [
    {
      orgId: 'o1',
      name: 'Acme Production',
      loginEmail: ROOT,
      tag: '',
      environment: 'production',
      isPrimary: true,
      appUrl: 'http://app.outreach.localhost:1/',
      loginUrl: 'http://app.outreach.localhost:1/login',
    },
  ],
  dropped: [],
  fetchedAt: 1,
  ...patch,
});
const state = (patch: Partial<StateSnapshot>): StateSnapshot => ({
  phase: 'ready',
  source: 'directory',
  rootEmail: ROOT,
  group: group(),
  usage: [],
  currentOrgId: null,
  error: null,
  isRefreshing: false,
  cacheWarning: null,
  ...patch,
});

let host: HTMLElement;
function show(node: preact.ComponentChild) {
  host = document.createElement('div');
  document.body.append(host);
  act(() => render(node, host));
  return host;
}
afterEach(() => {
  render(null, host);
  host.remove();
});

const orgInfo = (snapshot: StateSnapshot) =>
  show(
    <OrgInfoSection
      state={snapshot}
      busy={null}
      onSignIn={() => undefined}
      onSignOut={() => undefined}
      onRefresh={() => undefined}
      formatTime={() => 'now'}
    />,
  ).textContent ?? '';

const SIGN_IN = /Sign in with your root email|Sign in to see your orgs/;

describe('Org info says what fits the role and request state (the popup’s words)', () => {
  it.each<[string, Partial<StateSnapshot>]>([
    [
      'in a group as a user',
      {
        phase: 'not-admin',
        rootEmail: 'bob@acme.test',
        group: group({ role: 'user', rootEmail: 'bob@acme.test' }),
      },
    ],
    [
      'refused as not an admin',
      {
        phase: 'not-admin',
        rootEmail: 'bob@acme.test',
        group: null,
        error: { kind: 'not-admin', message: 'bob@acme.test is not an admin.' },
      },
    ],
  ])('Bob, signed in but not an admin (%s), is told so and never to sign in', (_, patch) => {
    const text = orgInfo(state(patch));
    expect(text).toContain(translate('stateNotAdminTitle'));
    expect(text).toContain(translate('stateNotAdminBody', 'bob@acme.test'));
    expect(text).not.toMatch(SIGN_IN);
    expect(text).toContain(translate('popupSignOut'));
  });

  it('Carol, whose request is filed, is told it is filed, not to write it', () => {
    const text = orgInfo(state({ phase: 'not-enabled', group: group({ crossInstanceSso: 'requested' }) }));
    expect(text).toContain(translate('stateRequestedTitle'));
    expect(text).toContain(translate('stateRequestedBody'));
    expect(text).not.toContain(translate('stateNotEnabledBody'));
    expect(text).not.toMatch(SIGN_IN);
  });

  it('an admin of an enabled group sees the facts and orgs, with no state words', () => {
    const text = orgInfo(state({}));
    expect(text).toContain(translate('optionsRoleAdmin'));
    expect(text).toContain('Acme Production');
    expect(text).not.toContain(translate('stateNotAdminTitle'));
    expect(text).not.toMatch(SIGN_IN);
  });

  it('a signed-out person is asked to sign in', () => {
    const text = orgInfo(state({ phase: 'signed-out', rootEmail: null, group: null }));
    expect(text).toContain(translate('stateSignedOutTitle'));
    expect(text).toContain(translate('stateSignInAction'));
  });
});

function ManagedConnection() {
  const connection = useConnection({ email: null, orgCount: 0 });
  return (
    <ConnectionSection
      {...connection}
      onProfile={connection.setProfile}
      onField={connection.setField}
      onSave={connection.save}
      onTest={() => undefined}
      onConfirmSave={connection.confirmSave}
      onCancelSave={connection.cancelSave}
    />
  );
}

describe('a connection set by policy (storage.managed) is shown locked', () => {
  it('shows the policy’s values read-only, says IT set them, and offers no Save', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({
      connectionProfile: 'custom',
      issuer: 'https://login.acme.example',
      clientId: 'acme-extension',
      directoryUrl: 'https://directory.acme.example/instance-group',
      allowedHosts: ['directory.acme.example', 'app.acme.example'],
      appUrl: 'https://app.acme.example/',
      loginUrl: 'https://app.acme.example/login',
    });
    const page = show(<ManagedConnection />);
    await vi.waitFor(() => expect(page.textContent).toContain(translate('optionsConnectionLocked')));
    const issuer = page.querySelector<HTMLInputElement>('#connection-issuer')!;
    expect(issuer.value).toBe('https://login.acme.example');
    const fields = [...page.querySelectorAll<HTMLInputElement>('input.field__input, textarea.field__input')];
    expect(fields.length).toBeGreaterThan(0);
    for (const field of fields)
      expect(field.readOnly || field.disabled || field.closest('fieldset')?.disabled).toBe(true);
    expect([...page.querySelectorAll('button')].map((button) => button.textContent)).not.toContain(
      translate('optionsConnectionSave'),
    );
  });

  it('without a policy the same page is editable and not marked', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({});
    const page = show(<ManagedConnection />);
    await act(async () => undefined);
    expect(page.textContent).not.toContain(translate('optionsConnectionLocked'));
  });
});

function ManagedSource() {
  const connection = useConnection({ email: null, orgCount: 0 });
  const none = () => undefined;
  return (
    <InstancesSection
      source="manual"
      draft={draftFromGroup(null)}
      errors={new Map()}
      errorCount={0}
      isAtLimit={false}
      isRestored={false}
      pendingDrop={null}
      status={null}
      isBusy={false}
      transfer={null}
      isSourceLocked={connection.managedSource !== null}
      onSource={none}
      onRootEmail={none}
      onOrg={none}
      onAdd={none}
      onMove={none}
      onRemove={none}
      onSave={none}
      onDiscard={none}
      onConfirmSave={none}
      onCancelSave={none}
    />
  );
}

describe('a list source set by policy is shown locked', () => {
  it.each([
    [{ listSource: 'manual' }, true],
    [{}, false],
  ])('policy %j: the source choice is locked: %s', async (policy, isLocked) => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue(policy);
    const page = show(<ManagedSource />);
    await act(async () => undefined);
    await vi.waitFor(() =>
      expect(page.querySelector<HTMLFieldSetElement>('fieldset.source')!.disabled).toBe(isLocked),
    );
    expect(page.textContent?.includes(translate('optionsConnectionLocked'))).toBe(isLocked);
  });
});
