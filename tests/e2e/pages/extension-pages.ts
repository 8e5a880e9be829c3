import type { BrowserContext, Locator, Page } from '@playwright/test';
import { completeSignIn, nextSignInWindow } from './sign-in-window';
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
    return this;
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }
}

/** The toolbar popup (the selection window), opened as a tab. */
export class PopupPage extends ExtensionPage {
  constructor(context: BrowserContext, extensionId: string) {
    super(context, extensionId, 'popup.html');
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

  get stateTitle(): Locator {
    return this.page.getByRole('heading', { level: 2 });
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name });
  }

  /**
   * Signs in from the popup's button and completes the provider's pages. When the provider still
   * has a session, Chrome finishes the flow without showing a window, and there is nothing to fill.
   */
  async signIn(account: Account): Promise<void> {
    const button = this.button(/^Sign in/);
    await button.waitFor();
    const window = nextSignInWindow(this.context, () => button.click()).catch(() => null);
    const finished = button.waitFor({ state: 'detached', timeout: 30_000 }).then(() => null);
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
}
