import { nativeBrowser as browser } from '../browser/native-browser';
import { t } from '../i18n/t';
import { CHOOSER_FRAME_PATH } from '../messaging/protocol';
import type { ChooserCommand, LoginInspection } from '../messaging/protocol';
import { FOCUS_MESSAGE, VISIBLE_BEFORE_CHOICE_MS } from './chooser-rules';
import { visibilityOf } from './visibility';

const CHECK_EVERY_MS = 100;
const WIDTH_PX = 340;
/** How long after ArrowDown the field may still have the focus the chooser asked for. */
const TAKES_FOCUS_MS = 1000;

export interface InlineChooser {
  /** Shows the chooser frame for what the background offered (orgs or a rule's message). */
  show(inspection: LoginInspection): void;
  /** Moves keyboard focus into the chooser (ArrowDown from the field). */
  focusFirst(): void;
  /**
   * Whether the field still has the focus just after {@link focusFirst} asked the chooser to take
   * it (Firefox moves it a message later): an Enter meant for the list would submit the page's form.
   */
  isTakingFocus(): boolean;
  hide(): void;
  /** The background's commands about this chooser; answers whether it holds. */
  command(command: Pick<ChooserCommand, 'action' | 'via'>): Promise<boolean>;
}

function frameHeight(inspection: LoginInspection): number {
  return inspection.kind === 'root' ? 44 + 46 * Math.min(inspection.orgs.length, 6) : 76;
}

/** Inline styles the page's style sheets cannot outrank (`!important` on the element itself). */
function pin(element: HTMLElement, styles: Record<string, string>): void {
  for (const [name, value] of Object.entries(styles)) element.style.setProperty(name, value, 'important');
}

function createHost(): { host: HTMLDivElement; frame: HTMLIFrameElement } {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'closed' });
  const frame = document.createElement('iframe');
  frame.title = t('chooserFrameTitle');
  pin(frame, { border: '0', width: '100%', height: '100%', display: 'block', 'color-scheme': 'normal' });
  root.append(frame);
  host.popover = 'manual';
  return { host, frame };
}

/**
 * The org chooser under a login page's email field, drawn where page CSS and scripts cannot reach:
 * an extension page (`chooser-frame.html`, a web-accessible resource) in an iframe inside a closed
 * shadow root, shown in the top layer as a manual popover. Its words live in the frame's document,
 * so `window.find` on the page finds none of them.
 *
 * The host's effective visibility and occlusion (visibility.ts) are checked every 100 ms and on
 * each pointer-down in the frame (the background relays it); a covered chooser is removed, and a
 * click is confirmed only after 500 ms of the host being visible, unobscured and unmoved.
 */
export function createInlineChooser(field: HTMLInputElement, onFill: () => void): InlineChooser {
  const { host, frame } = createHost();
  let visibleSince: number | null = null;
  let lastBox = '';
  let shownOffer = '';
  let timer: ReturnType<typeof setInterval> | undefined;
  let wantsFocus = false;
  let focusAskedAt = -Infinity;
  const askFocus = () => frame.contentWindow?.postMessage(FOCUS_MESSAGE, '*');
  // Asked before the frame loaded: asked again once it has.
  frame.addEventListener('load', () => wantsFocus && askFocus());

  const place = () => {
    const rect = field.getBoundingClientRect();
    pin(host, {
      position: 'fixed',
      inset: 'auto',
      margin: '0',
      padding: '0',
      border: '0',
      overflow: 'hidden',
      background: 'transparent',
      opacity: '1',
      'z-index': '2147483647',
      width: `${WIDTH_PX}px`,
      left: `${Math.max(0, Math.min(rect.left, window.innerWidth - WIDTH_PX))}px`,
      top: `${rect.bottom + 4}px`,
    });
  };
  const check = (): boolean => {
    const seen = visibilityOf(host, window);
    const { left, top, width, height } = host.getBoundingClientRect();
    const box = `${left},${top},${width},${height}`;
    // Hidden or moved: the 500 ms start again.
    if (!seen.visible || box !== lastBox) visibleSince = null;
    lastBox = box;
    if (seen.visible) visibleSince ??= performance.now();
    if (!seen.visible && seen.reason === 'covered') hide();
    return seen.visible;
  };
  const visibleFor = () => (visibleSince === null ? 0 : performance.now() - visibleSince);
  async function confirm(via: ChooserCommand['via']): Promise<boolean> {
    if (!check()) return false;
    if (via !== 'keyboard') return visibleFor() >= VISIBLE_BEFORE_CHOICE_MS;
    // A key press cannot be aimed by the page; it waits out the 500 ms instead of being ignored.
    const wait = VISIBLE_BEFORE_CHOICE_MS - visibleFor();
    if (wait > 0) await new Promise((done) => setTimeout(done, wait));
    return check() && visibleFor() >= VISIBLE_BEFORE_CHOICE_MS;
  }
  function hide() {
    wantsFocus = false;
    clearInterval(timer);
    timer = undefined;
    visibleSince = null;
    window.removeEventListener('scroll', place, true);
    window.removeEventListener('resize', place);
    host.remove();
  }

  return {
    show(inspection) {
      if (inspection.kind === 'none') return hide();
      pin(host, { height: `${frameHeight(inspection)}px` });
      // A fresh frame per new offer (it reads the offer from the background when it loads); the
      // same offer again keeps the frame, and the time it has been seen.
      const offer = JSON.stringify(inspection);
      if (offer !== shownOffer || !host.isConnected) {
        frame.src = browser.runtime.getURL(CHOOSER_FRAME_PATH as '/popup.html');
        shownOffer = offer;
      }
      // In <body>, so that fading <html> or <body> counts against it too (visibility.ts).
      if (!host.isConnected) document.body.append(host);
      if (!host.matches(':popover-open')) {
        place();
        host.showPopover();
      }
      window.addEventListener('scroll', place, { capture: true, passive: true });
      window.addEventListener('resize', place, { passive: true });
      timer ??= setInterval(check, CHECK_EVERY_MS);
      check();
    },
    focusFirst() {
      if (!host.isConnected) return;
      frame.focus();
      // Firefox moves focus into a cross-origin frame only from inside it: the frame hears this
      // (focus only; a page posting it too can choose nothing) and focuses its first option.
      wantsFocus = true;
      focusAskedAt = performance.now();
      askFocus();
    },
    isTakingFocus() {
      const isRecent = performance.now() - focusAskedAt < TAKES_FOCUS_MS;
      return host.isConnected && wantsFocus && isRecent && document.activeElement === field;
    },
    hide,
    async command({ action, via }) {
      if (!host.isConnected) return false;
      if (action === 'check') return check();
      if (action === 'confirm') return confirm(via);
      hide();
      if (action === 'fill') onFill();
      else field.focus();
      return true;
    },
  };
}
