// The popup's JS heap (issue 12: at most 4 MiB at 10,000 orgs), next to what a blank extension
// page holds in the same Chromium. Run alone with `node scripts/bench/heap.mjs` (BENCH_SKIP_BUILD=1,
// BENCH_HEAP_SIZES=20,1000,10000; BENCH_HEAP_DETAIL=1 also prints the largest kinds of object of
// the popup's heap snapshot). `npm run bench` measures the same figure in its popup section.
import { launchWithExtension } from './browser.mjs';
import { runAlone } from './build.mjs';
import { popupProbe } from './probe.mjs';
import { extendCachedGroup, manualList } from './seed.mjs';

const SIZES = (process.env.BENCH_HEAP_SIZES ?? '20,1000,10000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_HEAP_RUNS ?? 3);
/** The budget of issue 12, MiB at 10,000 orgs. */
export const HEAP_BUDGET_MIB = { 10000: 4 };
const MIB = 2 ** 20;
/** The popup bench's keystrokes (scripts/bench.mjs `KEYS`): the filter ends as "org". */
const TYPED = [...'bench org 1', ...Array(11).fill('Backspace'), ...'org00', 'Backspace', 'Backspace'].map(
  (key) => (key === ' ' ? 'Space' : key),
);

/**
 * `Runtime.getHeapUsage()` after a full collection, in bytes: `usedSize` (the budgeted figure), and
 * `backingStorageSize` where Chromium reports it (array buffers' memory, outside the JS heap: the
 * popup's typed arrays live there).
 */
async function heapUsage(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usage;
}

/** `Runtime.getHeapUsage().usedSize` after a full collection, in bytes. */
export async function heapUsed(context, page) {
  return (await heapUsage(context, page)).usedSize;
}

/** The heap snapshot's self sizes summed by node name (constructor or string), largest first. */
async function heapByKind(context, page, top = 15) {
  const cdp = await context.newCDPSession(page);
  const chunks = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.detach();
  const snapshot = JSON.parse(chunks.join(''));
  const {
    node_fields: fields,
    node_types: [types],
  } = snapshot.snapshot.meta;
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  const totals = new Map();
  for (let at = 0; at < snapshot.nodes.length; at += fields.length) {
    const type = types[snapshot.nodes[at + typeAt]];
    const name =
      type === 'object' || type === 'closure' ? snapshot.strings[snapshot.nodes[at + nameAt]] : `(${type})`;
    const entry = totals.get(name) ?? { bytes: 0, count: 0 };
    entry.bytes += snapshot.nodes[at + sizeAt];
    entry.count += 1;
    totals.set(name, entry);
  }
  return [...totals].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, top);
}

/**
 * Evaluates `expression` in the page over DevTools until it is true. Not `page.waitForFunction`
 * nor a selector: those put Playwright's injected script (a 330 KB source, its code and objects,
 * about 0.5 MiB) into the page's heap, which the blank page's figure does not have.
 */
async function until(context, page, expression, timeout = 15_000) {
  const cdp = await context.newCDPSession(page);
  try {
    for (const end = Date.now() + timeout; Date.now() < end;) {
      const { result } = await cdp.send('Runtime.evaluate', { expression, returnByValue: true });
      if (result.value === true) return;
      await new Promise((done) => setTimeout(done, 50));
    }
    throw new Error(`Timed out waiting for ${expression}`);
  } finally {
    await cdp.detach();
  }
}

async function openSettled(context, url, size) {
  const page = await context.newPage();
  await page.goto(url);
  if (size !== undefined) {
    await until(
      context,
      page,
      `window.__settledReplies > 0 && document.querySelector('[role="option"]')?.getAttribute('aria-setsize') === '${size}'`,
    );
    // Pins and session status come after the list; let every reply land.
    await page.waitForTimeout(300);
  }
  return page;
}

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];

