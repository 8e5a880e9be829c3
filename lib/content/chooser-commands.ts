import { nativeBrowser as browser } from '../browser/native-browser';
import type { ChooserCommand } from '../messaging/protocol';

const ACTIONS: ReadonlySet<string> = new Set(['check', 'confirm', 'close', 'fill']);

function isChooserCommand(message: unknown): message is ChooserCommand {
  const { type, action } = (message ?? {}) as Partial<ChooserCommand>;
  return type === 'chooserCommand' && typeof action === 'string' && ACTIONS.has(action);
}

/**
 * Answers the background's chooser commands (`tabs.sendMessage` to this top frame). Only our own
 * extension can send them (`sender.id` is stamped by the browser; pages cannot reach this API).
 */
export function listenToChooserCommands(answer: (command: ChooserCommand) => Promise<boolean>): void {
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    if (sender.id !== browser.runtime.id || !isChooserCommand(message)) return false;
    void answer(message).then(sendResponse, () => sendResponse(false));
    return true;
  });
}
