import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import type { PopupPage } from './pages/extension-pages';
import { nextTab } from './support/navigation-log';

async function openFromPopup(popup: PopupPage, name: string, login: string) {
  await popup.page.bringToFront();
  await popup.filter.fill(name);
  await expect(popup.options.first()).toHaveAccessibleName(new RegExp(`^${name} `));
  const tab = await nextTab(popup.context, () => popup.button('Next').click());
  await expect(tab.getByTestId('signed-in-as')).toHaveText(`Signed in as ${login}`);
}

test('switches land in the options page history, filterable and exported as CSV', async ({
  popup,
  options,
}) => {
  await popup.openSignedInAsJane();
  await openFromPopup(popup, 'Acme Staging', 'jane.doe+staging@acme.test');
  await openFromPopup(popup, 'Acme Production', 'jane.doe@acme.test');
  await openFromPopup(popup, 'Acme Staging', 'jane.doe+staging@acme.test');

  await options.open('#history');
  const section = options.section('history');
  const rows = section.getByRole('table').locator('tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toHaveText(/Acme Production.*Acme Staging.*Saved session restored.*Landed/);
  await expect(rows.nth(1)).toHaveText(/Acme Staging.*Acme Production.*Alias login.*Landed/);
  await expect(rows.nth(2)).toHaveText(/\(not known\).*Acme Staging.*Alias login.*Landed/);

  await section.getByLabel('Filter by org').fill('production');
  await expect(rows).toHaveCount(2);
  await section.getByLabel('Outcome').selectOption('failed');
  await expect(section.getByText('No switch matches this filter.')).toBeVisible();
  await section.getByLabel('Outcome').selectOption('all');
  await section.getByLabel('Filter by org').fill('');

  const download = options.page.waitForEvent('download');
  await options.button('Export as CSV').click();
  const csv = await readFile(await (await download).path(), 'utf8');
  const lines = csv.trimEnd().split('\r\n');
  expect(lines[0]).toBe('time,from,from_org_id,to,to_org_id,how,outcome');
  expect(lines).toHaveLength(4);
  expect(lines[1]).toMatch(
    /^\d{4}-\d\d-\d\dT[^,]+,Acme Production,org_[^,]+,Acme Staging,org_acme_staging,restored,landed$/,
  );
  expect(csv).not.toContain('@');

  await options.button('Clear history').click();
  await expect(section.getByText('No switches yet.', { exact: false })).toBeVisible();
});
