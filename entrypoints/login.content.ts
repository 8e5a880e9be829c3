import { defineContentScript } from 'wxt/utils/define-content-script';
import { completePendingSwitch, watchTypedLogin } from '../lib/content/login-page';
import { followRootSignIn } from '../lib/content/root-sign-in-page';
import { send } from '../lib/messaging/send';
import { listenForTabNotice } from '../lib/content/tab-notice';
import { showOrgMarker } from '../lib/content/org-marker';

export default defineContentScript({
  // Replaced at build time by the profile's app hosts (see wxt.config.ts).
  matches: ['https://*.outreach.io/*'],
  // Top frame only: a login page framed by another site is never filled.
  allFrames: false,
  runAt: 'document_idle',
  async main() {
    listenForTabNotice();
    const pending = await send({ type: 'getPendingSwitch' }).catch(() => null);
    if (pending) await completePendingSwitch(pending);
    else await followOrWatch();
    // After a switch has landed (or with none): say which org this page is, if known.
    const marker = await send({ type: 'getOrgMarker' }).catch(() => null);
    if (marker) showOrgMarker(marker);
  },
});

/** No switch pending: follow the Outreach-pages sign-in if one runs, else watch a typed login. */
async function followOrWatch(): Promise<void> {
  const rootSignIn = await send({ type: 'getRootSignIn' }).catch(() => null);
  if (rootSignIn) await followRootSignIn(rootSignIn);
  else watchTypedLogin();
}
