import { browser } from 'wxt/browser';
import { t } from '../i18n/t';
import { TabNoticeSchema } from '../messaging/protocol';
import type { TabNotice } from '../messaging/protocol';
import { send } from '../messaging/send';
import { bdi, createShadowBox, guardedButtons } from './shadow-notice';

/** Clicks this soon after the notice appears are ignored (a click meant for the page below). */
const ARM_AFTER_MS = 400;

const STYLE = `
  .box { position: fixed; z-index: 2147483647; top: 12px; left: 50%; transform: translateX(-50%);
    display: flex; flex-wrap: wrap; align-items: center; gap: 8px 12px; max-width: min(560px, calc(100vw - 24px));
    box-sizing: border-box; padding: 10px 14px; font: 14px/1.4 system-ui, sans-serif; color: #5c4100;
    background: #fff6db; border: 1px solid #a1a1aa; border-radius: 8px; box-shadow: 0 6px 24px rgb(0 0 0 / 0.18); }
  .text { flex: 1 1 240px; margin: 0; }
  bdi { unicode-bidi: isolate; font-weight: 600; }
  button { font: inherit; border-radius: 6px; padding: 4px 12px; border: 1px solid #a1a1aa; background: #fff;
    color: #1b1b1f; cursor: pointer; }
  button.primary { background: #4b2bd6; border-color: #4b2bd6; color: #fff; font-weight: 600; }
  button:focus-visible { outline: 2px solid #4b2bd6; outline-offset: 2px; }
  @media (prefers-color-scheme: dark) {
    .box { color: #fde68a; background: #3d2f05; border-color: #71717a; }
    button { background: #18181b; color: #f4f4f5; }
    button.primary { background: #a996ff; border-color: #a996ff; color: #111; }
  }`;

export interface TabNoticeActions {
  reload: () => void;
  switchBack: () => void;
}

/**
 * Tells a person, inside the page, that this tab's org is gone: "This tab was Acme Staging 2;
 * the browser is now signed in to Acme Production", with Reload and Switch back. It lives in a
 * closed shadow root (lib/content/shadow-notice.ts) and acts only on trusted clicks that land on it
 * while it is on top and has been shown for a moment.
 */
export function showTabNotice(
  notice: TabNotice,
  actions: TabNoticeActions,
  doc: Document = document,
): HTMLElement {
  doc.querySelector('[data-cis-tab-notice]')?.remove();
  const { host, box } = createShadowBox({ css: STYLE, role: 'alert' }, doc);
  host.dataset.cisTabNotice = '';
  const text = doc.createElement('p');
  text.className = 'text';
  const [before, middle, after] = t('tabNoticeText', ['\uE000', '\uE001']).split(/[\uE000\uE001]/);
  text.append(before ?? '', bdi(notice.oldName, doc), middle ?? '', bdi(notice.newName, doc), after ?? '');
  const buttons = guardedButtons(
    host,
    [
      { label: t('tabNoticeReload'), className: 'primary', onPress: actions.reload },
      { label: t('tabNoticeSwitchBack'), onPress: actions.switchBack },
      { label: t('tabNoticeDismiss'), onPress: () => host.remove() },
    ],
    ARM_AFTER_MS,
    doc,
  );
  box.append(text, ...buttons);
  (doc.body ?? doc.documentElement).append(host);
  return host;
}

/**
 * Listens for the background's tab notice. Only messages from this extension itself are
 * accepted (`sender.id`), and only in the shape `TabNoticeSchema` allows.
 */
export function listenForTabNotice(runtime = browser.runtime): void {
  runtime.onMessage.addListener((message: unknown, sender: { id?: string }) => {
    if (sender.id !== runtime.id) return;
    const parsed = TabNoticeSchema.safeParse(message);
    if (!parsed.success) return;
    showTabNotice(parsed.data, {
      reload: () => location.reload(),
      switchBack: () => void send({ type: 'switchBack', orgId: parsed.data.oldOrgId }).catch(() => undefined),
    });
  });
}
