// Profiling aid for the options figures (not part of `npm run bench`): the same keys as
// scripts/bench/options.mjs with a CDP trace (main-thread time by event) and a JS CPU profile
// (self time by function). `node scripts/bench/profile-options.mjs [box|line|editor]`.
import { resolve } from 'node:path';
import { launchWithExtension } from './browser.mjs';
import { manualList } from './seed.mjs';

const KEYS = [...'abc', 'Backspace', 'Backspace', 'Backspace', ...'xy', 'Backspace', 'Backspace'];
const which = process.argv[2] ?? 'editor'; // editor, line, or box (anything else: the box)

async function trace(page, selector) {
  console.log(
    'elements by section:',
    await page.evaluate(() =>
      [...document.querySelectorAll('main > section, main > details')].map(
        (section) => `${section.id}:${section.querySelectorAll('*').length}`,
      ),
    ),
    'total',
    await page.evaluate(() => document.querySelectorAll('*').length),
  );
  if (process.env.PROFILE_CSS) await page.addStyleTag({ content: process.env.PROFILE_CSS });
  const cdp = await page.context().newCDPSession(page);
  await page.focus(selector);
  await page.keyboard.press('Control+End');
  await page.waitForTimeout(300);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
  if (!process.env.NO_TRACE)
    await cdp.send('Tracing.start', {
      categories: 'devtools.timeline,blink,v8.execute',
      transferMode: 'ReportEvents',
    });
  for (const key of KEYS) {
    await page.keyboard.press(key);
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 80))));
  }
  if (!process.env.NO_TRACE) {
    await cdp.send('Tracing.end');
    await done;
  }
  const { profile } = await cdp.send('Profiler.stop');
  // Main thread: the renderer thread named CrRendererMain of the page's process.
  const names = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const byThread = new Map();
  for (const e of events)
    if (e.ph === 'X' && e.dur)
      byThread.set(`${e.pid}:${e.tid}`, (byThread.get(`${e.pid}:${e.tid}`) ?? 0) + e.dur);
  const mains = names
    .map((n) => `${n.pid}:${n.tid}`)
    .sort((a, b) => (byThread.get(b) ?? 0) - (byThread.get(a) ?? 0));
  const main = mains[0];
  const tops = events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && e.dur);
  const total = new Map();
  for (const e of tops) total.set(e.name, (total.get(e.name) ?? 0) + e.dur);
  // Self time: an event's duration less its direct children's (events nest by time on one thread).
  const sorted = [...tops].sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const selfTime = new Map();
  const stack = [];
  for (const e of sorted) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    // Thread (CPU) time where the trace has it: on a loaded machine wall time counts preemption.
    const cpu = e.tdur ?? e.dur;
    selfTime.set(e.name, (selfTime.get(e.name) ?? 0) + cpu);
    if (parent) selfTime.set(parent.name, (selfTime.get(parent.name) ?? 0) - cpu);
    stack.push(e);
  }
  console.log('main-thread self time by event (ms over all keys):');
  for (const [name, dur] of [...selfTime].sort((a, b) => b[1] - a[1]).slice(0, 20))
    console.log(`  ${(dur / 1000).toFixed(1).padStart(8)}  ${name}`);
  const top = sorted.filter(
    (e) => !sorted.some((o) => o !== e && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur),
  );
  for (const name of [
    'Layout',
    'PaintArtifactCompositor::Update',
    'Paint',
    'PrePaint',
    'UpdateLayoutTree',
    'RunMicrotasks',
  ]) {
    const cpu = tops.filter((e) => e.name === name).reduce((total, e) => total + (e.tdur ?? e.dur), 0);
    console.log(`  per key, ${name}: ${(cpu / 1000 / KEYS.length).toFixed(2)} ms cpu`);
  }
  const sum = (field) => top.reduce((total, e) => total + (e[field] ?? e.dur), 0) / 1000;
  console.log(
    `top-level main-thread time: wall ${sum('dur').toFixed(1)} ms, cpu ${sum('tdur').toFixed(1)} ms`,
  );
  const tasks = tops.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
  console.log(`main-thread events (ms total over ${KEYS.length} keys, nested events overlap):`);
  for (const [name, dur] of [...total].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`  ${(dur / 1000).toFixed(1).padStart(8)}  ${name}`);
  console.log(`  tasks: ${tasks.length}`);
  // JS self time by function.
  const self = new Map();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = profile.timeDeltas;
  profile.samples.forEach((id, i) => {
    const n = byId.get(id);
    const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0));
  });
  const parentOf = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
  const inclusive = new Map();
  profile.samples.forEach((id, i) => {
    const seen = new Set();
    for (let at = id; at !== undefined; at = parentOf.get(at)) {
      const n = byId.get(at);
      const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + (dt[i] ?? 0));
    }
  });
  console.log('JS inclusive time (ms):');
  for (const [name, us] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 45))
    console.log(`  ${(us / 1000).toFixed(1).padStart(8)}  ${name}`);
  console.log('JS self time (ms):');
  for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`  ${(us / 1000).toFixed(1).padStart(8)}  ${name}`);
}

const browser = await launchWithExtension(
  resolve(process.env.PROFILE_EXT ?? '.output/bench/chrome-mv3-sandbox'),
  {
    viewport: { width: 1000, height: 800 },
  },
);
try {
  const worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
  const origin = `chrome-extension://${new URL(worker.url()).host}`;
  const page = await browser.context.newPage();
  if (which === 'editor') {
    await page.goto(`${origin}/options.html#instances`);
    await page.bringToFront();
    await page.evaluate(
      (list) => globalThis.chrome.runtime.sendMessage({ type: 'setManualInstances', list }),
      manualList(1000),
    );
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.getByText('Up to 1000 orgs. This list has 1000.').waitFor();
    await trace(page, 'section#instances .org-row input.field__input');
  } else {
    await page.goto(`${origin}/options.html`);
    await page.bringToFront();
    await page.fill('#prepare-root', 'jane.doe@acme.test');
    const lines = Array.from({ length: 10_000 }, (_, at) => `jane.doe+t${at}@acme.test`).join('\n');
    await page.locator('#prepare-logins').evaluate((element, text) => {
      element.value = text;
      element.dispatchEvent(new Event('input', { bubbles: true }));
    }, lines);
    await page.getByText('10000 ok, 0 to fix.').waitFor();
    await trace(page, which === 'line' ? 'section#prepare li.verdict:nth-child(2) input' : '#prepare-logins');
  }
} finally {
  await browser.close();
}
