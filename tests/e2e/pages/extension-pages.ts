import { readFile } from 'node:fs/promises';
import { expect } from '@playwright/test';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { ACCOUNTS, completeSignIn, nextSignInWindow } from './sign-in-window';
import type { Account } from './sign-in-window';

/** Base for extension pages opened in a tab (`chrome-extension://ID/NAME.html`). */
class ExtensionPage {
  page!: Page;
  constructor(
    readonly context: BrowserContext,
    readonly extensionId: string,
    private readonly file: string,
  ) {}

  url(query = ''): string {
    return `chrome-extension://${this.extensionId}/${this.file}${query}`;
  }

  async open(query = ''): Promise<this> {
    this.page = await this.context.newPage();
    await this.page.goto(this.url(query));
    await this.reportMissingWords();
    return this;
  }

  /**
   * Diagnostics only: a fresh headed profile once gave a popup tab no messages at all
   * (`i18n.getMessage` → ''), so it showed message names. When that happens, say what the page, a
   * second page and the worker see, for whoever chases the cause; the test itself carries on.
   */
  private async reportMissingWords(): Promise<void> {
    const wordsIn = (page: Page) =>
      page
        .evaluate(() =>
          (
            globalThis as unknown as { chrome: { i18n: { getMessage(name: string): string } } }
          ).chrome.i18n.getMessage('extName'),
        )
        .catch((error: unknown) => `(failed: ${String(error)})`);
    if ((await wordsIn(this.page)) !== '') return;
    const second = await this.context.newPage();
    await second.goto(this.url());
    const [worker] = this.context.serviceWorkers();
    console.warn(
      `[i18n] ${this.file} got no messages: a second page gets ${JSON.stringify(await wordsIn(second))}, ` +
        `the worker is ${worker ? 'running' : 'not listed'}, language ${await this.page.evaluate(() => navigator.language)}`,
    );
    await second.close();
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }
}

/** A runtime message an extension page sent, as recorded by {@link PopupPage.openRecording}. */
export type SentRequest = { type: string } & Record<string, unknown>;

/** The toolbar popup (the selection window), opened as a tab. */
export class PopupPage extends ExtensionPage {
  constructor(context: BrowserContext, extensionId: string) {
    super(context, extensionId, 'popup.html');
  }

  /**
   * Opens the popup with `runtime.sendMessage` wrapped, so a test can assert the requests it sent
   * ({@link sentRequests}). With `holdReplies`, requests are recorded but never answered, as when
   * the service worker is too slow to matter: what shows then comes from the popup's own cache.
   */
  async openRecording({ holdReplies = false } = {}): Promise<this> {
    this.page = await this.context.newPage();
    await this.page.addInitScript((hold: boolean) => {
      type Runtime = { sendMessage: (...args: unknown[]) => Promise<unknown> };
      const sent: unknown[] = [];
      (globalThis as unknown as { __sentRequests: unknown[] }).__sentRequests = sent;
      const api = globalThis as unknown as {
        chrome?: { runtime?: Runtime };
        browser?: { runtime?: Runtime };
      };
      // Chrome may expose one runtime as both `chrome.runtime` and `browser.runtime`: wrap it once.
      for (const runtime of new Set([api.chrome?.runtime, api.browser?.runtime])) {
        if (!runtime) continue;
        const original = runtime.sendMessage.bind(runtime);
        runtime.sendMessage = (...args: unknown[]) => {
          sent.push(args[0]);
          return hold ? new Promise<never>(() => undefined) : original(...args);
        };
      }
    }, holdReplies);
    await this.page.goto(this.url());
    return this;
  }

  /** The requests sent since {@link openRecording} (per page load). */
  sentRequests(): Promise<SentRequest[]> {
    return this.page.evaluate(
      () => (globalThis as unknown as { __sentRequests?: SentRequest[] }).__sentRequests ?? [],
    );
  }

  /** The recorded requests of one type, waiting until at least one was sent. */
  async sentOfType(type: string): Promise<SentRequest[]> {
    await this.page.waitForFunction(
      (wanted) =>
        ((globalThis as unknown as { __sentRequests?: SentRequest[] }).__sentRequests ?? []).some(
          (request) => request.type === wanted,
        ),
      type,
    );
    return (await this.sentRequests()).filter((request) => request.type === type);
  }

