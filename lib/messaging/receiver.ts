import {
  CHOOSER_FRAME_PATH,
  CHOOSER_FRAME_REQUESTS,
  CONTENT_SCRIPT_REQUESTS,
  GATE_PAGE_PATH,
  GATE_PAGE_REQUESTS,
  RequestSchema,
} from './protocol';
import type { Reply, RequestOf, RequestType, ResponseMap, UiError } from './protocol';
import { screenRequest } from './screen-request';

/** The fields of `runtime.MessageSender` the browser stamps (a sender's own claims are not read). */
export interface Sender {
  id?: string;
  url?: string;
  origin?: string;
  frameId?: number;
  tab?: { id?: number; windowId?: number };
}

export interface SenderPolicy {
  extensionId: string;
  /** `chrome-extension://ID` (or `moz-extension://UUID`). */
  extensionOrigin: string;
  /** Whether a content script on this origin may talk to us (the connection's login origins). */
  isContentOrigin(origin: string): boolean;
}

export type HandlerContext =
  /** `path`: the page's own path (`/popup.html`); `windowId`: its window, for a page in a tab. */
  | { kind: 'extension-page'; path?: string; windowId?: number }
  | { kind: 'content-script'; tabId: number; origin: string }
  | { kind: 'chooser-frame'; tabId: number };

export type Handlers = {
  [K in RequestType]: (request: RequestOf<K>, context: HandlerContext) => Promise<ResponseMap[K]>;
};

/** Who sent a message, from the browser-stamped fields only; `null` when it may not talk to us. */
export function classifySender(sender: Sender, policy: SenderPolicy): HandlerContext | null {
  if (sender.id !== policy.extensionId) return null;
  if (isChooserFrame(sender)) return { kind: 'chooser-frame', tabId: sender.tab!.id! };
  const fromExtensionPage = sender.url?.startsWith(`${policy.extensionOrigin}/`) ?? false;
  if (fromExtensionPage && (sender.origin === undefined || sender.origin === policy.extensionOrigin)) {
    const windowId = sender.tab?.windowId;
    return {
      kind: 'extension-page',
      path: new URL(sender.url!).pathname,
      ...(windowId === undefined ? {} : { windowId }),
    };
  }
  const tabId = sender.tab?.id;
  const origin = sender.origin ?? (sender.url ? safeOrigin(sender.url) : undefined);
  if (tabId === undefined || sender.frameId !== 0 || !origin || !policy.isContentOrigin(origin)) return null;
  return { kind: 'content-script', tabId, origin };
}

/**
 * Our chooser page in a sub-frame of a tab. With `use_dynamic_url` its origin is a per-session id,
 * not the extension's own, so it is known by its path on an extension scheme, and by `sender.id`.
 */
function isChooserFrame(sender: Sender): boolean {
  if (sender.tab?.id === undefined || !sender.frameId || !sender.url) return false;
  try {
    const url = new URL(sender.url);
    return /^(chrome|moz)-extension:$/.test(url.protocol) && url.pathname === CHOOSER_FRAME_PATH;
  } catch {
    return false;
  }
}

function isGatePage(context: HandlerContext): boolean {
  return context.kind === 'extension-page' && context.path === GATE_PAGE_PATH;
}

function safeOrigin(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/** Turns anything thrown by a handler into a reply the UI can show, never a stack trace. */
export function toUiError(error: unknown): UiError {
  if (error && typeof error === 'object' && 'kind' in error && 'message' in error) {
    const { kind, message } = error as { kind: unknown; message: unknown };
    if (typeof kind === 'string' && typeof message === 'string') return { kind, message };
  }
  return { kind: 'internal', message: 'Something went wrong in the extension. Try again.' };
}

/**
 * The receiver: checks the sender, then screens the raw message (size cap, no `__proto__`,
 * `constructor` or `prototype` key anywhere), then parses, then dispatches, then replies
 * `{ ok: true, value } | { ok: false, error }`. Never throws.
 */
export function createReceiver(handlers: Handlers, policy: SenderPolicy) {
  return async (message: unknown, sender: Sender): Promise<Reply<unknown>> => {
    const context = classifySender(sender, policy);
    if (!context) return fail('forbidden-sender', 'This sender may not talk to the extension.');
    const screened = screenRequest(message);
    if (!screened.ok) {
      return screened.reason === 'too-large'
        ? fail('too-large', 'That request is too large for the extension.')
        : fail('bad-request', 'The extension did not understand that request.');
    }
    const parsed = RequestSchema.safeParse(message);
    if (!parsed.success) return fail('bad-request', 'The extension did not understand that request.');
    const request = parsed.data;
    if (context.kind === 'content-script' && !CONTENT_SCRIPT_REQUESTS.has(request.type)) {
      return fail('forbidden', 'A web page may not make that request.');
    }
    if (context.kind === 'chooser-frame' && !CHOOSER_FRAME_REQUESTS.has(request.type)) {
      return fail('forbidden', 'The chooser may not make that request.');
    }
    // The production gate's answer comes from its own window's page, not any extension page.
    if (GATE_PAGE_REQUESTS.has(request.type) && !isGatePage(context)) {
      return fail('forbidden', 'Only the question window may answer it.');
    }
    try {
      const handler = handlers[request.type] as (r: typeof request, c: HandlerContext) => Promise<unknown>;
      return { ok: true, value: await handler(request, context) };
    } catch (error) {
      return { ok: false, error: toUiError(error) };
    }
  };
}

function fail(kind: string, message: string): Reply<never> {
  return { ok: false, error: { kind, message } };
}
