// The popup's app, loaded by main.tsx: asks the background, reads the cache, renders.
import { render } from 'preact';
import { send, unwrap } from '../../lib/messaging/send';
import { FIRST_REQUEST, takeEarlyReply } from '../../lib/popup/early-request';
import { firstOf, unlessAnsweredSoon } from '../../lib/popup/first-state';
import { completeReply } from '../../lib/popup/popup-reply';
import type { PopupViewReply } from '../../lib/messaging/protocol';
import type { ShownView } from '../../lib/popup/packed-orgs';
import { App } from './App';
import { extras, withBanners } from './lazy-parts';

/**
 * Both at once: the background's answer, and the cached list read here, for a sleeping worker and
 * for the rows: the background sends none when this read can give them (same revision). The
 * answer is the one the first-paint script already asked for, if it did. The read's module loads
 * on demand: the first paint covers the first screen. A function, so nothing at module level
 * keeps the list read once it is shown or replaced.
 */
function ask(): { reply: Promise<ShownView>; cached: Promise<ShownView | null> } {
  const reading = import('./read-cache');
  const own = reading.then(({ readDisplayList }) => readDisplayList());
  const early = takeEarlyReply();
  const first = early ? unwrap<PopupViewReply>(early) : send(FIRST_REQUEST);
  const reply = completeReply(first, own, () => send({ type: 'getPopupState' }));
  const cached = own.then(async (list) => {
    if (!list) return null;
    const { state, isGuess } = (await reading).cacheState(list);
    return isGuess ? unlessAnsweredSoon(state, reply) : state;
  });
  return { reply, cached };
}
// Each taken once, so nothing at module level keeps a state for the popup's life.
let { reply, cached } = ask() as {
  reply: Promise<ShownView> | null;
  cached: Promise<ShownView | null> | null;
};
// The banners' and menu's chunk, fetched beside the state: a first state with a banner (a
// signed-out session, a failed refresh) waits for it (`withBanners`), a plain list does not.
void extras.preload();
const takeCached = () => {
  const taken = cached;
  cached = null;
  return taken;
};
const takeReply = () => {
  const taken = reply!;
  reply = null;
  return taken;
};
const app = document.getElementById('app')!;
/** What the person typed into the painted filter before the popup took it over. */
const paintedQuery = () => document.querySelector<HTMLInputElement>('#org-filter')?.value ?? '';
const start = (first: ShownView | null) => {
  let taken = first;
  // Taken once, so the start does not keep a state the popup has replaced.
  const takeFirst = () => {
    const state = taken;
    taken = null;
    return state;
  };
  // A scroll of the painted list happened before Preact listened. Taking the nodes over swaps its
  // spacer rows, which clamps the scroll to the top: put it back, and tell the list where it is.
  const scrolled = document.getElementById('org-listbox')?.scrollTop ?? 0;
  render(<App start={{ takeReply, takeCached, takeFirst, paintedQuery: paintedQuery() }} />, app);
  const list = document.getElementById('org-listbox');
  if (!list || scrolled === 0) return;
  list.scrollTop = scrolled;
  list.dispatchEvent(new Event('scroll'));
};

// The first paint (assets/popup-paint.js) shows the last list: it stays until a state can replace
// it, and Preact then takes over its nodes. Without it, the popup renders at once.
if (app.firstChild) void firstOf(reply!, cached!).then(withBanners).then(start);
else start(null);
