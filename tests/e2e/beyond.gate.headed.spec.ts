import { expect, test } from './fixtures';
import { closeWelcomeTab } from './support/first-run';
import { nextTab } from './support/navigation-log';
import { pressRealKeys, pressRealKeysInFocused } from './support/real-keyboard';

// The production gate with the real key (Alt+Shift+0, open-root) under Xvfb: the question window
// appears, a real Escape leaves the tab in its org, and a real Enter on Open switches it.

test.beforeEach(async ({ context, extensionId }) => closeWelcomeTab(context, extensionId));

test('Alt+Shift+0 asks "Open Acme Production?"; Escape keeps the tab where it is, Enter opens production', async ({
  popup,
  context,
}) => {
  await popup.openSignedInAsJane();
  await popup.filter.fill('Acme Staging');
  const tab = await nextTab(context, () => popup.button('Next').click());
  await expect(tab.getByTestId('org-name')).toHaveText('Acme Staging');
  await tab.bringToFront();

  const isGate = (page: { url(): string }) => page.url().includes('/gate.html?q=');
  const first = await nextTab(context, async () => pressRealKeys('alt+shift+0'));
  expect(isGate(first)).toBe(true);
  await expect(first.getByRole('heading', { level: 1 })).toHaveText('Open Acme Production?');
  await expect(first.getByRole('button', { name: 'Open' })).toBeFocused();
  // The window takes the focus: the next real key goes to it.
  await expect.poll(() => first.evaluate(() => document.hasFocus())).toBe(true);
  const escaped = first.waitForEvent('close');
  pressRealKeysInFocused('Escape');
  await escaped;
  await expect(tab.getByTestId('org-name')).toHaveText('Acme Staging');

  await tab.bringToFront();
  const second = await nextTab(context, async () => pressRealKeys('alt+shift+0'));
  expect(isGate(second)).toBe(true);
  await expect(second.getByRole('button', { name: 'Open' })).toBeFocused();
  await expect.poll(() => second.evaluate(() => document.hasFocus())).toBe(true);
  const answered = second.waitForEvent('close');
  pressRealKeysInFocused('Return');
  await answered;
  // The root login passes the selection window: more pages than an alias login.
  await expect(tab.getByTestId('org-name')).toHaveText('Acme Production', { timeout: 30_000 });
  await expect(tab.getByTestId('signed-in-as')).toHaveText('Signed in as jane.doe@acme.test');
});
