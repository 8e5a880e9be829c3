// The popup's app, loaded by main.tsx: asks the background, reads the cache, renders.
import { render } from 'preact';
import { send } from '../../lib/messaging/send';
import { firstOf, stateFromCache } from '../../lib/popup/first-state';
import { readPaintSnapshot } from '../../lib/popup/snapshot';
import type { StateSnapshot } from '../../lib/messaging/protocol';
import { App } from './App';
import type { PopupStart } from './use-popup-state';

// Both at once: the background's answer, and the cached list read here in case its worker sleeps.
const reply = send({ type: 'getState' });
// Its module loads on demand: the first paint covers the first screen, and the read is only shown
// when it beats the background's answer.
let cached: Promise<StateSnapshot | null> | null = import('../../lib/db/read-display-list')
  .then(({ readDisplayList }) => readDisplayList())
  .then((list) => list && stateFromCache(list, readPaintSnapshot()));
const takeCached = () => {
  const taken = cached;
  cached = null;
  return taken;
};
const app = document.getElementById('app')!;
/** What the person typed into the painted filter before the popup took it over. */
const paintedQuery = () => document.querySelector<HTMLInputElement>('#org-filter')?.value ?? '';
const start = (first: PopupStart['first']) => {
  render(<App start={{ reply, takeCached, first, paintedQuery: paintedQuery() }} />, app);
  // A scroll of the painted list happened before Preact listened: tell the list where it is.
  const list = document.getElementById('org-listbox');
  if (list && list.scrollTop > 0) list.dispatchEvent(new Event('scroll'));
};

// The first paint (assets/popup-paint.js) shows the last list: it stays until a state can replace
// it, and Preact then takes over its nodes. Without it, the popup renders at once.
if (app.firstChild) void firstOf(reply, cached!).then(start);
else start(null);
