import { expect, test } from './fixtures';

test('the built extension loads: service worker runs and the popup shows its heading', async ({
  serviceWorker,
  extensionId,
  popup,
}) => {
  expect(serviceWorker.url()).toBe(`chrome-extension://${extensionId}/background.js`);
  await popup.open();
  await expect(popup.heading).toHaveText('Cross-Instance Sign-in');
});

test('the extension id is pinned by the development key', async ({ extensionId }) => {
  expect(extensionId).toBe('fcgiacanfdgilcaoaonlcibfipgckioc');
});
