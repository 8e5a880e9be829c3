import { expect, sandboxTest as test } from '../fixtures';
import { IDP_PASSWORDS } from '../../../sandbox/fixtures';
import { EXTENSION_ORIGIN } from '../../../sandbox/model';
import { accountsServer, directory, extensionSignIn, hostFetch, passIdp, refresh } from './support';

test('the directory returns jane’s group for an access token from the PKCE code flow', async ({
  page,
  context,
  sandbox,
}) => {
  const tokens = await extensionSignIn(context, page, 'jane.doe@acme.test', (p) =>
    passIdp(p, IDP_PASSWORDS.jane),
  );
  expect(tokens.claims).toMatchObject({ email: 'jane.doe@acme.test', email_verified: true });
  expect(tokens.scope?.split(' ')).toContain('cross_instance:read');
  expect(tokens.refresh_token).toBeTruthy();

  const response = await directory(tokens.access_token, { origin: EXTENSION_ORIGIN });
  expect(response.status).toBe(200);
  expect(response.headers.get('access-control-allow-origin')).toBe(EXTENSION_ORIGIN);
  const appUrl = sandbox.url('app.outreach', '/');
  const loginUrl = sandbox.url('app.outreach', '/login');
  expect(await response.json()).toEqual({
    instanceGroupId: 'ig_acme_7f3a',
    rootEmail: 'jane.doe@acme.test',
    crossInstanceSso: 'enabled',
    role: 'admin',
    instances: [
      ['org_acme_prod', 'Acme Production', 'jane.doe@acme.test', 'production', true],
      ['org_acme_a4test', 'Acme A4 Test', 'jane.doe+a4test@acme.test', 'test', false],
      ['org_acme_staging', 'Acme Staging', 'jane.doe+staging@acme.test', 'staging', false],
      ['org_acme_staging2', 'Acme Staging 2', 'jane.doe+staging2@acme.test', 'staging', false],
    ].map(([orgId, name, loginEmail, environment, primary]) => ({
      orgId,
      name,
      loginEmail,
      environment,
      primary,
      appUrl,
      loginUrl,
    })),
  });

  // Refresh tokens rotate on every use.
  const first = await refresh(tokens.refresh_token!);
  expect(first.status).toBe(200);
  const rotated = (await first.json()) as { refresh_token: string; access_token: string };
  expect(rotated.refresh_token).toBeTruthy();
  expect(rotated.refresh_token).not.toBe(tokens.refresh_token);
  expect((await directory(rotated.access_token)).status).toBe(200);

  // The old refresh token is refused after its one use; replaying it revokes the whole grant.
  const reused = await refresh(tokens.refresh_token!);
  expect(reused.status).toBe(400);
  expect(await reused.json()).toMatchObject({ error: 'invalid_grant' });
  expect((await directory(rotated.access_token)).status).toBe(401);
});

test('the directory answers 401 without a good token and 403 not_admin for bob', async ({
  page,
  context,
}) => {
  const none = await directory();
  expect(none.status).toBe(401);
  expect(await none.json()).toEqual({ error: 'invalid_token' });
  expect((await directory('not-a-token')).status).toBe(401);

  const tokens = await extensionSignIn(context, page, 'bob@acme.test', (p) => passIdp(p, IDP_PASSWORDS.bob));
  expect(tokens.refresh_token).toBeTruthy(); // without prompt=consent too
  const response = await directory(tokens.access_token);
  expect(response.status).toBe(403);
  expect(await response.json()).toEqual({ error: 'not_admin' });

  // Revocation (CORS-enabled for the extension); oidc-provider revokes every token of the grant.
  const as = await accountsServer();
  const revoked = await hostFetch('accounts.outreach', new URL(as.revocation_endpoint!).pathname, {
    method: 'POST',
    headers: { origin: EXTENSION_ORIGIN },
    body: new URLSearchParams({ token: tokens.access_token, client_id: 'cross-instance-sign-in' }),
  });
  expect(revoked.status).toBe(200);
  expect(revoked.headers.get('access-control-allow-origin')).toBe(EXTENSION_ORIGIN);
  expect((await directory(tokens.access_token)).status).toBe(401);
  expect((await refresh(tokens.refresh_token!)).status).toBe(400);
});

test('the token endpoint allows the extension origin only (CORS)', async () => {
  const as = await accountsServer();
  const tokenPath = new URL(as.token_endpoint!).pathname;
  const body = () =>
    new URLSearchParams({
      grant_type: 'refresh_token',
      refresh_token: 'x',
      client_id: 'cross-instance-sign-in',
    });
  const fromExtension = await hostFetch('accounts.outreach', tokenPath, {
    method: 'POST',
    headers: { origin: EXTENSION_ORIGIN },
    body: body(),
  });
  expect(fromExtension.headers.get('access-control-allow-origin')).toBe(EXTENSION_ORIGIN);
  const fromElsewhere = await hostFetch('accounts.outreach', tokenPath, {
    method: 'POST',
    headers: { origin: 'http://evil.localhost' },
    body: body(),
  });
  expect(fromElsewhere.headers.get('access-control-allow-origin')).toBeNull();
});
