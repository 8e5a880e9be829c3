import { expect, test } from './fixtures';
import { nextTab } from './support/navigation-log';

test('a pinned org is listed first, stays pinned after reopening, and number keys open rows', async ({
  popup,
  options,
}) => {
  await popup.openSignedInAsJane();
  await expect(popup.options.first()).toHaveAccessibleName(/^Acme Production /);
  await popup.filter.fill('Acme Staging 2');
  await popup.button('Pin Acme Staging 2').click();
  await expect(popup.button('Unpin Acme Staging 2')).toBeVisible();
  await popup.filter.fill('');
  await expect(popup.options.first()).toHaveAccessibleName(/^Acme Staging 2 .*Pinned/);

  // Kept in IndexedDB by the background: a fresh popup (its local copy wiped) still has it.
  await popup.page.evaluate(() => localStorage.clear());
  await popup.page.reload();
  await expect(popup.options.first()).toHaveAccessibleName(/^Acme Staging 2 .*Pinned/);
  await expect(popup.options.nth(1)).toHaveAccessibleName(/^Acme Production /);

  // A digit typed after other text belongs to the filter.
  await popup.filter.fill('Acme Staging');
  await popup.filter.press('2');
  await expect(popup.filter).toHaveValue('Acme Staging2');
  await popup.filter.fill('');

  // With the filter empty, 2 opens the second row.
  const tab = await nextTab(popup.context, () => popup.filter.press('2'));
  await expect(tab.getByTestId('org-name')).toHaveText('Acme Production');
  await expect(tab.getByTestId('signed-in-as')).toHaveText('Signed in as jane.doe@acme.test');

  // Alt+1 opens the first row even while the filter has text.
  await popup.page.bringToFront();
  await popup.filter.fill('acme');
  const pinned = await nextTab(popup.context, () => popup.filter.press('Alt+1'));
  await expect(pinned.getByTestId('org-name')).toHaveText('Acme Staging 2');

  // Unpinning puts the list back in its own order.
  await popup.page.bringToFront();
  await popup.filter.fill('Acme Staging 2');
  await popup.button('Unpin Acme Staging 2').click();
  await popup.filter.fill('');
  await expect(popup.options.first()).toHaveAccessibleName(/^Acme Production /);
  await expect(popup.page.getByText('Pinned', { exact: true })).toHaveCount(0);

  await options.open('#shortcuts');
  const shortcuts = options.section('shortcuts');
  for (const description of [
    'Back to the primary (production) org',
    'Open the 1st pinned org',
    'Open the 2nd pinned org',
    'Open the 3rd pinned org',
  ]) {
    await expect(shortcuts.getByRole('rowheader', { name: description })).toBeVisible();
  }
});
