import { expect, test } from './fixtures';
import type { PopupPage } from './pages/extension-pages';
import { APP_LOGIN_PAGE, nextTab, watchTabUrls } from './support/navigation-log';

async function openFromPopup(popup: PopupPage, name: string, login: string) {
  await popup.page.bringToFront();
  await popup.filter.fill(name);
  await expect(popup.options.first()).toHaveAccessibleName(new RegExp(`^${name} `));
  const tab = await nextTab(popup.context, () => popup.button('Next').click());
  await expect(tab.getByTestId('signed-in-as')).toHaveText(`Signed in as ${login}`);
}

test('the popup shows each org’s session: here with its tabs, saved with its age, or an alias login; a saved one can be forgotten', async ({
  popup,
  serviceWorker,
}) => {
  await popup.openSignedInAsJane();
  await expect(popup.options.filter({ hasText: 'Needs an alias login' })).toHaveCount(4);
  await openFromPopup(popup, 'Acme Staging', 'jane.doe+staging@acme.test');
  await openFromPopup(popup, 'Acme Production', 'jane.doe@acme.test');

  await popup.page.reload();
  await expect(popup.option(/^Acme Production /)).toContainText('Signed in here · Outreach tabs open: 2');
  await popup.filter.fill('Acme Staging');
  const staging = popup.options.first();
  await expect(staging).toHaveAccessibleName(/^Acme Staging jane\.doe\+staging@/);
  await expect(staging).toContainText('Saved session · just now');
  await expect(popup.options.nth(1)).toContainText('Needs an alias login');
  // The org the browser is in has nothing saved to forget.
  await popup.filter.fill('Acme Production');
  await expect(popup.button(/^Forget .* session$/)).toHaveCount(0);

  await popup.filter.fill('Acme Staging');
  await popup.button("Forget Acme Staging's session").click();
  await expect(popup.options.first()).toContainText('Needs an alias login');

  // Forgotten for real: the next switch signs in with the alias on the login page.
  const tabUrls = await watchTabUrls(serviceWorker);
  await openFromPopup(popup, 'Acme Staging', 'jane.doe+staging@acme.test');
  expect(await tabUrls.count(APP_LOGIN_PAGE)).toBe(1);
});
