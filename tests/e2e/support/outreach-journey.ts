import type { Page } from '@playwright/test';
import type { PopupPage } from '../pages/extension-pages';
import type { SelectMarkup } from '../../../sandbox/outreach/switches';
import { clickInClosedShadow, expect, nextTab } from './outreach-extension';

export const ROOT = 'jane.doe@acme.test';
export const ACME = ['Acme Production', 'Acme A4 Test', 'Acme Staging', 'Acme Staging 2'];
/** The `+` tags the person gives when saving the captured list (Acme Production is the root's). */
export const TAGS: Record<string, string> = {
  'Acme A4 Test': 'a4test',
  'Acme Staging': 'staging',
  'Acme Staging 2': 'staging2',
};

/** Expects the app to show this org and login in its account menu. */
export async function expectOrg(tab: Page, org: string, login: string): Promise<void> {
  await expect(tab.getByTestId('account-org-name')).toHaveText(org);
  await expect(tab.getByTestId('account-user-email')).toHaveText(login);
}

/**
 * Sign in once on Outreach's pages from the popup's first action: the extension opens the login
 * page; the person types the root email, passes SSO, and Outreach shows its selection window.
 */
export async function signInOnOutreach(popup: PopupPage, loginOrigin: string): Promise<Page> {
  await popup.open();
  await expect(popup.stateTitle).toHaveText('Sign in to see your orgs');
  const opened = nextTab(popup.context);
  await popup.button('Sign in on Outreach').click();
  const tab = await opened;
  await expect(tab).toHaveURL(`${loginOrigin}/`);
  await tab.getByLabel(/^Email/).fill(ROOT);
  await tab.getByRole('button', { name: 'Continue' }).click();
  await expect(tab.getByRole('heading', { name: 'Acme SSO' })).toBeVisible();
  await tab.getByLabel('Password').fill('jane-sso-pass');
  await tab.getByRole('button', { name: 'Sign in' }).click();
  await expect(tab.getByRole('heading', { name: 'Select an org' })).toBeVisible();
  return tab;
}

/** The popup offers the window's orgs; the person gives the known tags and saves. */
export async function saveOfferInPopup(popup: PopupPage): Promise<void> {
  await popup.page.reload();
  await expect(popup.stateTitle).toHaveText('Save these orgs as your list?');
  for (const name of ACME) await expect(popup.page.getByText(name, { exact: true })).toBeVisible();
  for (const [name, tag] of Object.entries(TAGS))
    await popup.page.getByLabel(`+ tag of ${name}`, { exact: true }).fill(tag);
  await popup.button('Save the list').click();
  await expect(popup.options).toHaveCount(4);
}

/** The in-page offer: its Save is pressed with a real click inside its closed shadow root. */
export async function saveOfferInPage(tab: Page): Promise<void> {
  await expect.poll(() => hasButton(tab, 'Save as my list')).toBe(true);
  await clickInClosedShadow(tab, 'Save as my list');
}

async function hasButton(tab: Page, name: string): Promise<boolean> {
  const cdp = await tab.context().newCDPSession(tab);
  try {
    type AxNode = {
      role?: { value?: string };
      name?: { value?: string };
      properties?: { name: string; value: { value?: unknown } }[];
    };
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
    const isEnabled = (node: AxNode) =>
      !node.properties?.some((p) => p.name === 'disabled' && p.value.value === true);
    return nodes.some(
      (node) => node.role?.value === 'button' && node.name?.value === name && isEnabled(node),
    );
  } finally {
    await cdp.detach();
  }
}

/** The person picks an org in Outreach's selection window by hand, in each markup. */
export async function pickByHand(tab: Page, markup: SelectMarkup, name: string): Promise<void> {
  const pick = {
    radios: () => tab.getByRole('radio', { name, exact: true }).check(),
    cards: () => tab.getByRole('option', { name, exact: true }).click(),
    tiles: () => tab.getByRole('button', { name, exact: true }).click(),
    select: () =>
      tab
        .getByLabel('Org', { exact: true })
        .selectOption({ label: name })
        .then(() => undefined),
    links: () => tab.getByRole('link', { name, exact: true }).click(),
  };
  await pick[markup]();
  if (markup !== 'links') await tab.getByRole('button', { name: 'Next' }).click();
}

/** The org each tab's last `openOrg` went to: the next one waits until the background saw it land. */
const lastOpened = new WeakMap<Page, string>();

/**
 * Opens an org from the popup in the Outreach tab (`current`), as the popup's Enter does. After an
 * earlier `openOrg` in this tab, it first waits until the background has recorded that landing (the
 * content script reports it once the app shows the org, a moment after the page does): a person
 * cannot switch again inside that moment, a test can, and the org being left would then not be
 * known, so its session would not be saved.
 */
export async function openOrg(popup: PopupPage, tab: Page, orgName: string): Promise<{ restored: boolean }> {
  type Listed = { value: { group: { instances: { orgId: string; name: string }[] } } };
  const listed = (await popup.request({ type: 'listInstances' })) as Listed;
  const org = listed.value.group.instances.find((instance) => instance.name === orgName)!;
  const previous = lastOpened.get(tab);
  if (previous)
    await expect
      .poll(async () => {
        const status = (await popup.request({ type: 'getSessionStatus' })) as {
          value: { activeOrgId: string | null };
        };
        return status.value.activeOrgId;
      })
      .toBe(previous);
  lastOpened.set(tab, org.orgId);
  await tab.bringToFront();
  const reply = (await popup.request({ type: 'openInstance', orgId: org.orgId, where: 'current' })) as {
    value: { restored: boolean };
  };
  return reply.value;
}
