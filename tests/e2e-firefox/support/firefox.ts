/**
 * Firefox ESR driven by puppeteer-core over WebDriver BiDi, with the Firefox sandbox build
 * installed as a temporary add-on. BiDi may not navigate to `moz-extension://` pages, so the first
 * extension page is reached from a sandbox page through a link (the Firefox sandbox build exposes
 * `popup.html` to the sandbox hosts for this; store builds expose nothing), and every later one is
 * opened by the extension itself with `tabs.create`. Puppeteer lists extension tabs as
 * `about:blank`: they are found by evaluating `location.href`.
 */
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import type { Browser, Page } from 'puppeteer-core';
import { GECKO_ID } from '../../../lib/browser/gecko';

/** A fixed per-install UUID (Firefox's `extensions.webextensions.uuids` pref), so URLs are known. */
export const EXTENSION_UUID = '5e1f6d1c-7a55-4c2e-9d0b-3f2a1c4b8e90';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** Between two looks of a polling wait (BiDi has no event for "a page now shows X"). */
const pollPause = () => new Promise((done) => setTimeout(done, 200));

export function firefoxPath(): string {
  const path = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find(
    (candidate) => candidate && existsSync(candidate),
  );
  if (!path) throw new Error('No Firefox found: install firefox-esr (.ci/run does) or set FIREFOX_PATH.');
  return path;
}

export function sandboxUrl(host: string, path = '/'): string {
  return `http://${host}.localhost:${process.env.E2E_SANDBOX_PORT}${path}`;
}

/** A running Firefox with the add-on installed. */
export class Firefox {
  private constructor(
    public browser: Browser,
    readonly addonId: string,
  ) {}

