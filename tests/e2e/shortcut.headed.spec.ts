import { expect, test } from './fixtures';
import { ACCOUNTS } from './pages/sign-in-window';
import { nextTab } from './support/navigation-log';
import { closeWelcomeTab } from './support/first-run';
import { pressRealKeys } from './support/real-keyboard';

// The welcome tab of a fresh install would take the focus from the keys pressed below.
test.beforeEach(async ({ context, extensionId }) => closeWelcomeTab(context, extensionId));

test('the open-last-org shortcut, pressed for real, opens the last-used org', async ({ popup, context }) => {
  await popup.open();
  await popup.signIn(ACCOUNTS.jane);
  await expect(popup.options).toHaveCount(4);
  await popup.filter.fill('Acme Staging 2');
  const first = await nextTab(context, () => popup.button('Next').click());
  await expect(first.getByTestId('org-name')).toHaveText('Acme Staging 2');
  await first.close();

  await popup.page.bringToFront();
  const opened = await nextTab(context, async () => pressRealKeys('alt+shift+o'));
  await expect(opened.getByTestId('org-name')).toHaveText('Acme Staging 2');
  await expect(opened.getByTestId('signed-in-as')).toHaveText('Signed in as jane.doe+staging2@acme.test');
});

test('with no org used yet, the shortcut opens the popup instead', async ({ popup, serviceWorker }) => {
  await popup.open();
  pressRealKeys('alt+shift+o');
  // The toolbar popup is not a tab; the worker lists it among the extension's open contexts.
  await expect
    .poll(() =>
      serviceWorker.evaluate(async () => {
        const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
        const contexts = await api.runtime.getContexts({ contextTypes: ['POPUP' as never] });
        return contexts.map((context) => context.documentUrl);
      }),
    )
    .toEqual([expect.stringMatching(/\/popup\.html$/)]);
});
