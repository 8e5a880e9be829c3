import { expect, test } from './fixtures';
import { ACCOUNTS } from './pages/sign-in-window';

test('after an import adds one org and drops another, the popup says so once and keeps pins and names', async ({
  popup,
  options,
}) => {
  await popup.open();
  await popup.signIn(ACCOUNTS.jane);
  await expect(popup.options).toHaveCount(4);
  await popup.filter.fill('Acme Staging 2');
  await popup.button('Pin Acme Staging 2').click();
  await expect(popup.button('Unpin Acme Staging 2')).toBeVisible();
  // Nothing changed since this popup first showed the list: no line about it.
  const first = await popup.open();
  await expect(first.options).toHaveCount(4);
  await expect(first.page.getByText(/orgs? added|gone$/)).toHaveCount(0);

  await options.open('#instances');
  const list = JSON.parse(await options.exportList()) as { instances: { name: string }[] };
  list.instances = list.instances.filter((org) => org.name !== 'Acme A4 Test');
  list.instances.push({ name: 'Acme QA', tag: 'qa', environment: 'test' } as { name: string });
  await options.importList(JSON.stringify(list));
  await options.page.getByRole('alertdialog').getByRole('button', { name: 'Apply import' }).click();
  await expect(options.page.getByText('Imported orgs.json: 4 orgs saved.')).toBeVisible();

  const changed = await popup.open();
  await expect(changed.page.getByText('1 org added, 1 gone', { exact: true })).toBeVisible();
  await expect(changed.options.first()).toHaveAccessibleName(/^Acme Staging 2 .*Pinned/);
  await expect(changed.option(/Acme QA/)).toBeVisible();
  await expect(changed.option(/^Acme Staging(?! \d)/)).toBeVisible();
  await expect(changed.option(/Acme A4 Test/)).toHaveCount(0);
  // Said once: the next popup shows the same list without the line.
  const again = await popup.open();
  await expect(again.options).toHaveCount(4);
  await expect(again.page.getByText('1 org added, 1 gone')).toHaveCount(0);
});
