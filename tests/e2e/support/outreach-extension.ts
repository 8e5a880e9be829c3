import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, chromium, expect } from '@playwright/test';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { PopupPage } from '../pages/extension-pages';
import { CHROMIUM_ARGS, resolveChromium } from './chromium';
import { SWITCH_COOKIE, switchCookieValue } from '../../../sandbox/outreach/switches';
import type { SwitchPatch } from '../../../sandbox/outreach/switches';
import { OUTREACH_SANDBOX_EXTENSION_DIR, sandboxUrl } from './env';
import { extensionWorker } from './service-worker';

interface Fixtures {
  /** Which build to load: the Outreach-pages sandbox build unless a test file says otherwise. */
  extensionDir: string;
  context: BrowserContext;
  serviceWorker: Worker;
  popup: PopupPage;
  /** Password pages served 200 (IdP `/saml/login`, `login/password`, Devise step two), by URL. */
  passwordPages: string[];
}

/** Extension tests for the Outreach-pages connection kind (any build, a fresh profile each). */
export const test = base.extend<Fixtures>({
  extensionDir: [OUTREACH_SANDBOX_EXTENSION_DIR, { option: true }],
  context: async ({ headless, extensionDir }, use) => {
    const profileDir = await mkdtemp(join(tmpdir(), 'cis-outreach-'));
    const context = await chromium.launchPersistentContext(profileDir, {
      executablePath: resolveChromium(),
      headless,
      args: [
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        ...CHROMIUM_ARGS,
      ],
    });
    await use(context);
    await context.close();
    await rm(profileDir, { recursive: true, force: true });
  },
  passwordPages: async ({ context }, use) => {
    const seen: string[] = [];
    context.on('response', (response) => {
      const { pathname } = new URL(response.url());
      const isPrompt = pathname === '/saml/login' || pathname === '/password';
      if (response.status() === 200 && response.request().method() === 'GET' && isPrompt) seen.push(pathname);
    });
    await use(seen);
  },
  serviceWorker: async ({ context }, use) => use(await extensionWorker(context)),
  popup: async ({ context, serviceWorker }, use) =>
    use(new PopupPage(context, serviceWorker.url().split('/')[2]!)),
});

export { expect };

/**
 * A trusted click on a button inside a closed shadow root (the in-page offer), which locators cannot
 * enter: DevTools finds the node (`pierce`), and the mouse clicks its centre.
 */
export async function clickInClosedShadow(page: Page, text: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    type Node = {
      nodeId: number;
      nodeName: string;
      nodeValue?: string;
      children?: Node[];
      shadowRoots?: Node[];
    };
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: Node };
    const find = (node: Node): Node | null => {
      if (node.nodeName === 'BUTTON' && node.children?.some((child) => child.nodeValue === text)) return node;
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
        const found = find(child);
        if (found) return found;
      }
      return null;
    };
    const button = find(root);
    if (!button) throw new Error(`No button "${text}" in the page.`);
    const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: button.nodeId })) as {
      model: { content: number[] };
    };
    const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
    await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  } finally {
    await cdp.detach();
  }
}

/** The new tab the extension opens next (the root sign-in's login page). */
export function nextTab(context: BrowserContext): Promise<Page> {
  return context.waitForEvent('page');
}

/**
 * The sandbox's per-context markup switches as host-only cookies of its login hosts and IdP. The
 * extension clears the app's session cookies (parent-domain ones too) on every switch, which would
 * take a `Domain=outreach.localhost` switch cookie with them; the login hosts are never cleared.
 */
export async function routeOutreachSwitches(context: BrowserContext, switches: SwitchPatch): Promise<void> {
  const value = encodeURIComponent(switchCookieValue(switches));
  const hosts = ['login.outreach', 'accounts.outreach', 'idp'];
  await context.addCookies(hosts.map((host) => ({ name: SWITCH_COOKIE, value, url: sandboxUrl(host) })));
}
