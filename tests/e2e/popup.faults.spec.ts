import { expect, test } from './fixtures';
import { seriousViolations } from './support/axe';
import { ACCOUNTS } from './pages/sign-in-window';

// The popup's fault-driven states: the words and the one action of each. Faults are global to
// the sandbox, so this file runs in the `faults` project, alone.

test('a server error keeps the last list with its age and a Retry that recovers', async ({
  popup,
  sandbox,
}) => {
  await popup.openSignedInAsJane();
  await sandbox.setFaults({ directory: 'error' });
  await popup.chooseFromMenu('Refresh');
  const banner = popup.banner(/The instance directory/);
  await expect(banner).toContainText('Showing the list from just now.');
  await expect(popup.options).toHaveCount(4);
  expect(await seriousViolations(popup.page)).toEqual([]);

  await sandbox.resetFaults();
  await banner.getByRole('button', { name: 'Retry' }).click();
  await expect(banner).toHaveCount(0);
  await expect(popup.options).toHaveCount(4);
});

test('no list yet and the directory fails: the error state and Retry', async ({ popup, sandbox }) => {
  await popup.open();
  await sandbox.setFaults({ directory: 'error' });
  await popup.signIn(ACCOUNTS.jane);
  await expect(popup.stateTitle).toHaveText("Couldn't load your orgs");
  await expect(popup.page.getByText(/The instance directory/)).toBeVisible();
  expect(await seriousViolations(popup.page)).toEqual([]);

  await sandbox.resetFaults();
  await popup.button('Retry').click();
  await expect(popup.options).toHaveCount(4);
});

test('a stopped network: the last list, its age and Retry', async ({ popup, context }) => {
  await popup.openSignedInAsJane();
  await context.setOffline(true);
  try {
    await popup.chooseFromMenu('Refresh');
    const banner = popup.banner(/Could not reach the instance directory/);
    await expect(banner).toContainText('Showing the list from just now.');
    await expect(banner.getByRole('button', { name: 'Retry' })).toBeVisible();
    await expect(popup.options).toHaveCount(4);
  } finally {
    await context.setOffline(false);
  }
  await popup
    .banner(/Could not reach/)
    .getByRole('button', { name: 'Retry' })
    .click();
  await expect(popup.page.getByRole('status')).toHaveCount(0);
});

test('401 from the directory: the list stays openable, with Sign in again, even after another Refresh', async ({
  popup,
  sandbox,
}) => {
  await popup.openSignedInAsJane({ recording: true });
  await sandbox.setFaults({ directory: 'unauthorized' });
  await popup.chooseFromMenu('Refresh');
  const banner = popup.banner('Your session has expired. Orgs still open through their own sign-in.');
  await expect(banner).toBeVisible();
  await expect(popup.options).toHaveCount(4);
  await expect(popup.page.getByText(/not signed in/i)).toHaveCount(0);
  // Reopened, the popup still says the same and still lists the orgs.
  await popup.page.reload();
  await expect(banner).toBeVisible();
  await expect(popup.options).toHaveCount(4);
  await expect(popup.page.getByText(/not signed in/i)).toHaveCount(0);
  // Orgs open through their alias logins, which need no root token.
  await popup.filter.fill('Acme Staging');
  await popup.filter.press('Enter');
  expect(await popup.sentOfType('openInstance')).toEqual([
    { type: 'openInstance', orgId: 'org_acme_staging', where: 'current', keepPage: true },
  ]);
  await expect(popup.button('Sign in again')).toBeVisible();
});

test('entries dropped by validation: how many, and a link to Org info', async ({
  popup,
  sandbox,
  context,
}) => {
  await popup.openSignedInAsJane();
  await sandbox.setFaults({ directory: 'hostile' });
  await popup.chooseFromMenu('Refresh');
  const banner = popup.banner(/entries were left out because they failed checks/);
  await expect(banner).toHaveText(/^\d+ entries were left out/);
  const count = Number((await banner.textContent())!.match(/^(\d+)/)![1]);
  expect(count).toBeGreaterThanOrEqual(4);
  await expect(popup.options).not.toHaveCount(0);
  for (const text of await popup.options.allTextContents()) expect(text).not.toMatch(/javascript:|evil/);
  const opened = context.waitForEvent('page');
  await banner.getByRole('button', { name: 'See Org info' }).click();
  await expect(await opened).toHaveURL(/\/options\.html#org-info$/);
});
