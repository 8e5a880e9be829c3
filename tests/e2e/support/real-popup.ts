import type { BrowserContext, CDPSession, Worker } from '@playwright/test';

/**
 * The real toolbar popup, not `popup.html` in a tab: the service worker opens it with
 * `chrome.action.openPopup()`, and it is driven over the DevTools protocol. Playwright does not
 * list the popup among the context's pages, but DevTools does (`Target.getTargets`) as a `page`
 * at `chrome-extension://ID/popup.html`. Playwright's browser CDP session cannot address a
 * flattened child session, so commands go through `Target.sendMessageToTarget` on a non-flattened
 * one.
 */
export class RealPopup {
  private nextId = 0;
  private readonly waiting = new Map<
    number,
    { resolve: (value: unknown) => void; reject: (e: Error) => void }
  >();

  private constructor(
    private readonly browserSession: CDPSession,
    private readonly sessionId: string,
  ) {
    browserSession.on('Target.receivedMessageFromTarget', (event) => {
      if (event.sessionId !== this.sessionId) return;
      const message = JSON.parse(event.message) as {
        id?: number;
        result?: unknown;
        error?: { message: string };
      };
      const waiter = message.id === undefined ? undefined : this.waiting.get(message.id);
      if (!waiter) return;
      this.waiting.delete(message.id!);
      if (message.error) waiter.reject(new Error(message.error.message));
      else waiter.resolve(message.result);
    });
  }

  /** Opens the toolbar popup from the extension's worker and attaches to it. */
  static async open(context: BrowserContext, worker: Worker): Promise<RealPopup> {
    const browser = context.browser();
    if (!browser) throw new Error('The context has no browser to open a CDP session on.');
    const session = await browser.newBrowserCDPSession();
    // `URL.origin` is "null" for chrome-extension: URLs in Node; the host is the extension id.
    const origin = `chrome-extension://${new URL(worker.url()).host}`;
    const isPopup = (info: { type: string; url: string }) =>
      info.type === 'page' && info.url === `${origin}/popup.html`;
    await session.send('Target.setDiscoverTargets', { discover: true });
    const created = new Promise<string>((resolve) => {
      const onInfo = ({ targetInfo }: { targetInfo: { targetId: string; type: string; url: string } }) => {
        if (isPopup(targetInfo)) resolve(targetInfo.targetId);
      };
      session.on('Target.targetCreated', onInfo);
      session.on('Target.targetInfoChanged', onInfo);
    });
    await worker.evaluate('chrome.action.openPopup()');
    const { targetInfos } = await session.send('Target.getTargets');
    const targetId = targetInfos.find(isPopup)?.targetId ?? (await created);
    const { sessionId } = await session.send('Target.attachToTarget', { targetId, flatten: false });
    const popup = new RealPopup(session, sessionId);
    await popup.send('Runtime.enable');
    await popup.waitFor(() => document.readyState === 'complete');
    return popup;
  }

  /** Sends a DevTools command to the popup page. */
  send<T = unknown>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = ++this.nextId;
    const reply = new Promise<T>((resolve, reject) =>
      this.waiting.set(id, { resolve: resolve as (value: unknown) => void, reject }),
    );
    void this.browserSession
      .send('Target.sendMessageToTarget', {
        sessionId: this.sessionId,
        message: JSON.stringify({ id, method, params }),
      })
      .catch((error: Error) => this.waiting.get(id)?.reject(error));
    return reply;
  }

  /** Runs `fn(arg)` in the popup and returns its (JSON) result. */
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T> {
    return this.evaluateExpression<T>(`(${fn.toString()})(${JSON.stringify(arg ?? null)})`);
  }

  /**
   * Waits (each animation frame, up to `timeoutMs`) until `fn(arg)` is truthy in the popup. The
   * check is sent as source: the popup's CSP forbids building functions from strings in the page.
   */
  async waitFor<A = undefined>(fn: (arg: A) => unknown, arg?: A, timeoutMs = 10_000): Promise<void> {
    const ok = await this.evaluateExpression<boolean>(`new Promise((resolve) => {
      const check = (${fn.toString()});
      const arg = ${JSON.stringify(arg ?? null)};
      const deadline = performance.now() + ${timeoutMs};
      const tick = () => {
        if (check(arg)) resolve(true);
        else if (performance.now() > deadline) resolve(false);
        else requestAnimationFrame(tick);
      };
      tick();
    })`);
    if (!ok) throw new Error(`The real popup never met: ${fn.toString()}`);
  }

  private async evaluateExpression<T>(expression: string): Promise<T> {
    const { result, exceptionDetails } = await this.send<{
      result: { value: T };
      exceptionDetails?: { exception?: { description?: string }; text: string };
    }>('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value;
  }

  /** Types text into the focused element as trusted input. */
  async type(text: string): Promise<void> {
    await this.send('Input.insertText', { text });
  }

  /** Presses a key (`Enter`, `ArrowDown`…) with optional modifiers (2: Ctrl, 4: Meta). */
  async press(key: string, modifiers = 0): Promise<void> {
    const codes: Record<string, number> = { Enter: 13, ArrowDown: 40, ArrowUp: 38, Escape: 27, Tab: 9 };
    const base = { key, code: key, windowsVirtualKeyCode: codes[key] ?? 0, modifiers };
    const text = key === 'Enter' ? { text: '\r' } : {};
    await this.send('Input.dispatchKeyEvent', { type: 'keyDown', ...base, ...text });
    await this.send('Input.dispatchKeyEvent', { type: 'keyUp', ...base });
  }

  /** Light or dark, as `prefers-color-scheme`. */
  async colorScheme(value: 'light' | 'dark'): Promise<void> {
    await this.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value }] });
  }

  /** A PNG of the popup as it is shown. */
  async screenshot(): Promise<Buffer> {
    const { data } = await this.send<{ data: string }>('Page.captureScreenshot', { format: 'png' });
    return Buffer.from(data, 'base64');
  }

  async close(): Promise<void> {
    await this.evaluate(() => window.close()).catch(() => undefined);
    await this.browserSession.detach().catch(() => undefined);
  }
}
