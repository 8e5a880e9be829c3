import { expect, sandboxTest as test } from '../fixtures';
import { IDP_PASSWORDS } from '../../../sandbox/fixtures';
import { sandboxControl } from '../support/sandbox';
import { directory, extensionSignIn, hostFetch, passIdp } from './support';

// Faults are global to the sandbox: keep these tests in one worker, in order, and switch each
// fault off right after observing it, so parallel tests elsewhere barely overlap with it.
test.describe.configure({ mode: 'default' });

test('GET shows the switches, POST merges, DELETE resets, bad input is refused', async ({ sandbox }) => {
  await sandbox.setFaults({ directory: 'error' });
  await sandbox.setFaults({ slowMs: 1234 });
  expect((await sandboxControl('GET', '/__sandbox/faults')).json).toEqual({
    directory: 'error',
    slowMs: 1234,
  });
  expect((await sandboxControl('DELETE', '/__sandbox/faults')).status).toBe(200);
  expect((await sandboxControl('GET', '/__sandbox/faults')).json).toEqual({});
  expect((await sandboxControl('POST', '/__sandbox/faults', { directory: 'nope' })).status).toBe(400);
  expect((await sandboxControl('POST', '/__sandbox/faults', { unknown: true })).status).toBe(400);
  expect((await directory()).status).toBe(401); // back to normal
});

test('directory fault: error answers 500', async ({ sandbox }) => {
  await sandbox.setFaults({ directory: 'error' });
  const response = await directory();
  await sandbox.resetFaults();
  expect(response.status).toBe(500);
});

test('directory fault: slow answers after slowMs', async ({ sandbox }) => {
  await sandbox.setFaults({ directory: 'slow', slowMs: 1500 });
  const started = performance.now();
  const response = await directory();
  expect(performance.now() - started).toBeGreaterThanOrEqual(1450);
  expect(response.status).toBe(401); // then the normal answer (no token here)
});

test('directory fault: malformed answers 200 with broken JSON', async ({ sandbox }) => {
  await sandbox.setFaults({ directory: 'malformed' });
  const response = await directory();
  await sandbox.resetFaults();
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('application/json');
  const text = await response.text();
  expect(() => JSON.parse(text)).toThrow();
});

test('directory fault: huge answers a 5 MB body', async ({ sandbox }) => {
  await sandbox.setFaults({ directory: 'huge' });
  const response = await directory();
  await sandbox.resetFaults();
  expect(response.status).toBe(200);
  expect((await response.arrayBuffer()).byteLength).toBeGreaterThanOrEqual(5 * 1024 * 1024);
});

test('directory fault: unauthorized answers 401 even for a good token', async ({
  sandbox,
  page,
  context,
}) => {
  const tokens = await extensionSignIn(context, page, 'jane.doe@acme.test', (p) =>
    passIdp(p, IDP_PASSWORDS.jane),
  );
  await sandbox.setFaults({ directory: 'unauthorized' });
  const response = await directory(tokens.access_token);
  await sandbox.resetFaults();
  expect(response.status).toBe(401);
  expect(await response.json()).toEqual({ error: 'invalid_token' });
  expect((await directory(tokens.access_token)).status).toBe(200);
});

test('directory fault: hostile adds entries the extension must reject', async ({
  sandbox,
  page,
  context,
}) => {
  const tokens = await extensionSignIn(context, page, 'jane.doe@acme.test', (p) =>
    passIdp(p, IDP_PASSWORDS.jane),
  );
  await sandbox.setFaults({ directory: 'hostile' });
  const response = await directory(tokens.access_token);
  await sandbox.resetFaults();
  expect(response.status).toBe(200);
  const group = (await response.json()) as {
    rootEmail: string;
    instances: { orgId: string; loginEmail: string; appUrl: string; loginUrl: string }[];
  };
  expect(group.rootEmail).toBe('jane.doe@acme.test');
  const { instances } = group;
  expect(instances.slice(0, 4).map((i) => i.orgId)).toEqual([
    'org_acme_prod',
    'org_acme_a4test',
    'org_acme_staging',
    'org_acme_staging2',
  ]);
  expect(instances.some((i) => i.appUrl.startsWith('javascript:'))).toBe(true);
  expect(instances.some((i) => new URL(i.loginUrl).host === 'evil.example')).toBe(true);
  expect(instances.some((i) => !i.loginEmail.endsWith('@acme.test'))).toBe(true);
  expect(instances.some((i) => i.loginEmail.startsWith('jane.doe-'))).toBe(true);
  expect(new Set(instances.map((i) => i.orgId)).size).toBeLessThan(instances.length);
});

test('idpDown and authServerDown answer 503 on their hosts', async ({ sandbox }) => {
  await sandbox.setFaults({ idpDown: true });
  const idp = await hostFetch('idp', '/.well-known/openid-configuration');
  const accountsWhileIdpDown = await hostFetch('accounts.outreach', '/.well-known/openid-configuration');
  await sandbox.setFaults({ idpDown: false, authServerDown: true });
  const accounts = await hostFetch('accounts.outreach', '/.well-known/openid-configuration');
  const app = await hostFetch('app.outreach', '/login');
  await sandbox.resetFaults();
  expect(idp.status).toBe(503);
  expect(accountsWhileIdpDown.status).toBe(200);
  expect(accounts.status).toBe(503);
  expect(app.status).toBe(200);
  expect((await hostFetch('idp', '/.well-known/openid-configuration')).status).toBe(200);
});
