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

  /** Signs in from the popup's button and completes the provider's pages. */
  async signIn(account: Account): Promise<void> {
    const window = await nextSignInWindow(this.context, () => this.button(/^Sign in/).click());
    await completeSignIn(window, account);
    await this.page.bringToFront();
  }
}

/** The options page. */
export class OptionsPage extends ExtensionPage {
  constructor(context: BrowserContext, extensionId: string) {
    super(context, extensionId, 'options.html');
  }
}
