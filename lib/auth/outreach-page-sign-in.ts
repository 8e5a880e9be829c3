/**
 * Sign in once on Outreach's own pages (the `outreach-pages` connection kind). Real Outreach gives
 * an extension no OpenID client, so the background opens Outreach's login page in a tab and follows
 * that tab: the person signs in there (password or SSO, on Outreach's and the IdP's pages, never in
 * the extension), and when Outreach shows its selection window the content script offers its orgs
 * as the list. The tracked sign-in and the offer live in `storage.session`, keyed by tab.
 */
import { parseRootEmail } from '../alias';
import type { ConnectionProfile } from '../connection/profiles';
import { loginOriginsOf } from '../connection/profiles';
import type { InstanceCache } from '../db';
import type { HandlerContext } from '../messaging/receiver';
import type { OfferedOrg, OrgOffer, RootSignInView } from '../messaging/protocol';
import type { SessionStore } from '../storage/session-store';
import { describeOffer } from '../instances/outreach-capture';

const SIGN_IN_KEY = 'rootSignIn';
export const OFFER_KEY = 'rootSignIn.offer';
/** A sign-in left unfinished this long is over (the person went away). */
export const ROOT_SIGN_IN_TTL_MS = 15 * 60_000;

/** The root sign-in the background follows: which tab, since when, and the root email once known. */
interface RootSignIn {
  tabId: number;
  startedAt: number;
  rootEmail: string | null;
}

/** Orgs a selection window offered, waiting for the person's yes. */
export interface StoredOffer {
  rootEmail: string | null;
  orgs: OfferedOrg[];
}

export interface PageSignInDeps {
  store: SessionStore;
  cache: () => Promise<InstanceCache>;
  profile: () => Promise<ConnectionProfile>;
  /** Opens a tab on `url` and returns its id. */
  openTab: (url: string) => Promise<number>;
  /** Signs the browser out of Outreach locally, so Outreach asks for the root again. */
  clearSession: (appUrl: string) => Promise<void>;
  now?: () => number;
}

export function createPageSignIn(deps: PageSignInDeps) {
  const now = deps.now ?? Date.now;

  async function current(): Promise<RootSignIn | null> {
    const record = await deps.store.get<RootSignIn>(SIGN_IN_KEY);
    if (!record || now() - record.startedAt > ROOT_SIGN_IN_TTL_MS) return null;
    return record;
  }

  /** The record of a content script's tab, if the page is on one of the profile's hosts it follows. */
  async function forTab(context: HandlerContext): Promise<RootSignIn | null> {
    if (context.kind !== 'content-script') return null;
    const record = await current();
    return record?.tabId === context.tabId ? record : null;
  }

  const isLoginOrigin = async (origin: string) => loginOriginsOf(await deps.profile()).includes(origin);

  return {
    /** The popup's first action: open Outreach's login page for the root email, and follow the tab. */
    async start(): Promise<void> {
      const profile = await deps.profile();
      const { group } = await (await deps.cache()).readGroup();
      await deps.clearSession(profile.appUrl);
      const tabId = await deps.openTab(profile.loginUrl);
      const record: RootSignIn = { tabId, startedAt: now(), rootEmail: group?.rootEmail ?? null };
      await deps.store.set(SIGN_IN_KEY, record);
    },

    isRunning: async () => (await current()) !== null,

    /**
     * What the tab's content script needs. On an app origin the sign-in is over (Outreach let the
     * person in), so the record goes and the script is told nothing.
     */
    async view(context: HandlerContext): Promise<RootSignInView | null> {
      const record = await forTab(context);
      if (!record || context.kind !== 'content-script') return null;
      if (!(await isLoginOrigin(context.origin))) {
        await deps.store.remove(SIGN_IN_KEY);
        return null;
      }
      const { group } = await (await deps.cache()).readGroup();
      return {
        rootEmail: record.rootEmail,
        isLoginOrigin: true,
        loginOrigins: loginOriginsOf(await deps.profile()),
        knownNames: (group?.instances ?? []).map((org) => org.name),
      };
    },

    /** The root email the person typed on Outreach's login page (checked by the alias rules). */
    async noteRootEmail(email: string, context: HandlerContext): Promise<null> {
      const record = await forTab(context);
      const root = parseRootEmail(email);
      if (record && root.ok && context.kind === 'content-script' && (await isLoginOrigin(context.origin)))
        await deps.store.set(SIGN_IN_KEY, { ...record, rootEmail: root.email.address } satisfies RootSignIn);
      return null;
    },

    /** The orgs the selection window offers: kept until the person says yes or no. */
    async offer(
      rootEmail: string | null,
      orgs: OfferedOrg[],
      context: HandlerContext,
    ): Promise<OrgOffer | null> {
      const record = await forTab(context);
      if (!record || context.kind !== 'content-script' || !(await isLoginOrigin(context.origin))) return null;
      const shown = rootEmail ? parseRootEmail(rootEmail) : null;
      const root = shown?.ok ? shown.email.address : record.rootEmail;
      await deps.store.set(OFFER_KEY, { rootEmail: root, orgs } satisfies StoredOffer);
      return describeOffer(orgs, root, (await (await deps.cache()).readGroup()).group);
    },

    /** The waiting offer, merged with the current list for the popup. */
    async pendingOffer(): Promise<OrgOffer | null> {
      const stored = await deps.store.get<StoredOffer>(OFFER_KEY);
      if (!stored) return null;
      return describeOffer(stored.orgs, stored.rootEmail, (await (await deps.cache()).readGroup()).group);
    },

    storedOffer: () => deps.store.get<StoredOffer>(OFFER_KEY),
    dismissOffer: () => deps.store.remove(OFFER_KEY),
    /** Sign-out or a new connection: nothing of the sign-in is kept. */
    forget: () => deps.store.remove(SIGN_IN_KEY, OFFER_KEY),
  };
}

export type PageSignIn = ReturnType<typeof createPageSignIn>;
