import { t } from '../i18n/t';
import type { ChooserCommand, LoginInspection } from '../messaging/protocol';
import type { HandlerContext } from '../messaging/receiver';
import type { Translate } from '../options/translate';
import type { SessionStore } from '../storage/session-store';
import { SwitchError } from '../switch/switch-service';
import type { SwitchService } from '../switch/switch-service';

/** What the login page's content script offered in its chooser, for the tab's chooser frame. */
interface ChooserOffer {
  origin: string;
  inspection: LoginInspection;
}

export interface ChooserBackendDeps {
  store: SessionStore;
  switches: Pick<SwitchService, 'chooseOrg'>;
  /** Asks the tab's top-frame content script (`tabs.sendMessage`, frame 0); `false` if none answers. */
  command(tabId: number, command: Omit<ChooserCommand, 'type'>): Promise<boolean>;
  /** The tab's current top-frame origin, from the browser (`tabs.get`), never from the page. */
  tabOrigin(tabId: number): Promise<string | null>;
  /** Words for people (`t`, passed in for tests). */
  words?: Translate;
}

const offerKey = (tabId: number) => `chooser.offer.${tabId}`;

const ignored = () =>
  new SwitchError(
    'chooser-hidden',
    'That choice was ignored: the chooser was covered, faded or had only just appeared. Look at it and choose again.',
  );

/**
 * The background half of the inline chooser. The content script records what it offers; the
 * chooser frame (an extension page the page can neither script nor style) reads it and chooses; a
 * choice counts only if the tab is still on that login origin, the org was offered there, and the
 * content script confirms the frame's host was visible and unobscured for 500 ms.
 */
export function createChooserBackend(deps: ChooserBackendDeps) {
  async function offerFor(tabId: number): Promise<ChooserOffer | null> {
    const offer = await deps.store.get<ChooserOffer>(offerKey(tabId));
    return offer && offer.origin === (await deps.tabOrigin(tabId).catch(() => null)) ? offer : null;
  }

  return {
    /** The content script's latest inspection, remembered for its tab's chooser frame. */
    async recordOffer(context: HandlerContext, inspection: LoginInspection): Promise<LoginInspection> {
      if (context.kind !== 'content-script') return inspection;
      if (inspection.kind === 'none') await deps.store.remove(offerKey(context.tabId));
      else
        await deps.store.set(offerKey(context.tabId), {
          origin: context.origin,
          inspection,
        } satisfies ChooserOffer);
      return inspection;
    },

    async getChooser(context: HandlerContext): Promise<LoginInspection> {
      if (context.kind !== 'chooser-frame') return { kind: 'none' };
      return (await offerFor(context.tabId))?.inspection ?? { kind: 'none' };
    },

    /**
     * A choice in the frame. An org offered with `askFirst` (production, gate on) needs the
     * frame's own "Open …?" answered Open (`confirmed`); the offer, and so `askFirst`, is the
     * background's record, never the page's.
     */
    async chooseOrg(
      orgId: string,
      via: 'pointer' | 'keyboard',
      context: HandlerContext,
      confirmed = false,
    ): Promise<null> {
      if (context.kind !== 'chooser-frame')
        throw new SwitchError('forbidden', 'Only the chooser may choose.');
      const offer = await offerFor(context.tabId);
      const chosen =
        offer?.inspection.kind === 'root'
          ? offer.inspection.orgs.find((org) => org.orgId === orgId)
          : undefined;
      if (!offer || !chosen) throw new SwitchError('not-offered', 'That org was not offered on this page.');
      if (chosen.askFirst && !confirmed)
        throw new SwitchError('needs-confirmation', (deps.words ?? t)('chooserConfirmNeeded'));
      if (!(await deps.command(context.tabId, { action: 'confirm', via }))) throw ignored();
      await deps.switches.chooseOrg(orgId, context.tabId, offer.origin);
      await deps.store.remove(offerKey(context.tabId));
      await deps.command(context.tabId, { action: 'fill' });
      return null;
    },

    async command(context: HandlerContext, action: 'check' | 'close'): Promise<null> {
      if (context.kind === 'chooser-frame') await deps.command(context.tabId, { action });
      return null;
    },

    forgetTab: (tabId: number) => deps.store.remove(offerKey(tabId)),
  };
}

export type ChooserBackend = ReturnType<typeof createChooserBackend>;
