import { expect, test } from './fixtures';
import type { PopupPage } from './pages/extension-pages';
import { seriousViolations } from './support/axe';
import { ACCOUNTS } from './pages/sign-in-window';
import { stopServiceWorker } from './support/service-worker';
import { nextTab } from './support/navigation-log';

// The selection window (issue 5): what it lists, how the keyboard drives it, and each state it
// explains. Fault-driven states are in popup.faults.spec.ts.

const JANE_ORGS = ['Acme Production', 'Acme A4 Test', 'Acme Staging', 'Acme Staging 2'];
/** An org's option by its name, not matching a longer name ("Acme Staging" is not "Acme Staging 2"). */
const exactly = (name: string) => new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?! \\d)`);

test('after sign-in the popup lists the four orgs, primary first and marked, with environment badges', async ({
  popup,
}) => {
  await popup.openSignedInAsJane({ recording: true });
  await expect(popup.filter).toBeFocused();
  await expect(popup.options).toHaveText(JANE_ORGS.map(exactly));

  const production = popup.option(exactly('Acme Production'));
  await expect(production).toContainText('jane.doe@acme.test');
  await expect(production.getByText('Primary', { exact: true })).toBeVisible();
  await expect(production.getByText('Production', { exact: true })).toBeVisible();
  for (const [name, login, environment] of [
    ['Acme A4 Test', 'jane.doe+a4test@acme.test', 'Test'],
    ['Acme Staging', 'jane.doe+staging@acme.test', 'Staging'],
    ['Acme Staging 2', 'jane.doe+staging2@acme.test', 'Staging'],
  ]) {
    const option = popup.option(exactly(name!));
    await expect(option).toContainText(login!);
    await expect(option.getByText(environment!, { exact: true })).toBeVisible();
    await expect(option.getByText('Primary', { exact: true })).toHaveCount(0);
  }

  // Production stands out: its badge is not painted like the others.
  const look = (name: string, badge: string) =>
    popup
      .option(exactly(name))
      .getByText(badge, { exact: true })
      .evaluate((element) => {
        const style = getComputedStyle(element);
        return `${style.backgroundColor} ${style.fontWeight}`;
      });
  const productionLook = await look('Acme Production', 'Production');
  expect(productionLook).not.toBe(await look('Acme Staging', 'Staging'));
  expect(productionLook).not.toBe(await look('Acme A4 Test', 'Test'));

  // The first option is the active descendant of the filter box, and it is shown as selected.
  await expect(production).toHaveAttribute('aria-selected', 'true');
  const activeId = await production.getAttribute('id');
  await expect(popup.filter).toHaveAttribute('aria-activedescendant', activeId!);
});

test('the keyboard filters, moves, opens (here or in a new tab) and clears', async ({ popup }) => {
  await popup.openSignedInAsJane({ recording: true });
  await popup.filter.pressSequentially('stag');
  await expect(popup.options).toHaveText([exactly('Acme Staging'), exactly('Acme Staging 2')]);

  await popup.filter.press('ArrowDown');
  await expect(popup.option(exactly('Acme Staging 2'))).toHaveAttribute('aria-selected', 'true');
  await expect(popup.option(exactly('Acme Staging'))).toHaveAttribute('aria-selected', 'false');
  await popup.filter.press('Enter');
  // The switching issue makes this land in the org; until then the request sent is asserted.
  expect(await popup.sentOfType('openInstance')).toEqual([
    { type: 'openInstance', orgId: 'org_acme_staging2', where: 'current', keepPage: true },
  ]);

  await popup.filter.press('ArrowUp');
  await expect(popup.option(exactly('Acme Staging'))).toHaveAttribute('aria-selected', 'true');
  await popup.filter.press('Control+Enter');
  await expect
    .poll(async () => (await popup.sentRequests()).filter((request) => request.type === 'openInstance'))
    .toEqual([
      { type: 'openInstance', orgId: 'org_acme_staging2', where: 'current', keepPage: true },
      { type: 'openInstance', orgId: 'org_acme_staging', where: 'new', keepPage: true },
    ]);

  await popup.filter.press('Escape');
  await expect(popup.filter).toHaveValue('');
  await expect(popup.options).toHaveCount(4);

  // The filter matches tags and logins too, every word of it.
  await popup.filter.fill('a4test');
  await expect(popup.options).toHaveText([exactly('Acme A4 Test')]);
  await popup.filter.fill('acme 2');
  await expect(popup.options).toHaveText([exactly('Acme Staging 2')]);
  await popup.filter.fill('nothing like this');
  await expect(popup.options).toHaveCount(0);
  await expect(popup.page.getByText('No org matches “nothing like this”.')).toBeVisible();
  await expect(popup.button('Next')).toBeDisabled();
});

test('Next and a click open the chosen org (Ctrl or middle click: a new tab); End and Home move to the ends', async ({
  popup,
}) => {
  await popup.openSignedInAsJane({ recording: true });
  await popup.filter.press('End');
  await expect(popup.option(exactly('Acme Staging 2'))).toHaveAttribute('aria-selected', 'true');
  await popup.filter.press('Home');
  await expect(popup.option(exactly('Acme Production'))).toHaveAttribute('aria-selected', 'true');
  await popup.filter.press('ArrowDown');
  await popup.button('Next').click();
  await popup.option(exactly('Acme Staging')).click({ modifiers: ['ControlOrMeta'] });
  await popup.option(exactly('Acme Staging 2')).click({ button: 'middle' });
  await expect
    .poll(async () => (await popup.sentRequests()).filter((request) => request.type === 'openInstance'))
    .toEqual([
      { type: 'openInstance', orgId: 'org_acme_a4test', where: 'current', keepPage: true },
      { type: 'openInstance', orgId: 'org_acme_staging', where: 'new', keepPage: true },
      { type: 'openInstance', orgId: 'org_acme_staging2', where: 'new', keepPage: true },
    ]);
});

test('bob, who is not an admin, is told so and can sign in with another account', async ({ popup }) => {
  await popup.open();
  await popup.signIn(ACCOUNTS.bob);
  await expect(popup.stateTitle).toHaveText('For Outreach admins only');
  await expect(popup.page.getByText('bob@acme.test is not an admin.')).toBeVisible();
  await expect(popup.list).toHaveCount(0);
  await popup.button('Sign in with another account').click();
  await expect(popup.stateTitle).toHaveText('Sign in to see your orgs');
});

test('carol, whose request is filed, is told so (not to write it) and can check again or see Org info', async ({
  popup,
  context,
}) => {
  await popup.open();
  await popup.signIn(ACCOUNTS.carol);
  await expect(popup.stateTitle).toHaveText('Your request is filed');
  await expect(popup.page.getByText('Once Outreach support turns it on, your orgs show here.')).toBeVisible();
  await expect(popup.button('Write the request')).toHaveCount(0);
  await popup.button('Check again').click();
  await expect(popup.stateTitle).toHaveText('Your request is filed');
  const opened = context.waitForEvent('page');
  await popup.button('See Org info').click();
  await expect(await opened).toHaveURL(/\/options\.html#org-info$/);
});

test('an empty group (manual source, no orgs yet) says so and leads to the options page', async ({
  popup,
  context,
}) => {
  await popup.open();
  await popup.request({ type: 'setSource', source: 'manual' });
  await popup.page.reload();
  await expect(popup.stateTitle).toHaveText('No orgs yet');
  await expect(popup.page.getByText('Add your orgs on the options page')).toBeVisible();
  const opened = context.waitForEvent('page');
  await popup.button('Add orgs').click();
  await expect(await opened).toHaveURL(/\/options\.html#instances$/);
});

test('the popup opens from its cache with the service worker stopped', async ({ popup, context }) => {
  await popup.openSignedInAsJane({ recording: true });
  await stopServiceWorker(popup.page);
  await popup.page.close();
  // Replies are held back: whatever shows comes from the popup's own snapshot and cache, not the worker.
  const cached = await popup.openRecording({ holdReplies: true });
  await expect(cached.options).toHaveText(JANE_ORGS.map(exactly));
  await expect(cached.page.getByText('Signed in as jane.doe@acme.test')).toBeVisible();
  // Only reads were asked (the state, and the pins, session status and kept page painted beside it).
  // The list on screen may be the first paint's, before the app has asked anything: wait for them.
  const asked = async () => (await cached.sentRequests()).map((request) => request.type).sort();
  await expect.poll(asked).toEqual(['getKeptPage', 'getPopupState', 'getSessionStatus', 'listPins']);
  // Without the first-paint snapshot too: the popup reads the list from IndexedDB itself.
  await cached.page.evaluate(() => localStorage.clear());
  await stopServiceWorker(cached.page);
  await cached.page.reload();
  await expect(cached.options).toHaveText(JANE_ORGS.map(exactly));
  await expect.poll(asked).toContain('getPopupState');
  // And once the worker answers, the same list stays.
  await cached.page.close();
  const live = await popup.open();
  await expect(live.options).toHaveCount(4);
  expect(context.serviceWorkers().length).toBeGreaterThan(0);
});

test('no serious accessibility violations when signed out, light and dark', async ({ popup }) => {
  await popup.open();
  await expect(popup.stateTitle).toHaveText('Sign in to see your orgs');
  expect(await seriousViolations(popup.page)).toEqual([]);
});

test('no serious accessibility violations in the list, light and dark, filtered or not', async ({
  popup,
}) => {
  await popup.openSignedInAsJane({ recording: true });
  expect(await seriousViolations(popup.page)).toEqual([]);
  await popup.filter.fill('stag');
  await expect(popup.options).toHaveCount(2);
  await popup.filter.press('ArrowDown');
  expect(await seriousViolations(popup.page)).toEqual([]);
  await popup.filter.fill('nothing like this');
  await expect(popup.options).toHaveCount(0);
  expect(await seriousViolations(popup.page)).toEqual([]);
});

test('focus is visible on the filter, the active option and every button', async ({ popup }) => {
  await popup.openSignedInAsJane({ recording: true });
  const outline = (locator: ReturnType<typeof popup.page.locator>) =>
    locator.evaluate((element) => {
      const style = getComputedStyle(element);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
  for (const colorScheme of ['light', 'dark'] as const) {
    await popup.page.emulateMedia({ colorScheme });
    await popup.filter.focus();
    expect(await outline(popup.filter)).toEqual({ style: 'solid', width: 2 });
    expect(await outline(popup.option(exactly('Acme Production')))).toEqual({ style: 'solid', width: 2 });
    await popup.page.keyboard.press('Tab');
    const focused = popup.page.locator(':focus');
    await expect(focused).toHaveRole('button');
    expect(await outline(focused)).toEqual({ style: 'solid', width: 2 });
  }
});

test('usable at 200% zoom: the list reflows without horizontal scrolling and still works', async ({
  popup,
}) => {
  await popup.openSignedInAsJane({ recording: true });
  // A popup is at most 800×600 device pixels; at 200% zoom that is 400×300 CSS pixels. The popup's
  // own 380 px fit; the real toolbar popup at 200% is checked in popup-real.spec.ts.
  for (const width of [400]) {
    await popup.page.setViewportSize({ width, height: 300 });
    const overflow = await popup.page.evaluate(() => {
      const list = document.querySelector('[role=listbox]')!;
      return {
        page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        list: list.scrollWidth - list.clientWidth,
      };
    });
    expect(overflow).toEqual({ page: 0, list: 0 });
    for (const option of await popup.options.all()) {
      const box = (await option.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(width);
    }
  }
  await popup.filter.fill('stag');
  await popup.filter.press('ArrowDown');
  await expect(popup.option(exactly('Acme Staging 2'))).toHaveAttribute('aria-selected', 'true');
  await popup.button('Next').scrollIntoViewIfNeeded();
  await expect(popup.button('Next')).toBeInViewport();
});

test('the org the browser is in is marked “You are here” (words and icon) and is never the default Enter target', async ({
  popup,
}) => {
  await popup.openSignedInAsJane();
  await expect(popup.options.first()).toHaveAccessibleName(/^Acme Production /);
  await popup.filter.fill('Acme Production');
  const production = await nextTab(popup.context, () => popup.filter.press('Enter'));
  await expect(production.getByTestId('org-name')).toHaveText('Acme Production');
  await popup.page.bringToFront();
  await popup.page.reload();
  const here = popup.option(/^Acme Production /);
  await expect(here).toHaveAccessibleName(/You are here/);
  await expect(here.locator('.badge--here svg')).toHaveCount(1);
  // The first row is the org the browser is in: Enter's default is the next one.
  await expect(here).toHaveAttribute('aria-selected', 'false');
  await expect(popup.option(/^Acme A4 Test /)).toHaveAttribute('aria-selected', 'true');
  // Recent use is shown on the row, and the order did not change.
  await expect(here).toContainText('used just now');
  await expect(popup.options).toHaveText([
    /^Acme Production/,
    /^Acme A4 Test/,
    /^Acme Staging(?! 2)/,
    /^Acme Staging 2/,
  ]);
});

test('while in Acme Staging 2, “Acme Staging” + Enter opens Acme Staging (exact match first)', async ({
  popup,
}) => {
  await popup.openSignedInAsJane();
  await popup.filter.fill('Acme Staging 2');
  const tab = await nextTab(popup.context, () => popup.filter.press('Enter'));
  await expect(tab.getByTestId('org-name')).toHaveText('Acme Staging 2');
  await popup.page.close();
  await popup.openRecording();
  await expect(popup.option(/^Acme Staging 2 /)).toHaveAccessibleName(/You are here/);
  await popup.filter.fill('Acme Staging');
  await expect(popup.options).toHaveText([/^Acme Staging(?! 2)/, /^Acme Staging 2/]);
  await popup.filter.press('Enter');
  expect(await popup.sentOfType('openInstance')).toEqual([
    { type: 'openInstance', orgId: 'org_acme_staging', where: 'current', keepPage: true },
  ]);
});

test('the header keeps one line; its menu (keyboard too) copies the Instance Group ID, refreshes and signs out after a confirmation', async ({
  popup,
}) => {
  await popup.openSignedInAsJane();
  const header = popup.page.locator('header');
  expect((await header.boundingBox())!.height).toBeLessThan(44);
  expect(await popup.menuItems()).toEqual(['Copy the Instance Group ID', 'Refresh', 'Sign out']);
  // Keyboard: the menu button opens on ArrowDown, arrows move, Escape closes and returns focus.
  const more = popup.button('More');
  await more.focus();
  await popup.page.keyboard.press('ArrowDown');
  await expect(popup.page.getByRole('menuitem', { name: 'Copy the Instance Group ID' })).toBeFocused();
  await popup.page.keyboard.press('ArrowDown');
  await expect(popup.page.getByRole('menuitem', { name: 'Refresh' })).toBeFocused();
  await popup.page.keyboard.press('Escape');
  await expect(popup.page.getByRole('menu')).toHaveCount(0);
  await expect(more).toBeFocused();

  await popup.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await popup.chooseFromMenu('Copy the Instance Group ID');
  await expect(popup.banner('Instance Group ID copied.')).toBeVisible();
  expect(await popup.page.evaluate(() => navigator.clipboard.readText())).toMatch(/^ig_/);

  await popup.chooseFromMenu('Sign out');
  await expect(popup.stateTitle).toHaveText('Sign out?');
  await popup.button('Cancel').click();
  await expect(popup.options).toHaveCount(4);
  await popup.chooseFromMenu('Sign out');
  await confirmSignOut(popup);
  // Signed out: the list stays openable, and Sign in is offered.
  await expect(popup.banner("You're signed out. Orgs still open through their own sign-in.")).toBeVisible();
  await expect(popup.options).toHaveCount(4);
  expect(await popup.menuItems()).toEqual(['Copy the Instance Group ID', 'Sign out']);
});

test('a list opened with a banner shows it from its first frame with the list: nothing moves down', async ({
  popup,
}) => {
  await popup.openSignedInAsJane();
  await popup.chooseFromMenu('Sign out');
  await confirmSignOut(popup);
  const signedOut = "You're signed out. Orgs still open through their own sign-in.";
  await expect(popup.banner(signedOut)).toBeVisible();
  // Signed out is not a plain list: the next open has no first paint, and the app renders the list
  // and its banner (from a lazy chunk) itself. In the first frame with an option, the banner is there.
  const next = await popup.context.newPage();
  await next.addInitScript(() => {
    const check = () => {
      if (!document.querySelector('[role="option"]')) return void requestAnimationFrame(check);
      const banner = document.querySelector('.banner');
      (globalThis as unknown as { __bannerWithList: string | null }).__bannerWithList =
        banner?.textContent ?? null;
    };
    requestAnimationFrame(check);
  });
  await next.goto(popup.url());
  await next.waitForFunction(() => '__bannerWithList' in globalThis);
  expect(
    await next.evaluate(
      () => (globalThis as unknown as { __bannerWithList: string | null }).__bannerWithList,
    ),
  ).toContain(signedOut.slice(0, 20));
});

test('the manual source shows no pseudo Instance Group ID and can be signed out', async ({ popup }) => {
  await popup.open();
  await popup.request({
    type: 'setManualInstances',
    list: {
      version: 1,
      rootEmail: 'jane.doe@acme.test',
      instances: [
        { name: 'Acme Production', tag: '', environment: 'production', primary: true },
        { name: 'evil \u202EStaging', tag: 'staging', environment: 'staging' },
      ],
    },
  });
  await popup.page.reload();
  await expect(popup.options).toHaveCount(2);
  await expect(popup.page.getByText(/manual:/)).toHaveCount(0);
  expect(await popup.page.content()).not.toContain('manual:');
  expect(await popup.menuItems()).toEqual(['Sign out']);
  // The imported right-to-left override is gone, and names are isolated.
  await expect(popup.option(/^evil Staging /)).toBeVisible();
  const bidi = await popup.page
    .locator('.org__name')
    .first()
    .evaluate((element) => getComputedStyle(element).unicodeBidi);
  expect(bidi).toBe('isolate');
});

test('signing in shows progress with Cancel, which abandons the flow cleanly', async ({ popup }) => {
  await popup.open();
  const window = popup.context.waitForEvent('page', {
    predicate: (page) => page.url().includes('accounts.outreach.localhost'),
  });
  await popup.button('Sign in').click();
  await window;
  await expect(popup.stateTitle).toHaveText('Signing in…');
  await expect(popup.page.getByRole('progressbar')).toBeVisible();
  await popup.button('Cancel').click();
  await expect(popup.stateTitle).toHaveText('Sign in to see your orgs');
  await expect(popup.page.getByText(/was cancelled/)).toHaveCount(0);
  // A new sign-in works at once.
  await popup.signIn(ACCOUNTS.jane);
  await expect(popup.options).toHaveCount(4);
});

test('a 1,000-character filter never widens the popup', async ({ popup }) => {
  await popup.openSignedInAsJane();
  const before = await popup.page.evaluate(
    () => document.querySelector('.popup')!.getBoundingClientRect().width,
  );
  await popup.filter.fill('x'.repeat(1000));
  await expect(popup.page.getByText(/^No org matches/)).toBeVisible();
  const after = await popup.page.evaluate(() => ({
    width: document.querySelector('.popup')!.getBoundingClientRect().width,
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  }));
  expect(after).toEqual({ width: before, overflow: 0 });
});

/** The sign-out confirmation's own Sign out button (the header menu's item has the same name). */
async function confirmSignOut(popup: PopupPage) {
  await popup.page
    .getByRole('region')
    .or(popup.page.locator('.state'))
    .getByRole('button', { name: 'Sign out' })
    .click();
}
