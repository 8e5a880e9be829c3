import { expect, test } from './fixtures';
import { nextTab } from './support/navigation-log';
import { pressRealKeys } from './support/real-keyboard';

test('open-pinned-1 and open-root, pressed for real, open the first pin and the primary org', async ({
  popup,
  context,
  serviceWorker,
}) => {
  const keys = await serviceWorker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
    return Object.fromEntries(
      (await api.commands.getAll()).map((command) => [command.name, command.shortcut]),
    );
  });
  expect(keys).toMatchObject({ 'open-root': 'Alt+Shift+0', 'open-pinned-1': 'Alt+Shift+1' });
  await popup.openSignedInAsJane();
  await popup.filter.fill('Acme A4 Test');
  await popup.button('Pin Acme A4 Test').click();
  await expect(popup.button('Unpin Acme A4 Test')).toBeVisible();

  const pinned = await nextTab(context, async () => pressRealKeys('alt+shift+1'));
  await expect(pinned.getByTestId('org-name')).toHaveText('Acme A4 Test');
  await expect(pinned.getByTestId('signed-in-as')).toHaveText('Signed in as jane.doe+a4test@acme.test');

  // The Outreach tab is active now: open-root switches it back to the primary org in place, once
  // its production gate is answered (beyond.gate.headed.spec.ts).
  await pinned.bringToFront();
  const gate = await nextTab(context, async () => pressRealKeys('alt+shift+0'));
  await expect(gate.getByRole('heading', { level: 1 })).toHaveText('Open Acme Production?');
  // The window closes as it answers, so the click may not see its own end.
  const answered = gate.waitForEvent('close');
  await gate
    .getByRole('button', { name: 'Open' })
    .click()
    .catch(() => undefined);
  await answered;
  // The root login passes the selection window: more pages than an alias login.
  await expect(pinned.getByTestId('org-name')).toHaveText('Acme Production', { timeout: 30_000 });
  await expect(pinned.getByTestId('signed-in-as')).toHaveText('Signed in as jane.doe@acme.test');
});
