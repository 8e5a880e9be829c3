import { z } from 'zod';
import type { HistoryRow, PinRow } from '../db/extras-schema';
import type { Instance, InstanceGroup, Usage } from '../directory/schema';
import type { OrgMarkerView } from '../org-marker/marker';
import type { SessionFacts } from '../popup/session-status';
import type { PaintSnapshot } from '../popup/snapshot';

/**
 * The one runtime-message protocol. Every request is parsed by `RequestSchema` in the background;
 * replies are `Reply<T>`. Extension pages may send every request; content scripts only those in
 * `CONTENT_SCRIPT_REQUESTS`.
 */

const OrgId = z.string().min(1).max(200);

/** Why a switch stopped: each has words in the popup that say what to do by hand. */
export const SWITCH_FAILURES = [
  'no-form',
  'login-returned',
  'no-continue',
  'org-not-offered',
  'not-understood',
  'wrong-org',
  'unconfirmed',
  'field-hidden',
] as const;
export type SwitchFailure = (typeof SWITCH_FAILURES)[number];

const PageReport = z.string().max(40_000);

/** An org as Outreach's selection window offers it: its name, and its id where the markup has one. */
export const OfferedOrgSchema = z
  .object({ name: z.string().min(1).max(200), value: z.string().min(1).max(200).nullable() })
  .strict();
export type OfferedOrg = z.infer<typeof OfferedOrgSchema>;

export const RequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('getState') }).strict(),
  // The popup's smaller state: orgs without URLs, and none at all when it reads them itself; with
  // `paints`, also the first screen's snapshot for the first-paint script (a first open).
  z
    .object({
      type: z.literal('getPopupState'),
      readsRows: z.literal(true).optional(),
      paints: z.literal(true).optional(),
    })
    .strict(),
  z.object({ type: z.literal('signIn') }).strict(),
  z.object({ type: z.literal('signOut') }).strict(),
  z.object({ type: z.literal('cancelSignIn') }).strict(),
  z.object({ type: z.literal('listInstances') }).strict(),
  z.object({ type: z.literal('refreshInstances') }).strict(),
  z.object({ type: z.literal('setManualInstances'), list: z.unknown() }).strict(),
  z.object({ type: z.literal('setSource'), source: z.enum(['directory', 'manual']) }).strict(),
  z
    .object({
      type: z.literal('openInstance'),
      orgId: OrgId,
      where: z.enum(['current', 'new']),
      /** The popup's Next: open the current Outreach tab's page in that org (issue 14). */
      keepPage: z.boolean().optional(),
    })
    .strict(),
  // The page the popup's Next would keep (issue 14), and the production gate's window:
  z.object({ type: z.literal('getKeptPage') }).strict(),
  z.object({ type: z.literal('getGateQuestion'), id: z.string().min(1).max(100) }).strict(),
  z.object({ type: z.literal('answerGate'), id: z.string().min(1).max(100), open: z.boolean() }).strict(),
  // Pins and switch history (lib/db extras, issue 14):
  z.object({ type: z.literal('listPins') }).strict(),
  z.object({ type: z.literal('setPinned'), orgId: OrgId, pinned: z.boolean() }).strict(),
  z.object({ type: z.literal('listHistory') }).strict(),
  z.object({ type: z.literal('clearHistory') }).strict(),
  z.object({ type: z.literal('getSessionStatus') }).strict(),
  z.object({ type: z.literal('forgetSession'), orgId: OrgId }).strict(),
  // From the login content script:
  z.object({ type: z.literal('getPendingSwitch') }).strict(),
  z
    .object({
      type: z.literal('reportSwitch'),
      /** `missing`: the app says the kept page does not exist in this org (lib/site/app-path.ts). */
      outcome: z.enum(['filled', 'picked', 'landed', 'failed', 'missing']),
      reason: z.enum(SWITCH_FAILURES).optional(),
      /** Structure only (`lib/site/page-report.ts`), for "Copy a page report". */
      pageReport: PageReport.optional(),
    })
    .strict(),
  // The Outreach-pages sign-in (root email on Outreach's own pages, list from its selection window):
  z.object({ type: z.literal('getRootSignIn') }).strict(),
  z.object({ type: z.literal('noteRootEmail'), email: z.string().max(320) }).strict(),
  z
    .object({
      type: z.literal('offerOrgs'),
      rootEmail: z.string().max(320).nullable(),
      orgs: z.array(OfferedOrgSchema).min(1).max(200),
    })
    .strict(),
  z
    .object({
      type: z.literal('acceptOrgs'),
      /** `+` tags the person gave for orgs whose alias was not known, by org name. */
      tags: z.record(z.string().max(200), z.string().max(64)).optional(),
    })
    .strict(),
  z.object({ type: z.literal('dismissOrgs') }).strict(),
  z.object({ type: z.literal('inspectLogin'), email: z.string().max(320) }).strict(),
  // From the inline chooser's frame (an extension page inside the login page, lib/content/chooser-frame.ts):
  z.object({ type: z.literal('getChooser') }).strict(),
  z
    .object({
      type: z.literal('chooseOrg'),
      orgId: OrgId,
      via: z.enum(['pointer', 'keyboard']),
      /** The frame's own "Open Acme Production?" was answered Open (orgs with `askFirst`). */
      confirmed: z.boolean().optional(),
    })
    .strict(),
  z.object({ type: z.literal('chooserPointerDown') }).strict(),
  z.object({ type: z.literal('closeChooser') }).strict(),
  // From any Outreach page's content script: which org this page is (issue 14).
  z.object({ type: z.literal('getOrgMarker') }).strict(),
  // From a tab told that the browser left its org (lib/content/tab-notice.ts):
  z.object({ type: z.literal('switchBack'), orgId: OrgId }).strict(),
]);

