import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { seriousViolations } from './support/axe';
import { ACCOUNTS } from './pages/sign-in-window';
import { readExtensionStores } from './support/extension-storage';

const ROOT = 'jane.doe@acme.test';
const ARTICLE_LOGINS = [
  ROOT,
  'jane.doe+a4test@acme.test',
  'jane.doe+staging@acme.test',
  'jane.doe+staging2@acme.test',
];

test('pasted logins get their verdicts: the article’s four are ok, a “-” separator and a foreign domain are not', async ({
  options,
}) => {
  await options.open();
  await options.checkLogins(ROOT, [...ARTICLE_LOGINS, 'jane.doe-staging@acme.test', 'jane.doe+qa@acme.com']);
  await expect(options.verdicts).toHaveCount(6);
  await expect(options.verdicts.filter({ hasText: /OK, / })).toHaveCount(4);
  await expect(options.verdicts.nth(1)).toContainText('OK, tag “a4test”');
  await expect(options.verdicts.nth(4)).toContainText(
    "jane.doe-staging@acme.test uses '-' to separate the tag; use '+'",
  );
  await expect(options.verdicts.nth(5)).toContainText("must use the root email's domain, acme.test");
  const box = options.section('prepare').getByLabel('Instance logins', { exact: true });
  await expect(box).toHaveAttribute('aria-invalid', 'true');
  await expect(box).toHaveAccessibleDescription(/Lines that need attention: 2/);
  await expect(options.page.getByText('4 ok, 2 to fix.')).toBeVisible();
});

test('a repeated login is flagged, and a bad root email is an error of the root field', async ({
  options,
}) => {
  await options.open();
  await options.checkLogins(ROOT, ['jane.doe+staging@acme.test', 'Jane.Doe+STAGING@acme.test']);
  await expect(options.verdicts.nth(1)).toContainText(
    'Duplicate: Jane.Doe+STAGING@acme.test repeats the login on line 1',
  );
  const root = options.section('prepare').getByLabel('Root email', { exact: true });
  await root.fill('jane.doe+x@acme.test');
  await expect(root).toHaveAccessibleDescription(/contains '\+'; the root must be the plain address/);
  await expect(options.verdicts).toHaveCount(0);
});

test('the request names the company, every org and the primary login, and Copy puts it on the clipboard', async ({
  options,
  context,
}) => {
  // Extension origins count as opaque for CDP's per-origin grant, so the grant is for every origin.
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await options.open('#request');
  await options.checkLogins(ROOT, ARTICLE_LOGINS);
  const request = options.section('request');
  await request.getByLabel('Company name').fill('Acme');
  const names = ['Acme Production', 'Acme A4 Test', 'Acme Staging', 'Acme Staging 2'];
  for (const [at, login] of ARTICLE_LOGINS.entries()) {
    await request.getByLabel(`Org name for ${login}`).fill(names[at]!);
  }
  await request.getByLabel('jane.doe+staging@acme.test is the primary login').check();

  const text = options.requestText;
  await expect(text).toHaveValue(/^Enable Cross-instance SSO for Acme\./);
  for (const [at, login] of ARTICLE_LOGINS.entries())
    await expect(text).toHaveValue(new RegExp(`- ${names[at]}: ${login.replace(/[+.]/g, '\\$&')}`));
  await expect(text).toHaveValue(/jane\.doe@acme\.test \(production org, where the root email resides\)/);
  await expect(text).toHaveValue(/Primary login: jane\.doe\+staging@acme\.test \(Acme Staging\)\./);
  await expect(request.getByRole('list', { name: 'Still missing' })).toHaveCount(0);
  for (const step of [
    'Support Portal',
    'Get Help',
    'Add Services',
    'Enable Other Services',
    'Description',
    'Submit',
    'request Id',
  ]) {
    await expect(request.getByRole('listitem').filter({ hasText: step }).first()).toBeVisible();
  }
  await expect(request.getByRole('link', { name: /confirm on Org info/ })).toHaveAttribute(
    'href',
    '#org-info',
  );

  await options.button('Copy description').click();
  await expect(request.getByText('Copied to the clipboard.')).toBeVisible();
  const copied = await options.page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await text.inputValue());
  expect(copied).toContain('Acme A4 Test: jane.doe+a4test@acme.test');
});