  /** Sends a request to the background from the popup page, as the options page would. */
  request(message: SentRequest): Promise<unknown> {
    return this.page.evaluate(
      (body) =>
        (
          globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } } }
        ).chrome.runtime.sendMessage(body),
      message,
    );
  }

  /** The banners above the list (a failed refresh, dropped entries, a cache warning). */
  banner(text: string | RegExp): Locator {
    return this.page.getByRole('status').filter({ hasText: text });
  }

  get filter(): Locator {
    return this.page.getByRole('combobox', { name: 'Filter orgs' });
  }

  get list(): Locator {
    return this.page.getByRole('listbox', { name: 'Orgs of your Instance Group' });
  }

  get options(): Locator {
    return this.list.getByRole('option');
  }

  option(name: string | RegExp): Locator {
    return this.list.getByRole('option', { name });
  }

  /** Chooses an item of the header's menu (Copy Instance Group ID, Refresh, Sign out). */
  async chooseFromMenu(name: string | RegExp): Promise<void> {
    await this.page.getByRole('button', { name: 'More' }).click();
    await this.page.getByRole('menu').getByRole('menuitem', { name }).click();
  }

  /** The items the header's menu offers (opens and closes it). */
  async menuItems(): Promise<string[]> {
    const button = this.page.getByRole('button', { name: 'More' });
    if ((await button.count()) === 0) return [];
    await button.click();
    const items = await this.page.getByRole('menu').getByRole('menuitem').allTextContents();
    await this.page.keyboard.press('Escape');
    return items;
  }

  get stateTitle(): Locator {
    return this.page.getByRole('heading', { level: 2 });
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name });
  }

  /** Opens the popup (recording what it sends, if asked) and signs jane in: her four orgs show. */
  async openSignedInAsJane({ recording = false } = {}): Promise<this> {
    await (recording ? this.openRecording() : this.open());
    await this.signIn(ACCOUNTS.jane);
    await expect(this.options).toHaveCount(4);
    return this;
  }

  /**
   * Signs in from the popup's button and completes the provider's pages. When the provider still
   * has a session, Chrome finishes the flow without showing a window, and there is nothing to fill.
   */
  async signIn(account: Account): Promise<void> {
    const button = this.button(/^Sign in/);
    await button.waitFor();
    const window = nextSignInWindow(this.context, () => button.click()).catch(() => null);
    // The popup shows "Signing in…" at once; the flow has ended when that is gone too.
    const finished = button
      .waitFor({ state: 'detached', timeout: 30_000 })
      .then(() => this.page.getByText('Signing in…').waitFor({ state: 'detached', timeout: 30_000 }))
      .then(() => null);
    const opened = await Promise.race([window, finished]);
    if (opened) await completeSignIn(opened, account);
    await this.page.bringToFront();
  }
}

/** The options page. */
export class OptionsPage extends ExtensionPage {
  constructor(context: BrowserContext, extensionId: string) {
    super(context, extensionId, 'options.html');
  }

  /** A section by its link target (`connection`, `prepare`, `request`, `org-info`, `instances`, `shortcuts`). */
  section(id: string): Locator {
    return this.page.locator(`section#${id}`);
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name });
  }

  /** "Prepare instance logins": types the root email and pastes the logins, one a line. */
  async checkLogins(root: string, logins: string[]): Promise<void> {
    const prepare = this.section('prepare');
    await prepare.getByLabel('Root email', { exact: true }).fill(root);
    await prepare.getByLabel('Instance logins', { exact: true }).fill(logins.join('\n'));
  }

  /** The verdicts of the checked logins, one list item a line. */
  get verdicts(): Locator {
    return this.page.getByRole('list', { name: 'Checked logins' }).getByRole('listitem');
  }

  get requestText(): Locator {
    return this.section('request').getByLabel('Ticket description');
  }

  /** A fact of Org info by its label (e.g. `Cross-instance SSO`, `Instance Group ID`). */
  fact(label: string): Locator {
    return this.section('org-info')
      .locator('.facts__row')
      .filter({ has: this.page.getByText(label, { exact: true }) })
      .locator('dd');
  }

  /** The orgs table of Org info (body rows). */
  get orgInfoRows(): Locator {
    return this.section('org-info').getByRole('table').locator('tbody tr');
  }

  /** Clicks Export and returns the downloaded JSON's text. */
  async exportList(): Promise<string> {
    const download = this.page.waitForEvent('download');
    await this.button('Export JSON').click();
    const path = await (await download).path();
    return readFile(path, 'utf8');
  }

  /** Chooses a file to import, as the file picker would. */
  async importList(text: string, name = 'orgs.json'): Promise<void> {
    await this.section('instances')
      .getByLabel('Import JSON…')
      .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  }
}
