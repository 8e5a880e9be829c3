import type { InstanceCache } from '../db';
import { t } from '../i18n/t';
import type { GateQuestionView } from '../messaging/protocol';
import type { HandlerContext } from '../messaging/receiver';
import type { Translate } from '../options/translate';
import type { SessionStore } from '../storage/session-store';
import { SwitchError, findOrg } from '../switch/switch-deps';
import { asksBeforeOpening } from '../switch/production-rule';

/** The one open question (a newer shortcut press replaces it), in `storage.session`. */
export const GATE_KEY = 'gate.question';
/** A question left unanswered this long is gone: an old window's Open does nothing. */
export const GATE_TTL_MS = 2 * 60_000;

interface GateQuestion {
  id: string;
  orgId: string;
  where: 'current' | 'new';
  /** The Outreach tab the switch would have used when the key was pressed (the window takes focus). */
  tabId: number | null;
  askedAt: number;
  windowId: number | null;
}

export interface ProductionGateDeps {
  store: SessionStore;
  cache: () => Promise<InstanceCache>;
  /** The `askBeforeProduction` setting. */
  isOn: () => Promise<boolean>;
  /** The org the active tab's Outreach session is in: opening it again changes nothing, so nothing is asked. */
  currentOrgId: () => Promise<string | null>;
  /** The Outreach tab a `current` switch would reuse now (`null`: a new tab). */
  reusableTab: (where: 'current' | 'new') => Promise<number | null>;
  /** The switch itself (`openInstance`), in `tabId` when one is given. */
  open: (orgId: string, where: 'current' | 'new', tabId: number | null) => Promise<unknown>;
  /** Opens the small question window on `gate.html?q=<id>`; its window id. */
  openWindow: (id: string) => Promise<number | null>;
  closeWindow: (windowId: number) => Promise<void>;
  newId?: () => string;
  now?: () => number;
  words?: Translate;
}

/**
 * The production gate for the keyboard shortcuts (issue 14, point 2). "Asks once" means once per
 * switch: the shortcut asks "Open Acme Production?" in a small extension window, Open runs the
 * switch, and Cancel, Escape, closing the window or leaving it for 2 minutes change nothing. The
 * answer comes only from that extension page (`gate.html`), with the question's random id, so no web
 * page can give it. The question waits in `storage.session`: a worker stopped meanwhile still takes it.
 */
export function createProductionGate(deps: ProductionGateDeps) {
  const now = deps.now ?? Date.now;
  const words = deps.words ?? t;
  const newId = deps.newId ?? (() => crypto.randomUUID());

  async function live(id: string): Promise<GateQuestion | null> {
    const question = await deps.store.get<GateQuestion>(GATE_KEY);
    if (!question || question.id !== id) return null;
    if (now() - question.askedAt > GATE_TTL_MS) {
      await deps.store.remove(GATE_KEY);
      return null;
    }
    return question;
  }

  async function dropQuestion(): Promise<void> {
    const old = await deps.store.get<GateQuestion>(GATE_KEY);
    await deps.store.remove(GATE_KEY);
    if (old?.windowId != null) await deps.closeWindow(old.windowId).catch(() => undefined);
  }

  return {
    /** A shortcut's switch: opened at once, or asked about first. */
    async openInstance(orgId: string, where: 'current' | 'new'): Promise<'opened' | 'asked'> {
      const org = await findOrg(deps, orgId);
      const isHere = (await deps.currentOrgId().catch(() => null)) === orgId;
      if (!asksBeforeOpening(org, await deps.isOn()) || isHere) {
        await deps.open(orgId, where, null);
        return 'opened';
      }
      await dropQuestion();
      const question: GateQuestion = {
        id: newId(),
        orgId,
        where,
        tabId: await deps.reusableTab(where).catch(() => null),
        askedAt: now(),
        windowId: null,
      };
      await deps.store.set(GATE_KEY, question);
      const windowId = await deps.openWindow(question.id);
      if ((await deps.store.get<GateQuestion>(GATE_KEY))?.id === question.id)
        await deps.store.set(GATE_KEY, { ...question, windowId });
      return 'asked';
    },

    /** What the question window shows; only extension pages are told. */
    async question(id: string, context: HandlerContext): Promise<GateQuestionView | null> {
      if (context.kind !== 'extension-page') return null;
      const question = await live(id);
      const org = question && (await findOrg(deps, question.orgId).catch(() => null));
      return org ? { orgName: org.name, title: words('gateTitle', org.name) } : null;
    },

    /** The window's Open (`isOpen`) or Cancel. Its window closes first, so the switch finds its tab. */
    async answer(id: string, isOpen: boolean, context: HandlerContext): Promise<null> {
      if (context.kind !== 'extension-page') throw new SwitchError('forbidden', words('gateForbidden'));
      const question = await live(id);
      // Only the question's own window answers it, once that window is known.
      if (question && !isFromWindow(question, context)) {
        throw new SwitchError('forbidden', words('gateForbidden'));
      }
      if (!question) {
        if (isOpen) throw new SwitchError('gate-expired', words('gateExpired'));
        return null;
      }
      await deps.store.remove(GATE_KEY);
      if (question.windowId !== null) await deps.closeWindow(question.windowId).catch(() => undefined);
      if (isOpen) await deps.open(question.orgId, question.where, question.tabId);
      return null;
    },

    /** A window closed: if it was the question's, the question goes with it (nothing is opened). */
    async windowClosed(windowId: number): Promise<void> {
      const question = await deps.store.get<GateQuestion>(GATE_KEY);
      if (question?.windowId === windowId) await deps.store.remove(GATE_KEY);
    },
  };
}

/** The sender's window is the question's (a page in another window, or in none, is not). */
function isFromWindow(question: GateQuestion, context: HandlerContext): boolean {
  return (
    question.windowId === null ||
    (context.kind === 'extension-page' && context.windowId === question.windowId)
  );
}

export type ProductionGate = ReturnType<typeof createProductionGate>;
