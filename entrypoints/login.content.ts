import { defineContentScript } from 'wxt/utils/define-content-script';
import { completePendingSwitch, watchTypedLogin } from '../lib/content/login-page';
import { followRootSignIn } from '../lib/content/root-sign-in-page';
import { send } from '../lib/messaging/send';
import { listenForTabNotice } from '../lib/content/tab-notice';

export default defineContentScript({
  // Replaced at build time by the profile's app hosts (see wxt.config.ts).
  matches: ['https://*.outreach.io/*'],
  // Top frame only: a login page framed by another site is never filled.
  allFrames: false,
  runAt: 'document_idle',
  async main() {
    listenForTabNotice();
    const pending = await send({ type: 'getPendingSwitch' }).catch(() => null);
    if (pending) return completePendingSwitch(pending);
    const rootSignIn = await send({ type: 'getRootSignIn' }).catch(() => null);
    if (rootSignIn) return followRootSignIn(rootSignIn);
    watchTypedLogin();
  },
});