export type Request = z.infer<typeof RequestSchema>;
export type RequestType = Request['type'];
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

/** Requests a content script (a web page's origin) may make. */
export const CONTENT_SCRIPT_REQUESTS: ReadonlySet<RequestType> = new Set<RequestType>([
  'getPendingSwitch',
  'reportSwitch',
  'inspectLogin',
  'getRootSignIn',
  'noteRootEmail',
  'offerOrgs',
  'acceptOrgs',
  'dismissOrgs',
  'switchBack',
  'getOrgMarker',
]);

/**
 * Requests the inline chooser's frame may make: only it can choose an org, so the page (and the
 * content script's world it shares a DOM with) cannot fake a choice.
 */
export const CHOOSER_FRAME_REQUESTS: ReadonlySet<RequestType> = new Set<RequestType>([
  'getChooser',
  'chooseOrg',
  'chooserPointerDown',
  'closeChooser',
]);

/** The production gate's window page (lib/gate/gate-page.ts): the only sender of these requests. */
export const GATE_PAGE_PATH = '/gate.html';
export const GATE_PAGE_REQUESTS: ReadonlySet<RequestType> = new Set<RequestType>([
  'getGateQuestion',
  'answerGate',
]);

/** The chooser frame's page: a web-accessible resource, at a per-session dynamic URL in Chrome. */
export const CHOOSER_FRAME_PATH = '/chooser-frame.html';

/**
 * What the background asks a login page's content script about its chooser (`tabs.sendMessage` to
 * the top frame): `check` its host now (removed when covered), `confirm` a choice (visible and
 * unobscured for 500 ms), `close` it, or `fill` the alias of the switch just recorded.
 */
export interface ChooserCommand {
  type: 'chooserCommand';
  action: 'check' | 'confirm' | 'close' | 'fill';
  via?: 'pointer' | 'keyboard';
}

/**
 * The one message the background sends to content scripts: this tab showed `oldName`, and the
 * browser's Outreach session is now `newName` (lib/switch/notify-old-tabs.ts).
 */
export const TabNoticeSchema = z
  .object({
    type: z.literal('tabNotice'),
    oldOrgId: OrgId,
    oldName: z.string().min(1).max(200),
    newName: z.string().min(1).max(200),
  })
  .strict();
export type TabNotice = z.infer<typeof TabNoticeSchema>;

/** What a login page's content script is told to do for a switch in progress. */
export interface PendingSwitchView {
  /** The org being opened, to pick it in Outreach's own selection window. */
  orgId: string;
  orgName: string;
  /** The `+` alias to fill: the only value the extension ever puts into a page. */
  loginEmail: string;
  /** The org's login page URL (the script waits there for the form). */
  loginUrl: string;
  /** False once the alias was submitted: the login page coming back means it failed. */
  shouldFill: boolean;
  /** Whether this page is on the org's login origin (the only origin that may get the alias). */
  isLoginOrigin: boolean;
  /** `alias`: fill the `+` login. `root`: fill the root email, then pick the org in the selection window. */
  via?: 'alias' | 'root';
  /** False once the org was picked in the selection window. */
  shouldPick?: boolean;
  /** This page is the kept page of the popup's switch: a "not found" here is reported as `missing`. */
  isKeptPage?: boolean;
  /** Every exact login origin of the profile, and the origins the org's app may show on. */
  loginOrigins?: string[];
  appOrigins?: string[];
  /** The group's orgs (names, ids, logins), to pick the right one and to tell which org the app shows. */
  orgs?: { orgId: string; name: string; loginEmail: string }[];
}

/** A root sign-in on Outreach's pages, as its tab's content script needs it. */
export interface RootSignInView {
  /** The root email to fill, when the extension knows it; else the person types it. */
  rootEmail: string | null;
  isLoginOrigin: boolean;
  loginOrigins: string[];
  /** Org names of the current list, to say which orgs are new. */
  knownNames: string[];
}

/** The orgs a selection window offered, waiting for the person's yes, merged with the list. */
export interface OrgOffer {
  rootEmail: string | null;
  orgs: { name: string; value: string | null; tag: string | null; isNew: boolean }[];
  /** Orgs of the current list the window did not offer: they go when the offer is accepted. */
  removed: string[];
}

