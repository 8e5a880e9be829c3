import type { BrowserContext, Locator, Page } from '@playwright/test';

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
}

/** The options page. */
export class OptionsPage extends ExtensionPage {
  constructor(context: BrowserContext, extensionId: string) {
    super(context, extensionId, 'options.html');
  }
}
