import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createAuthSession } from '../../../lib/auth/auth-session';
import { AuthError } from '../../../lib/auth/errors';
import * as oidc from '../../../lib/auth/oidc';
import type { TokenSet } from '../../../lib/auth/oidc';
import { memorySessionStore } from '../../../lib/storage/session-store';

vi.mock('../../../lib/auth/oidc', async (importOriginal) => {
  const actual = await importOriginal<typeof oidc>();
  return {
    ...actual,
    discover: vi.fn(async () => ({ issuer: 'http://accounts.outreach.localhost:1' })),
    authorizationUrl: vi.fn(async () => 'http://accounts.outreach.localhost:1/auth?x'),
    exchangeCode: vi.fn(),
    refreshTokens: vi.fn(),
    revokeToken: vi.fn(async () => undefined),
  };
});

const NOW = 1_700_000_000_000;
const config = async () => ({
  issuer: 'http://accounts.outreach.localhost:1',
  clientId: 'cross-instance-sign-in',
  redirectUri: 'https://id.chromiumapp.org/',
  scope: oidc.SCOPE,
});
const tokens = (n: number, expiresAt: number): TokenSet => ({
  accessToken: `access-${n}`,
  refreshToken: `refresh-${n}`,
  expiresAt,
  email: 'jane.doe@acme.test',
  subject: 'jane',
});

function setup(launch = vi.fn(async () => 'https://id.chromiumapp.org/?code=c&state=s')) {
  const store = memorySessionStore();
  const sleep = vi.fn(async () => undefined);
  const auth = createAuthSession({ store, config, launchWebAuthFlow: launch, now: () => NOW, sleep });
  return { store, auth, launch, sleep };
}

beforeEach(() => {
  vi.mocked(oidc.refreshTokens).mockReset();
});

describe('refresh', () => {
  it('ten concurrent callers cause one refresh, and the rotated refresh token is stored', async () => {
    const { store, auth } = setup();
    await store.set('auth.tokens', tokens(1, NOW - 1));
    let release!: () => void;
    vi.mocked(oidc.refreshTokens).mockImplementation(
      (_as, _config, previous) =>
        new Promise((done) => {
          release = () => done({ ...tokens(2, NOW + 600_000), email: previous.email });
        }),
    );
    const callers = Array.from({ length: 10 }, () => auth.accessToken());
    await vi.waitFor(() => expect(oidc.refreshTokens).toHaveBeenCalled());
    release();
    expect(await Promise.all(callers)).toEqual(Array(10).fill('access-2'));
    expect(oidc.refreshTokens).toHaveBeenCalledTimes(1);
    expect(vi.mocked(oidc.refreshTokens).mock.calls[0]![2].refreshToken).toBe('refresh-1');
    expect((await auth.tokens())?.refreshToken).toBe('refresh-2');
  });

  it('does not refresh a token that is still fresh', async () => {
    const { store, auth } = setup();
    await store.set('auth.tokens', tokens(1, NOW + 600_000));
    expect(await auth.accessToken()).toBe('access-1');
    expect(oidc.refreshTokens).not.toHaveBeenCalled();
  });

  it('a refused refresh forgets the tokens and reports an expired session', async () => {
    const { store, auth } = setup();
    await store.set('auth.tokens', tokens(1, NOW - 1));
    vi.mocked(oidc.refreshTokens).mockRejectedValue(new AuthError('refresh-failed'));
    await expect(auth.accessToken()).rejects.toMatchObject({ kind: 'refresh-failed' });
    expect(await auth.tokens()).toBeUndefined();
  });

  it.each(['provider-down', 'provider-error', 'temporarily-unavailable'] as const)(
    'a %s answer keeps the tokens after trying three times',
    async (kind) => {
      const { store, auth, sleep } = setup();
      await store.set('auth.tokens', tokens(1, NOW - 1));
      vi.mocked(oidc.refreshTokens).mockRejectedValue(new AuthError(kind));
      await expect(auth.accessToken()).rejects.toMatchObject({ kind });
      expect(oidc.refreshTokens).toHaveBeenCalledTimes(3);
      expect(sleep).toHaveBeenCalledTimes(2);
      expect(await auth.tokens()).toBeDefined();
    },
  );

  it('a provider that comes back on the retry refreshes without losing the session', async () => {
    const { store, auth } = setup();
    await store.set('auth.tokens', tokens(1, NOW - 1));
    vi.mocked(oidc.refreshTokens)
      .mockRejectedValueOnce(new AuthError('temporarily-unavailable'))
      .mockResolvedValueOnce(tokens(2, NOW + 600_000));
    expect(await auth.accessToken()).toBe('access-2');
  });

  it('a refreshed identity for another subject forgets the tokens and says so', async () => {
    const { store, auth } = setup();
    await store.set('auth.tokens', tokens(1, NOW - 1));
    vi.mocked(oidc.refreshTokens).mockRejectedValue(new AuthError('subject-changed'));
    await expect(auth.accessToken()).rejects.toMatchObject({ kind: 'subject-changed' });
    expect(await auth.tokens()).toBeUndefined();
  });
});

