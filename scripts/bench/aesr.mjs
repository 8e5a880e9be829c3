// AWS Extend Switch Roles 6.1.0 (scripts/bench/vendor/aesr-6.1.0, built from its source by
// build-aesr.sh), measured in the same browser and run as ours: seeded the way its users configure
// it (a config pasted into its options page, saved), its popup opened over an AWS console tab
// (served locally by a route: it lists roles only there).
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const VENDOR_DIR = fileURLToPath(new URL('./vendor/aesr-6.1.0', import.meta.url));

/**
 * Copies the vendored build to `outDir` with one change to its manifest: host access to the
 * console. A person's toolbar click grants its `activeTab` for the console tab (so the popup reads
 * the tab's URL); `action.openPopup()` from a worker grants nothing, and the popup would list no
 * role. The code and its timing are unchanged.
 */
export async function prepareAesr(outDir) {
  const dir = join(outDir, 'aesr-6.1.0');
  await cp(VENDOR_DIR, dir, { recursive: true });
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
  manifest.host_permissions = ['https://*.console.aws.amazon.com/*'];
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return dir;
}
const CONSOLE_URL = 'https://us-east-1.console.aws.amazon.com/console/home';

/** A console page with what its content script reads (account info, CSRF), nothing else. */
const CONSOLE_HTML = `<!doctype html><html><head><title>Console Home</title>
<script>
  window.ConsoleNavService = { AccountInfo: { loginDisplayNameAccount: '111111111111', loginDisplayNameUser: 'jane' } };
  window.AWSC = { Auth: { getMbtc: () => 'csrf' } };
</script></head><body><div id="nav-usernameMenu"><div><span>jane @ 1111-1111-1111</span></div></div><main>Console</main></body></html>`;

/** `size` profiles in its config format: one `[name]` section per account and role. */
export function aesrConfig(size) {
  return Array.from({ length: size }, (_, at) => {
    const n = String(at + 1).padStart(5, '0');
    return `[Bench Org ${n}]\naws_account_id = ${String(100000000000 + at)}\nrole_name = Admin\n`;
  }).join('\n');
}

/** The extension's id, from its worker. */
export async function aesrWorker(context) {
  const isAesr = (worker) => worker.url().endsWith('/js/background.js');
  return (
    context.serviceWorkers().find(isAesr) ??
    (await context.waitForEvent('serviceworker', { predicate: isAesr }))
  );
}

/**
 * Saves `size` profiles through its options page, as a person pasting a config and pressing Save;
 * returns its worker, woken by a message (the bench stops every worker now and then). The config
 * lands in the textarea as one paste does: its value set at once and one `input` event (Playwright's
 * `fill` of 1,000 profiles, about 70 KB, timed out after 30 s). Its Save reads the textarea's value.
 * Above 100 profiles its options page's "local" storage choice is picked: Chrome's `storage.sync`
 * holds 100 KB in all and 8 KB an item, too little for a config this large.
 */
export async function seedAesr(context, origin, size) {
  const page = await context.newPage();
  try {
    await page.goto(`${origin}/options.html`);
    if (size > 100) await page.check('#configStorageLocalRadioButton');
    await page.locator('#awsConfigTextArea').evaluate((area, text) => {
      area.focus();
      area.value = text;
      area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    }, aesrConfig(size));
    await page.click('#saveButton');
    await page.locator('#msgSpan', { hasText: 'Configuration has been updated!' }).waitFor();
    await page.evaluate(() =>
      globalThis.chrome.runtime.sendMessage({ action: 'bench' }).catch(() => undefined),
    );
  } finally {
    await page.close();
  }
  for (;;) {
    for (const worker of context.serviceWorkers()) {
      if (!worker.url().startsWith(`${origin}/js/background.js`)) continue;
      if (await worker.evaluate(() => true).catch(() => false)) return worker;
    }
    await context.waitForEvent('serviceworker', { timeout: 1000 }).catch(() => undefined);
  }
}

/** Serves the console page locally and opens it as the active tab, where its popup lists roles. */
export async function openConsoleTab(context) {
  const page = await context.newPage();
  // On this page only: a route on the context would have Playwright intercept every request of
  // every page, the popups' and the floor's too, each request a round trip through Node.
  await page.route('https://*.console.aws.amazon.com/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: CONSOLE_HTML }),
  );
  await page.goto(CONSOLE_URL);
  await page.waitForFunction(() => document.getElementById('AESR_info') !== null);
  return page;
}