/** An org as the inline chooser shows it (no URLs, no ids beyond what choosing needs). */
export interface ChooserOrg {
  orgId: string;
  name: string;
  loginEmail: string;
  environment: string;
  isPrimary: boolean;
  /** A production org while the gate is on: the frame asks "Open …?" before choosing it. */
  askFirst?: boolean;
}

/** The production gate's question, for its window (lib/background/production-gate.ts). */
export interface GateQuestionView {
  orgName: string;
  /** "Open Acme Production?" */
  title: string;
}

export type LoginInspection =
  { kind: 'none' } | { kind: 'root'; orgs: ChooserOrg[] } | { kind: 'invalid'; message: string };

/** What the UI shows; derived in the background from tokens, cache and the last refresh. */
export type Phase =
  | 'signed-out'
  | 'signing-in'
  | 'ready'
  | 'empty'
  | 'not-admin'
  | 'not-enabled'
  | 'session-expired'
  | 'error'
  | 'list-offered';

/** A failure the UI can show: a stable kind and a sentence for people. */
export interface UiError {
  kind: string;
  message: string;
}

export interface StateSnapshot {
  phase: Phase;
  source: 'directory' | 'manual';
  /** The signed-in (or manually entered) root email. */
  rootEmail: string | null;
  /** The last good list, even when the latest refresh failed. */
  group: InstanceGroup | null;
  usage: Usage[];
  /** The org the active tab is signed in to, when the extension switched that tab. */
  currentOrgId: string | null;
  /** The latest sign-in or refresh failure, if it has not been cleared by a success. */
  error: UiError | null;
  isRefreshing: boolean;
  /** Set when the cache could not use IndexedDB and keeps the list in memory. */
  cacheWarning: string | null;
  /** How the root signs in: OpenID (directory) or Outreach's own pages. */
  signInKind?: 'openid' | 'outreach-pages';
  /** Orgs a selection window offered, waiting for the person's yes. */
  orgOffer?: OrgOffer | null;
  /** The structure of the page a switch could not understand (no values), to copy into a report. */
  pageReport?: string | null;
}

/** An org as the popup shows and acts on it: no URLs (the background opens an org by its id). */
export type PopupOrg = Omit<Instance, 'appUrl' | 'loginUrl'>;

/** The group as the popup holds it: orgs without URLs, and only the count of dropped entries. */
export interface PopupGroup extends Omit<InstanceGroup, 'instances' | 'dropped'> {
  instances: PopupOrg[];
  droppedCount: number;
}

/** What the popup shows: `StateSnapshot` with the compact group and the revision of its rows. */
export interface PopupView extends Omit<StateSnapshot, 'group'> {
  group: PopupGroup | null;
  /** The cached list's revision (`lib/db`), `null` when the cache keeps none (memory). */
  revision: string | null;
}

/**
 * `getPopupState`'s answer. With `readsRows`, `group.instances` is `null` whenever the list has a
 * revision: the popup shows the rows it read from IndexedDB itself if they are of that revision,
 * and asks again without `readsRows` if not.
 */
export interface PopupViewReply extends Omit<PopupView, 'group'> {
  group: (Omit<PopupGroup, 'instances'> & { instances: PopupOrg[] | null }) | null;
  /**
   * Asked with `paints` (the first-paint script, on a first open): the first screen's snapshot
   * when it is a plain list, else `null` (lib/background/first-paint.ts).
   */
  paint?: PaintSnapshot | null;
}

export interface ManualSaveResult {
  ok: boolean;
  errors: { entry: number | null; field: string; message: string }[];
  state: StateSnapshot;
}

export interface ResponseMap {
  getState: StateSnapshot;
  getPopupState: PopupViewReply;
  signIn: StateSnapshot;
  signOut: StateSnapshot;
  cancelSignIn: StateSnapshot;
  listInstances: { group: InstanceGroup | null; usage: Usage[] };
  refreshInstances: StateSnapshot;
  setManualInstances: ManualSaveResult;
  setSource: StateSnapshot;
  openInstance: { tabId: number; restored: boolean };
  getKeptPage: { path: string } | null;
  getGateQuestion: GateQuestionView | null;
  answerGate: null;
  listPins: PinRow[];
  setPinned: PinRow[];
  listHistory: HistoryRow[];
  clearHistory: HistoryRow[];
  getSessionStatus: SessionFacts;
  forgetSession: SessionFacts;
  getPendingSwitch: PendingSwitchView | null;
  reportSwitch: null;
  inspectLogin: LoginInspection;
  getChooser: LoginInspection;
  chooseOrg: null;
  chooserPointerDown: null;
  closeChooser: null;
  getOrgMarker: OrgMarkerView | null;
  getRootSignIn: RootSignInView | null;
  noteRootEmail: null;
  offerOrgs: OrgOffer | null;
  acceptOrgs: ManualSaveResult;
  dismissOrgs: StateSnapshot;
  switchBack: { tabId: number; restored: boolean };
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: UiError };