describe('sign-in', () => {
  it('stores tokens in the session store and clears the flow state', async () => {
    const { store, auth } = setup();
    vi.mocked(oidc.exchangeCode).mockResolvedValue(tokens(1, NOW + 600_000));
    await auth.signIn();
    expect(Object.keys(store.dump()).sort()).toEqual(['auth.offlineGrants', 'auth.tokens']);
    expect(store.dump()['auth.flow']).toBeUndefined();
  });

  it('asks for consent only until a refresh token was granted to this client', async () => {
    const { auth } = setup();
    vi.mocked(oidc.exchangeCode).mockResolvedValue(tokens(1, NOW + 600_000));
    await auth.signIn();
    await auth.signIn();
    const calls = vi.mocked(oidc.authorizationUrl).mock.calls;
    expect(calls.at(-2)![3]).toEqual({ hasOfflineGrant: false });
    expect(calls.at(-1)![3]).toEqual({ hasOfflineGrant: true });
  });

  it('keeps the flow state in the session store while the window is open', async () => {
    let finish!: (url: string) => void;
    const { store, auth } = setup(vi.fn(() => new Promise<string>((done) => (finish = done))));
    vi.mocked(oidc.exchangeCode).mockResolvedValue(tokens(1, NOW + 600_000));
    const signingIn = auth.signIn();
    await vi.waitFor(() => expect(store.dump()['auth.flow']).toMatchObject({ verifier: expect.any(String) }));
    expect(await auth.flowStatus()).toBe('running');
    finish('https://id.chromiumapp.org/?code=c&state=s');
    await signingIn;
  });

  it('a flow left behind by a stopped worker is reported as interrupted, once', async () => {
    const { store, auth } = setup();
    await store.set('auth.flow', { verifier: 'v', state: 's', nonce: 'n', startedAt: NOW });
    expect(await auth.flowStatus()).toBe('interrupted');
    expect(await auth.flowStatus()).toBe('idle');
  });

  it.each([
    ['The user did not approve access.', 'cancelled'],
    ['Authorization page could not be loaded.', 'provider-down'],
    ['User interaction required.', 'provider-down'],
    ['Only one web auth flow is allowed at a time.', 'already-running'],
  ])('maps launchWebAuthFlow failure "%s" to %s', async (message, kind) => {
    const { store, auth } = setup(vi.fn(async () => Promise.reject(new Error(message))));
    await expect(auth.signIn()).rejects.toMatchObject({ kind });
    expect(store.dump()).toEqual({});
  });

  it('refuses an identity whose email is not a usable root email', async () => {
    const { auth } = setup();
    vi.mocked(oidc.exchangeCode).mockResolvedValue({ ...tokens(1, NOW + 1), email: 'jane.doe+x@acme.test' });
    await expect(auth.signIn()).rejects.toMatchObject({ kind: 'not-root-email' });
    expect(await auth.tokens()).toBeUndefined();
  });
});

describe('sign-out', () => {
  it('revokes the refresh and access tokens and forgets them', async () => {
    const { store, auth } = setup();
    await store.set('auth.tokens', tokens(1, NOW + 1));
    await auth.signOut();
    expect(vi.mocked(oidc.revokeToken).mock.calls.map((call) => call[2])).toEqual(['refresh-1', 'access-1']);
    expect(store.dump()).toEqual({});
  });
});
