import { z } from 'zod';
import type { InstanceGroup, Usage } from '../directory/schema';

/**
 * The one runtime-message protocol. Every request is parsed by `RequestSchema` in the background;
 * replies are `Reply<T>`. Extension pages may send every request; content scripts only those in
 * `CONTENT_SCRIPT_REQUESTS`.
 */

const OrgId = z.string().min(1).max(200);

export const RequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('getState') }).strict(),
  z.object({ type: z.literal('signIn') }).strict(),
  z.object({ type: z.literal('signOut') }).strict(),
  z.object({ type: z.literal('listInstances') }).strict(),
  z.object({ type: z.literal('refreshInstances') }).strict(),
  z.object({ type: z.literal('setManualInstances'), list: z.unknown() }).strict(),
  z.object({ type: z.literal('setSource'), source: z.enum(['directory', 'manual']) }).strict(),
  z.object({ type: z.literal('openInstance'), orgId: OrgId, where: z.enum(['current', 'new']) }).strict(),
]);

export type Request = z.infer<typeof RequestSchema>;
export type RequestType = Request['type'];
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

/** Requests a content script (a web page's origin) may make. */
export const CONTENT_SCRIPT_REQUESTS: ReadonlySet<RequestType> = new Set<RequestType>([]);

/** What the UI shows; derived in the background from tokens, cache and the last refresh. */
export type Phase =
  'signed-out' | 'signing-in' | 'ready' | 'empty' | 'not-admin' | 'not-enabled' | 'session-expired' | 'error';

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
}

export interface ManualSaveResult {
  ok: boolean;
  errors: { entry: number | null; field: string; message: string }[];
  state: StateSnapshot;
}

export interface ResponseMap {
  getState: StateSnapshot;
  signIn: StateSnapshot;
  signOut: StateSnapshot;
  listInstances: { group: InstanceGroup | null; usage: Usage[] };
  refreshInstances: StateSnapshot;
  setManualInstances: ManualSaveResult;
  setSource: StateSnapshot;
  openInstance: { tabId: number; restored: boolean };
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: UiError };