  /**
   * `options.home` is the HOME Firefox runs with: where it looks for per-user native manifests
   * (`~/.mozilla/managed-storage/<id>.json`, the add-on's `storage.managed`), see `managedHome`.
   */
  static async launch(extensionDir: string, options: { home?: string } = {}): Promise<Firefox> {
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath(),
      headless: true,
      protocol: 'webDriverBiDi',
      ...(options.home ? { env: { ...process.env, HOME: options.home } } : {}),
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      },
    });
    try {
      return new Firefox(browser, await browser.installExtension(extensionDir));
    } catch (error) {
      await browser.close();
      throw error;
    }
  }

  close(): Promise<void> {
    return this.browser.close();
  }

  /**
   * Connects a new BiDi session. Firefox containers are BiDi user contexts, and Puppeteer follows
   * tabs only in the user contexts it knew when it connected: a container the add-on created since
   * then needs a new session to be seen. Page handles from before are gone afterwards.
   */
  async reconnect(): Promise<void> {
    const browserWSEndpoint = this.browser.wsEndpoint();
    await this.browser.disconnect();
    this.browser = await puppeteer.connect({ browserWSEndpoint, protocol: 'webDriverBiDi' });
    this.hook = undefined;
  }

  /** The open page whose `location.href` satisfies `predicate`, waiting for it to appear. */
  async findPage(predicate: (href: string) => boolean, timeoutMs = 15_000): Promise<Page> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      for (const page of await this.browser.pages()) {
        const href = await page.evaluate(() => location.href).catch(() => '');
        if (predicate(href)) return page;
      }
      if (Date.now() > deadline) throw new Error(`No page matched in time. Open: ${await this.hrefs()}`);
      await pollPause();
    }
  }

  /**
   * The open page (other than those in `skip`) where `test(arg)`, run in the page, is true:
   * e.g. the tab that shows a given org's home. Waits for it to appear.
   */
  async findPageWhere<A>(
    test: (arg: A) => boolean,
    arg: A,
    skip: Page[] = [],
    timeoutMs = 20_000,
  ): Promise<Page> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      for (const page of await this.browser.pages()) {
        if (skip.includes(page)) continue;
        if (await page.evaluate(test as (arg: unknown) => boolean, arg as unknown).catch(() => false))
          return page;
      }
      if (Date.now() > deadline) throw new Error(`No page matched in time. Open: ${await this.hrefs()}`);
      await pollPause();
    }
  }

  /** Where every open page is, for failure messages. */
  async hrefs(): Promise<string> {
    const pages = await this.browser.pages();
    const hrefs = await Promise.all(
      pages.map((page) =>
        page.evaluate(() => location.href).catch((error: Error) => `? ${page.url()} ${error.message}`),
      ),
    );
    return hrefs.join(', ');
  }

  /** Calls `browser.<path>(...args)` in an extension page, e.g. `call('cookies.getAll', {...})`. */
  call<T>(path: string, ...args: unknown[]): Promise<T> {
    return this.inExtension(
      async ([dotted, values]) => {
        const names = dotted.split('.');
        const method = names.pop()!;
        let target = (globalThis as unknown as { browser: Record<string, unknown> }).browser;
        for (const name of names) target = target[name] as Record<string, unknown>;
        return (target[method] as (...a: unknown[]) => Promise<T>)(...values);
      },
      [path, args] as [string, unknown[]],
    );
  }

  private hook?: Page;

  /** An extension page to run `browser.*` calls in (the first one comes in through the test hook). */
  async extensionPage(): Promise<Page> {
    if (this.hook && !this.hook.isClosed()) return this.hook;
    const page = await this.browser.newPage();
    await page.goto(sandboxUrl('app.outreach', '/login'));
    await page.evaluate((url) => {
      const link = Object.assign(document.createElement('a'), {
        href: url,
        target: '_blank',
        id: 'e2e-hook',
      });
      link.textContent = 'extension';
      document.body.append(link);
    }, `${EXTENSION_ORIGIN}/popup.html#hook`);
    await page.click('#e2e-hook');
    this.hook = await this.findPage((href) => href === `${EXTENSION_ORIGIN}/popup.html#hook`);
    await page.close();
    return this.hook;
  }

  /**
   * Runs `fn(arg)` in an extension page, where {@link ext} is the extension's own API. The function
   * is sent as source and runs there: it may use only its argument and globals.
   */
  async inExtension<T, A>(fn: (arg: A) => Promise<T>, arg: A): Promise<T> {
    const page = await this.extensionPage();
    return page.evaluate(fn as (arg: unknown) => Promise<T>, arg as unknown);
  }

  /** Waits until `test(arg)`, run in an extension page, is true. */
  async waitForExtension<A>(test: (arg: A) => Promise<boolean>, arg: A, timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await this.inExtension(test, arg))) {
      if (Date.now() > deadline) throw new Error('The extension did not get there in time.');
      await pollPause();
    }
  }

  /** Opens an extension page (e.g. `/popup.html`) the way the extension opens its own pages. */
  async openExtensionPage(path: string): Promise<Page> {
    const marker = `${path}${path.includes('#') ? '' : '#'}e2e-${Math.random().toString(36).slice(2)}`;
    await this.inExtension(async (url) => {
      const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
      await api.tabs.create({ url: api.runtime.getURL(url) });
    }, marker);
    return this.findPage((href) => href === `${EXTENSION_ORIGIN}${marker}`);
  }
}

/** The part of Firefox's extension API the tests call from an extension page. */
export interface ExtensionApi {
  runtime: { getURL(path: string): string; getManifest(): Record<string, unknown>; id: string };
  tabs: {
    create(details: { url: string }): Promise<{ id: number }>;
    query(details: Record<string, unknown>): Promise<{ id: number; url?: string; cookieStoreId?: string }[]>;
  };
  identity: { getRedirectURL(): string };
  cookies: {
    getAll(details: {
      url: string;
      storeId?: string;
    }): Promise<{ name: string; value: string; storeId: string }[]>;
  };
  contextualIdentities: {
    query(details: object): Promise<{ name: string; color: string; cookieStoreId: string }[]>;
  };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
}