test('links from the popup land on their sections', async ({ options }) => {
  for (const id of ['request', 'org-info', 'instances', 'connection']) {
    await options.open(`#${id}`);
    await expect(options.section(id)).toBeInViewport();
    await expect(options.section(id)).toBeFocused();
    await options.page.close();
  }
});

test("after jane's sign-in, Org info shows the feature enabled, the Instance Group ID and four orgs", async ({
  popup,
  options,
}) => {
  await popup.open();
  await popup.signIn(ACCOUNTS.jane);
  await expect(popup.options).toHaveCount(4);
  await options.open('#org-info');
  await expect(options.fact('Cross-instance SSO')).toHaveText('enabled');
  await expect(options.fact('Instance Group ID')).toHaveText('ig_acme_7f3a');
  await expect(options.fact('Root email')).toHaveText(ROOT);
  await expect(options.fact('Role')).toHaveText('Admin');
  await expect(options.orgInfoRows).toHaveCount(4);
  await expect(options.orgInfoRows.filter({ hasText: 'jane.doe+staging2@acme.test' })).toContainText(
    'Staging',
  );
  await expect(options.orgInfoRows.filter({ hasText: 'Acme Production' })).toContainText('Yes');
  await options.button('Refresh').click();
  await expect(options.button('Refresh')).toBeEnabled();
  await options.button('Sign out').click();
  await expect(options.button('Sign in')).toBeVisible();
});

test('manual source: export, add an org to the file, import it after seeing the change, and the popup lists it', async ({
  popup,
  options,
}) => {
  await popup.open();
  await popup.signIn(ACCOUNTS.jane);
  await expect(popup.options).toHaveCount(4);
  await options.open('#instances');
  const list = JSON.parse(await options.exportList()) as {
    rootEmail: string;
    instances: Record<string, unknown>[];
  };
  expect(list.rootEmail).toBe(ROOT);
  expect(list.instances).toHaveLength(4);
  list.instances.push({ name: 'Acme QA', tag: 'qa', environment: 'test' });
  await options.importList(JSON.stringify(list));

  const preview = options.page.getByRole('alertdialog', {
    name: /Importing orgs\.json will make these changes/,
  });
  await expect(preview).toContainText('Added: 1');
  await expect(preview).toContainText('Acme QA');
  await expect(preview).toContainText('Removed: 0');
  await preview.getByRole('button', { name: 'Apply import' }).click();
  await expect(options.page.getByText('Imported orgs.json: 5 orgs saved.')).toBeVisible();

  const again = await popup.open();
  await expect(again.options).toHaveCount(5);
  await expect(again.option(/Acme QA/)).toBeVisible();
});

test('an import with one bad entry changes nothing and names the entry and the field', async ({
  popup,
  options,
  serviceWorker,
}) => {
  await options.open('#instances');
  await saveTwoOrgs(options.page);
  const before = await readExtensionStores(serviceWorker);

  const bad = {
    version: 1,
    rootEmail: ROOT,
    instances: [
      { name: 'Acme Production', tag: '', environment: 'production', primary: true },
      { name: 'Acme Staging', tag: 'staging', environment: 'staging' },
      { name: 'Acme Broken', tag: 'qa team', environment: 'test' },
    ],
  };
  await options.importList(JSON.stringify(bad), 'bad.json');
  const refused = options.page.getByRole('alert').filter({ hasText: 'Nothing was imported from bad.json' });
  await expect(refused).toContainText('Org 3’s “tag”');
  await expect(refused).toContainText("The tag 'qa team'");
  await expect(options.page.getByRole('alertdialog')).toHaveCount(0);

  expect((await readExtensionStores(serviceWorker)).indexedDB).toEqual(before.indexedDB);
  const again = await popup.open();
  await expect(again.options).toHaveCount(2);
});

