import { defineContentScript } from 'wxt/utils/define-content-script';

export default defineContentScript({
  // Replaced at build time by the profile's app hosts (see wxt.config.ts).
  matches: ['https://*.outreach.io/*'],
  allFrames: false,
  runAt: 'document_idle',
  main() {},
});
