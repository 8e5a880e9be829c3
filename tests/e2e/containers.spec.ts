import { expect, test } from './fixtures';
import { readExtensionStores } from './support/extension-storage';

// Chromium has no containers: one Outreach session per browser, and no option to offer.
test('Chromium shows no Containers option and switches in its one default session', async ({
  options,
  popup,
  serviceWorker,
}) => {
  await options.open();
  await expect(options.section('shortcuts')).toBeVisible();
  await expect(options.section('containers')).toHaveCount(0);

  await popup.openSignedInAsJane();
  await popup.filter.fill('Acme Staging');
  await expect(popup.options.first()).toHaveAccessibleName(/^Acme Staging /);
  const opened = popup.context.waitForEvent('page');
  await popup.button('Next').click();
  const tab = await opened;
  await expect(tab.getByTestId('signed-in-as')).toHaveText('Signed in as jane.doe+staging@acme.test');
  // The landing is recorded under the plain (default store) key, as before containers existed.
  const { session } = await readExtensionStores(serviceWorker);
  expect(session['switch.active']).toMatchObject({ orgId: 'org_acme_staging' });
  expect(Object.keys(session).filter((key) => key.includes('@'))).toEqual([]);
});