test('the editor checks every change, keeps what was typed, and asks before a save drops an org', async ({
  options,
  popup,
}) => {
  await options.open('#instances');
  await saveTwoOrgs(options.page);
  const instances = options.section('instances');
  const tag = instances.getByRole('group', { name: /^Org 2/ }).getByLabel('Tag', { exact: true });
  await tag.fill('staging-');
  await expect(tag).toHaveAccessibleDescription(/may only use letters and digits/);
  await options.button('Save list').click();
  await expect(instances.getByText(/Nothing was saved: fix the 1 marked problem/)).toBeVisible();
  await expect(tag).toHaveValue('staging-');

  await tag.fill('staging');
  await instances.getByRole('button', { name: /^Remove Org 2/ }).click();
  await options.button('Save list').click();
  const confirm = options.page.getByRole('alertdialog', { name: /This save removes 1 org/ });
  await expect(confirm).toContainText('Acme Staging');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect((await popup.open()).options).toHaveCount(2);
  await options.page.bringToFront();
  await options.button('Save list').click();
  await options.page.getByRole('button', { name: 'Save and remove' }).click();
  await expect(instances.getByText('Saved 1 orgs.', { exact: false })).toBeVisible();
});

test('connection: a bad custom URL names what is wrong and saves nothing; a good one is saved', async ({
  options,
  serviceWorker,
  sandbox,
}) => {
  await options.open('#connection');
  const connection = options.section('connection');
  await connection.getByLabel('Custom').check();
  const issuer = connection.getByLabel('Issuer (OpenID Connect)');
  await issuer.fill('http://accounts.example.com');
  await options.button('Save connection').click();
  await expect(issuer).toHaveAccessibleDescription(
    /http: is only allowed for localhost; use https:\/\/accounts\.example\.com/,
  );
  await expect(connection.getByText('Nothing was saved: fix the marked fields.')).toBeVisible();
  expect((await readExtensionStores(serviceWorker)).local.settings ?? {}).not.toHaveProperty(
    'connection.profile',
  );

  await issuer.fill(sandbox.url('accounts.outreach'));
  await options.button('Save connection').click();
  await expect(connection.getByText('Connection saved.')).toBeVisible();
  const { local } = await readExtensionStores(serviceWorker);
  expect(local.settings).toMatchObject({
    connection: { profile: 'custom', custom: { allowedHosts: ['*.outreach.localhost'] } },
  });
});

