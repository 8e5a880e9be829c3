import { parseRootEmail } from '../alias';
import type { SessionStore } from '../storage/session-store';
import { AuthError, TRANSIENT_KINDS, fromWebAuthFlowError } from './errors';
import { authorizationUrl, discover, exchangeCode, newFlowSecrets, refreshTokens, revokeToken } from './oidc';
import type { FlowSecrets, OidcConfig, TokenSet } from './oidc';

const TOKENS_KEY = 'auth.tokens';
const FLOW_KEY = 'auth.flow';
/** `issuer client` pairs that granted a refresh token (no secret): later sign-ins skip `prompt=consent`. */
const OFFLINE_KEY = 'auth.offlineGrants';
/** Waits before the second and third refresh attempt when the provider is unreachable or busy. */
export const REFRESH_RETRY_DELAYS_MS = [1_000, 4_000];
/** Refresh this long before the access token expires. */
const EXPIRY_MARGIN_MS = 30_000;

export interface AuthDeps {
  store: SessionStore;
  config: () => Promise<OidcConfig>;
  /** `identity.launchWebAuthFlow({ url, interactive: true })`, resolving to the redirect URL. */
  launchWebAuthFlow: (url: string) => Promise<string | undefined>;
  now?: () => number;
  /** Waits between refresh attempts (tests pass an immediate one). */
  sleep?: (ms: number) => Promise<void>;
}

const isTransient = (error: unknown) => error instanceof AuthError && TRANSIENT_KINDS.has(error.kind);

type StoredFlow = FlowSecrets & { startedAt: number };

/**
 * The root email's session: one sign-in at a time, tokens only in `storage.session`, one refresh
 * for any number of concurrent callers, rotation of refresh tokens, revocation on sign-out.
 */
export function createAuthSession(deps: AuthDeps) {
  const now = deps.now ?? Date.now;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((done) => setTimeout(done, ms)));
  const grantKey = (config: OidcConfig) => `${config.issuer} ${config.clientId}`;

  async function rememberOfflineGrant(config: OidcConfig, granted: boolean) {
    const grants = new Set((await deps.store.get<string[]>(OFFLINE_KEY)) ?? []);
    if (granted) grants.add(grantKey(config));
    else grants.delete(grantKey(config));
    await deps.store.set(OFFLINE_KEY, [...grants]);
  }
  let signingIn: Promise<TokenSet> | null = null;
  let refreshing: Promise<TokenSet> | null = null;

  async function runSignIn(): Promise<TokenSet> {
    const config = await deps.config();
    const as = await discover(config, now());
    const secrets = newFlowSecrets();
    const hasOfflineGrant = ((await deps.store.get<string[]>(OFFLINE_KEY)) ?? []).includes(grantKey(config));
    await deps.store.set(FLOW_KEY, { ...secrets, startedAt: now() } satisfies StoredFlow);
    try {
      const redirectedTo = await deps
        .launchWebAuthFlow(await authorizationUrl(as, config, secrets, { hasOfflineGrant }))
        .catch((error: unknown) => Promise.reject(fromWebAuthFlowError(error)));
      if (!redirectedTo) throw new AuthError('cancelled');
      const tokens = await exchangeCode(as, config, redirectedTo, secrets, now());
      const root = parseRootEmail(tokens.email);
      if (!root.ok) throw new AuthError('not-root-email', `${tokens.email}: ${root.message}`);
      const stored = { ...tokens, email: root.email.address };
      await deps.store.set(TOKENS_KEY, stored);
      await rememberOfflineGrant(config, tokens.refreshToken !== null);
      return stored;
    } finally {
      await deps.store.remove(FLOW_KEY);
    }
  }

  async function runRefresh(current: TokenSet): Promise<TokenSet> {
    // A caller that read the tokens before another refresh finished must not spend the rotated-out
    // refresh token: use what that refresh stored.
    const stored = await deps.store.get<TokenSet>(TOKENS_KEY);
    if (stored && stored.accessToken !== current.accessToken) return stored;
    try {
      const next = await refreshWithRetry(current);
      await deps.store.set(TOKENS_KEY, next);
      return next;
    } catch (error) {
      // A provider that cannot be reached or is busy is not an expired session: keep the tokens.
      if (isTransient(error)) throw error;
      await deps.store.remove(TOKENS_KEY);
      if (error instanceof AuthError && error.kind !== 'invalid-grant') throw error;
      throw new AuthError('refresh-failed');
    }
  }

  /** One refresh, tried again after a pause while the provider is unreachable, 5xx or busy. */
  async function refreshWithRetry(current: TokenSet): Promise<TokenSet> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        const config = await deps.config();
        return await refreshTokens(await discover(config, now()), config, current, now());
      } catch (error) {
        const delay = REFRESH_RETRY_DELAYS_MS[attempt];
        if (!isTransient(error) || delay === undefined) throw error;
        await sleep(delay);
      }
    }
  }

  return {
    /** Starts the interactive sign-in, or joins the one already running. */
    signIn(): Promise<TokenSet> {
      signingIn ??= runSignIn().finally(() => (signingIn = null));
      return signingIn;
    },

    /** `running` in this worker; `interrupted` when a stopped worker left a flow behind (cleared). */
    async flowStatus(): Promise<'idle' | 'running' | 'interrupted'> {
      if (signingIn) return 'running';
      if (!(await deps.store.get<StoredFlow>(FLOW_KEY))) return 'idle';
      await deps.store.remove(FLOW_KEY);
      return 'interrupted';
    },

    tokens: () => deps.store.get<TokenSet>(TOKENS_KEY),

    /** A fresh access token; refreshes once for all concurrent callers when it is (nearly) expired. */
    async accessToken(options: { forceRefresh?: boolean } = {}): Promise<string> {
      const current = await deps.store.get<TokenSet>(TOKENS_KEY);
      if (!current) throw new AuthError('not-signed-in');
      if (!options.forceRefresh && current.expiresAt - EXPIRY_MARGIN_MS > now()) return current.accessToken;
      refreshing ??= runRefresh(current).finally(() => (refreshing = null));
      return (await refreshing).accessToken;
    },

    /** Forgets the tokens without contacting the provider (the server no longer accepts them). */
    forget: () => deps.store.remove(TOKENS_KEY),

    /** Revokes what the provider supports and forgets the tokens. */
    async signOut(): Promise<void> {
      const current = await deps.store.get<TokenSet>(TOKENS_KEY);
      await deps.store.remove(TOKENS_KEY, FLOW_KEY);
      if (!current) return;
      try {
        const config = await deps.config();
        const as = await discover(config);
        if (current.refreshToken) await revokeToken(as, config, current.refreshToken);
        await revokeToken(as, config, current.accessToken);
      } catch {
        // Offline sign-out still forgets the tokens locally.
      }
    },
  };
}

export type AuthSession = ReturnType<typeof createAuthSession>;