/** Heap of a blank extension page, then of the popup at each size; medians of RUNS opens. */
export async function benchHeap(extensionDir) {
  const browser = await launchWithExtension(extensionDir, { viewport: { width: 800, height: 600 } });
  const { context } = browser;
  try {
    await context.addInitScript(popupProbe);
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const origin = `chrome-extension://${new URL(worker.url()).host}`;
    const seeder = await context.newPage();
    await seeder.goto(`${origin}/bench-floor.html`);
    // The baseline: an extension page with no script (the bench's static floor, 20 orgs as HTML).
    const results = { blank: [], sizes: {} };
    for (let run = 0; run < RUNS; run++) {
      const page = await openSettled(context, `${origin}/bench-floor.html`);
      results.blank.push(await heapUsed(context, page));
      await page.close();
    }
    for (const size of SIZES) {
      const saved = await seeder.evaluate(
        (list) => globalThis.chrome.runtime.sendMessage({ type: 'setManualInstances', list }),
        manualList(Math.min(size, 1000)),
      );
      if (!saved?.ok || !saved.value.ok)
        throw new Error(`Seeding failed: ${JSON.stringify(saved).slice(0, 300)}`);
      if (size > 1000) await (context.serviceWorkers()[0] ?? worker).evaluate(extendCachedGroup, size);
      const runs = [];
      const backing = [];
      let detail = null;
      let firstOpen = 0;
      for (let run = 0; run < RUNS + 1; run++) {
        const page = await openSettled(context, `${origin}/popup.html`, size);
        // The first open writes the snapshot; the later ones paint from it, as people meet it.
        if (run > 0) {
          const usage = await heapUsage(context, page);
          runs.push(usage.usedSize);
          backing.push(usage.backingStorageSize ?? NaN);
        } else firstOpen = await heapUsed(context, page);
        if (run === RUNS && process.env.BENCH_HEAP_DETAIL) detail = await heapByKind(context, page);
        await page.close();
      }
      // One more open, typed into as the popup bench does (`npm run bench`, section 8).
      const typed = await openSettled(context, `${origin}/popup.html`, size);
      // A heap snapshot leaves code and strings behind (it names every function and script): the
      // typed figure is measured without one, unless the detail is asked for.
      const before = process.env.BENCH_HEAP_DETAIL ? await heapByKind(context, typed, 8) : null;
      await until(context, typed, `(document.querySelector('[role="combobox"]').focus(), true)`);
      for (const key of TYPED) await typed.keyboard.press(key);
      await typed.waitForTimeout(300);
      const afterKeys = await heapUsed(context, typed);
      const typedDetail = process.env.BENCH_HEAP_DETAIL
        ? { before, after: await heapByKind(context, typed, 8) }
        : null;
      await typed.close();
      results.sizes[size] = { runs, backing, detail, firstOpen, afterKeys, typedDetail };
    }
    return results;
  } finally {
    await browser.close();
  }
}

/** Prints the heap figures; returns whether each budgeted size is within its budget. */
export function printHeap(results) {
  const mib = (bytes) => `${(bytes / MIB).toFixed(2)} MiB`;
  const spread = (values) =>
    `${mib(median(values))} (${mib(Math.min(...values))}–${mib(Math.max(...values))})`;
  const lines = [`      extension page without script (bench-floor)   ${spread(results.blank)}`];
  let ok = true;
  for (const [size, { runs, backing, detail, firstOpen, afterKeys, typedDetail }] of Object.entries(
    results.sizes,
  )) {
    const budget = HEAP_BUDGET_MIB[size];
    const pass = !budget || median(runs) / MIB <= budget;
    ok &&= pass;
    const above = median(runs) - median(results.blank);
    lines.push(
      `${pass ? 'ok  ' : 'OVER'}  popup, ${String(size).padEnd(6)} orgs                        ${spread(runs)}, +${mib(above)} over blank   budget ${budget ? `${budget} MiB` : '-'}`,
    );
    if (!backing.some(Number.isNaN))
      lines.push(
        `      popup, ${String(size).padEnd(6)} orgs, array buffers (not in the heap) ${mib(median(backing))}`,
      );
    lines.push(`      popup, ${String(size).padEnd(6)} orgs, first open after seeding   ${mib(firstOpen)}`);
    lines.push(`      popup, ${String(size).padEnd(6)} orgs, after 29 keystrokes        ${mib(afterKeys)}`);
    for (const [when, kinds] of Object.entries(typedDetail ?? {}))
      lines.push(
        `        ${when} typing: ${kinds.map(([name, { bytes }]) => `${name} ${(bytes / 1024).toFixed(0)} KiB`).join(', ')}`,
      );
    for (const [name, { bytes, count }] of detail ?? [])
      lines.push(
        `        ${(bytes / 1024).toFixed(0).padStart(7)} KiB ${String(count).padStart(7)}  ${name.slice(0, 60)}`,
      );
  }
  console.log(lines.join('\n'));
  return ok;
}

runAlone(import.meta.url, benchHeap, printHeap);