test('shortcuts list the current bindings and where to change them', async ({ options }) => {
  await options.open('#shortcuts');
  const shortcuts = options.section('shortcuts');
  await expect(shortcuts.getByRole('row', { name: /Open the last-used Outreach org/ })).toContainText(
    'Alt+Shift+O',
  );
  await expect(shortcuts.getByText('chrome://extensions/shortcuts')).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no serious or critical violations (${colorScheme})`, async ({ options }) => {
    await options.open();
    await options.checkLogins(ROOT, [...ARTICLE_LOGINS, 'jane.doe-staging@acme.test']);
    await options.section('connection').getByLabel('Custom').check();
    await options.section('connection').getByLabel('Issuer (OpenID Connect)').fill('ftp://x');
    await options.button('Save connection').click();
    await options.button('Save list').click();
    await expect(options.section('instances').getByText(/Nothing was saved/)).toBeVisible();
    expect(await seriousViolations(options.page, [colorScheme])).toEqual([]);
  });
}

test('the page leads with what an admin does, in the help article’s order, with Connection under Advanced', async ({
  options,
}) => {
  await options.open();
  const nav = options.page.getByRole('navigation', { name: 'Sections' });
  await expect(nav.getByRole('link')).toHaveText([
    'Prepare instance logins',
    'Request the feature',
    'Org info',
    'Instance list (manual source)',
    'Shortcuts',
    'Which org am I in?',
    'History of switches',
    'Advanced',
  ]);
  await expect(nav.getByRole('link', { name: 'Prepare instance logins' })).toHaveAttribute(
    'aria-current',
    'location',
  );
  const headings = options.page.locator('main h2');
  await expect(headings.first()).toHaveText('Prepare instance logins');
  await expect(options.page.locator('details#advanced section#connection')).toHaveCount(1);
  await nav.getByRole('link', { name: 'Org info' }).click();
  await expect(nav.getByRole('link', { name: 'Org info' })).toHaveAttribute('aria-current', 'location');
  // Nothing typed yet: no warnings.
  await expect(options.section('request').getByRole('list', { name: 'Still missing' })).toHaveCount(0);
  const label = await options.page.locator('#prepare-root').evaluate((input) => {
    const size = (element: Element | null) => parseFloat(getComputedStyle(element!).fontSize);
    const field = input.closest('.field')!;
    return {
      label: size(field.querySelector('.field__label')),
      hint: size(field.querySelector('.field__hint')),
    };
  });
  expect(label.label).toBeGreaterThan(label.hint);
});

test('10,000 pasted logins: a summary first, 100 rows, more on request, and a readable ticket', async ({
  options,
}) => {
  await options.open();
  const logins = Array.from({ length: 10_000 }, (_, at) =>
    at === 0 ? ROOT : at % 10 === 0 ? `jane.doe-t${at}@acme.test` : `jane.doe+t${at}@acme.test`,
  );
  await options.section('prepare').getByLabel('Root email', { exact: true }).fill(ROOT);
  // As a paste does: the whole text arrives in one input event (typing it would take minutes).
  const box = options.section('prepare').getByLabel('Instance logins', { exact: true });
  await box.evaluate((element: HTMLTextAreaElement, text) => {
    element.value = text;
    element.dispatchEvent(new Event('input', { bubbles: true }));
  }, logins.join('\n'));
  // Checked a slice per frame: a summary while it runs, the counts when done (slow on a loaded machine).
  await expect(
    options.page.getByText(/^(Checking… \d+ of 10000 lines checked so far\.|9001 ok, 999 to fix\.)$/),
  ).toBeVisible();
  await expect(options.page.getByText('9001 ok, 999 to fix.')).toBeVisible({ timeout: 40_000 });
  await expect(options.verdicts).toHaveCount(100);
  await expect(options.page.getByText('Showing lines 1–100 of 10000.')).toBeVisible();
  await options.button('Show 500 more').click();
  await expect(options.verdicts).toHaveCount(600);
  await expect(options.requestText).toHaveValue(/…and 8,951 more orgs/);
  expect((await options.requestText.inputValue()).length).toBeLessThan(5_000);
  // The paste moved out of the box (a 10,000-line textarea costs a frame per key by itself) into
  // the list, where a line is fixed in place, and the box is free for more.
  await expect(box).toHaveValue('');
  await expect(options.page.getByText(/^10000 lines moved from the box to the list below/)).toBeVisible();
  const line2 = options.verdicts.nth(1).getByRole('textbox', { name: 'Line 2' });
  await line2.press('End');
  await line2.press('Backspace');
  await expect(options.page.getByText('9000 ok, 1000 to fix.')).toBeVisible();
  await expect(options.verdicts.nth(1)).toContainText("must use the root email's domain, acme.test");
  await box.fill('jane.doe+more@acme.test');
  await expect(options.page.getByText('9001 ok, 1000 to fix.')).toBeVisible();
});

test('hidden characters are shown as markers and refused; a tag typed with + or as a login gets one message', async ({
  options,
}) => {
  await options.open();
  await options.checkLogins(ROOT, ['jane.doe+sta\u200bging@acme.test']);
  await expect(options.verdicts.first()).toContainText('jane.doe+sta⟨U+200B⟩ging@acme.test');
  await expect(options.verdicts.first()).toContainText('hidden character ⟨U+200B⟩');
  const instances = options.section('instances');
  await instances.getByLabel('Root email').fill(ROOT);
  await options.button('Add org').click();
  const tag = instances.getByRole('group', { name: /^Org 2/ }).getByLabel('Tag', { exact: true });
  await tag.fill('+staging');
  await expect(tag).toHaveAccessibleDescription(/Type the tag without '\+': “staging”/);
  await tag.fill('jane.doe+staging@acme.test');
  await expect(tag).toHaveAccessibleDescription(/Type only the tag, not the whole login/);
  await tag.fill('stag\u200bing');
  await expect(tag).toHaveAccessibleDescription(/⟨U\+200B⟩/);
});

test('1,000 orgs: the limit is stated, the list is paged, and Add org is disabled at the limit with words', async ({
  options,
}) => {
  await options.open('#instances');
  const instances = Array.from({ length: 1000 }, (_, at) => ({
    name: `Org ${at}`,
    tag: at === 0 ? '' : `t${at}`,
    environment: at === 0 ? 'production' : 'staging',
  }));
  await options.importList(JSON.stringify({ version: 1, rootEmail: ROOT, instances }), 'big.json');
  await options.page.getByRole('button', { name: 'Apply import' }).click();
  await expect(options.page.getByText('Imported big.json: 1000 orgs saved.')).toBeVisible();
  const section = options.section('instances');
  await expect(section.getByText('Up to 1000 orgs. This list has 1000.')).toBeVisible();
  await expect(section.getByRole('group', { name: /^Org \d+/ })).toHaveCount(50);
  await expect(section.getByText('Orgs 1–50 of 1000').first()).toBeVisible();
  await expect(options.button('Add org')).toBeDisabled();
  await expect(options.button('Add org')).toHaveAccessibleDescription(/reached the limit of 1000 orgs/);
  await section.getByRole('button', { name: 'Next 50' }).first().click();
  await expect(section.getByRole('group', { name: /^Org 51/ })).toBeVisible();
  const name = section.getByRole('group', { name: /^Org 51/ }).getByLabel('Name', { exact: true });
  await name.fill('Renamed');
  await expect(name).toHaveValue('Renamed');
});

test('imports: an oversized file is refused by its size, an unchanged one says there is nothing to change', async ({
  options,
}) => {
  await options.open('#instances');
  await saveTwoOrgs(options.page);
  await options
    .section('instances')
    .getByLabel('Import JSON…')
    .setInputFiles({
      name: 'huge.json',
      mimeType: 'application/json',
      buffer: Buffer.alloc(20_000_000, 32),
    });
  await expect(options.page.getByRole('alert')).toContainText(
    'The file is 20 MB; the largest instance list this page reads is 1 MB',
  );
  await options.importList(await options.exportList(), 'same.json');
  await expect(
    options.page.getByText('same.json holds the same orgs as the saved list: nothing to change.'),
  ).toBeVisible();
  await expect(options.page.getByRole('button', { name: 'Apply import' })).toHaveCount(0);
  await options.importList('null', 'null.json');
  await expect(options.page.getByRole('alert')).toContainText('not an instance list');
  await expect(options.page.getByRole('alert')).not.toContainText('Invalid input');
});

test('unsaved edits of the instance list survive a reload, and can be discarded', async ({ options }) => {
  await options.open('#instances');
  await saveTwoOrgs(options.page);
  const second = () => options.section('instances').getByRole('group', { name: /^Org 2/ });
  await second().getByLabel('Name', { exact: true }).fill('Acme Staging (edited)');
  await expect
    .poll(() => options.page.evaluate(() => localStorage.getItem('options.manualDraft.v1') ?? ''))
    .toContain('Acme Staging (edited)');
  await options.page.reload();
  await expect(options.page.getByText('Your unsaved changes from last time were restored.')).toBeVisible();
  await expect(second().getByLabel('Name', { exact: true })).toHaveValue('Acme Staging (edited)');
  await options.button('Discard changes').click();
  await expect(second().getByLabel('Name', { exact: true })).toHaveValue('Acme Staging');
  expect(await options.page.evaluate(() => localStorage.getItem('options.manualDraft.v1'))).toBeNull();
});

/** Saves a manual list of two orgs through the editor. */
async function saveTwoOrgs(page: Page): Promise<void> {
  const instances = page.locator('section#instances');
  await instances.getByLabel('Root email').fill(ROOT);
  const first = instances.getByRole('group', { name: /^Org 1/ });
  await first.getByLabel('Name', { exact: true }).fill('Acme Production');
  await page.getByRole('button', { name: 'Add org' }).click();
  const second = instances.getByRole('group', { name: /^Org 2/ });
  await second.getByLabel('Name', { exact: true }).fill('Acme Staging');
  await second.getByLabel('Tag', { exact: true }).fill('staging');
  await expect(second.getByText('Login: jane.doe+staging@acme.test')).toBeVisible();
  await page.getByRole('button', { name: 'Save list' }).click();
  await expect(instances.getByText('Saved 2 orgs.', { exact: false })).toBeVisible();
}
