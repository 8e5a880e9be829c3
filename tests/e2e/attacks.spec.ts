import { expect, test } from './fixtures';
import type { PopupPage } from './pages/extension-pages';
import { readExtensionStores } from './support/extension-storage';
import type { Sandbox } from './support/sandbox';

// The published fill attacks (issue 11), replayed at the org's exact login origin: the real login
// page is replaced by each attack page with request routing, in front of the unmodified build.
// Every attack page must get no alias, while the plain page, in the same run, is filled and sent.

const ALIAS = 'jane.doe+staging@acme.test';
const FIELD = '<label for="email">Email</label><input id="email" name="email" type="email">';
const FORM = (inner = FIELD) => `<form>${inner}<button type="submit">Next</button></form>`;
const wrapped = (style: string) => FORM(`<div style="${style}">${FIELD}</div>`);
/** Records the submission in the title (fields by id) instead of leaving the page. */
const RECORD_SUBMIT = `<script>document.forms[0].addEventListener('submit', (event) => {
  event.preventDefault();
  document.title = 'submitted: ' + [...document.querySelectorAll('input')].map((i) => i.id + '=' + i.value).join(',');
});</script>`;

const page = (body: string) =>
  `<!doctype html><html><head><title>Sign in</title></head><body>${body}${RECORD_SUBMIT}</body></html>`;

type Expected = 'not filled' | string;

const CASES: [string, string, Expected][] = [
  ['the plain login page', FORM(), `submitted: email=${ALIAS}`],
  [
    'an ancestor-hidden honeypot before the visible field',
    FORM(`<div style="opacity:0"><input id="honeypot" name="email" type="email"></div>${FIELD}`),
    `submitted: honeypot=,email=${ALIAS}`,
  ],
  ['an ancestor with opacity 0', wrapped('opacity:0'), 'not filled'],
  ['an ancestor with opacity 0.001', wrapped('opacity:0.001'), 'not filled'],
  ['body opacity 0.001', `<style>body{opacity:.001}</style>${FORM()}`, 'not filled'],
  ['html opacity 0', `<style>html{opacity:0}</style>${FORM()}`, 'not filled'],
  [
    'nested opacity 0.3 × 0.3',
    FORM(`<div style="opacity:.3"><div style="opacity:.3">${FIELD}</div></div>`),
    'not filled',
  ],
  [
    'filter: opacity(0) on the field',
    FORM(FIELD.replace('type="email"', 'type="email" style="filter:opacity(0)"')),
    'not filled',
  ],
  ['mask-image on an ancestor', wrapped('mask-image:linear-gradient(transparent,transparent)'), 'not filled'],
  ['clip-path on an ancestor', wrapped('clip-path:inset(50%)'), 'not filled'],
  ['transform: scale(0.01) on an ancestor', wrapped('transform:scale(.01)'), 'not filled'],
  [
    'a full-page pointer-events:none overlay',
    `${FORM()}<div style="position:fixed;inset:0;background:#fff;pointer-events:none">Welcome back</div>`,
    'not filled',
  ],
  [
    'a pointer-events:none top-layer popover',
    `${FORM()}<div popover="manual" id="pop" style="inset:0;width:100vw;height:100vh;margin:0;pointer-events:none">Hi</div>
     <script>document.getElementById('pop').showPopover()</script>`,
    'not filled',
  ],
  [
    'a pointer-events:none overlay in a closed shadow root',
    `${FORM()}<div id="host"></div><script>document.getElementById('host').attachShadow({ mode: 'closed' }).innerHTML =
      '<div style="position:fixed;inset:0;background:#fff;pointer-events:none">Hi</div>';</script>`,
    'not filled',
  ],
  [
    'a focus handler that sets body opacity 0',
    `${FORM()}<script>document.getElementById('email').addEventListener('focus', () => {
      document.body.style.opacity = '0'; });</script>`,
    'not filled',
  ],
];

const LOGIN_PAGE = /app\.outreach\.localhost:\d+\/login(\?.*)?$/;

/**
 * Opens a switch to Acme Staging in a tab the test made, whose login page is `body`: the tab
 * starts on a page of the app's origin (the app's root would redirect to the login page) and the
 * switch navigates it (`current`). Routes are the tab's own, so tabs can run side by side.
 */
async function openSwitchTab(popup: PopupPage, sandbox: Sandbox, body: string) {
  const tab = await popup.context.newPage();
  await tab.route(LOGIN_PAGE, (route) => route.fulfill({ contentType: 'text/html', body: page(body) }));
  const start = sandbox.url('app.outreach', '/attack-start');
  await tab.route(start, (route) => route.fulfill({ contentType: 'text/html', body: 'Start' }));
  await tab.goto(start);
  await tab.bringToFront();
  const reply = (await popup.request({
    type: 'openInstance',
    orgId: 'org_acme_staging',
    where: 'current',
  })) as {
    value: { tabId: number };
  };
  await tab.waitForURL(LOGIN_PAGE);
  return { tab, tabId: reply.value.tabId };
}

test('every attack page at the login origin gets no alias; the plain page is filled and sent', async ({
  popup,
  sandbox,
  serviceWorker,
}) => {
  test.setTimeout(120_000);
  await popup.openSignedInAsJane();
  const opened = [];
  for (const [, body] of CASES) opened.push(await openSwitchTab(popup, sandbox, body));
  for (const [index, { tab, tabId }] of opened.entries()) {
    const [name, , expected] = CASES[index]!;
    if (expected !== 'not filled') {
      await expect(tab, name).toHaveTitle(expected, { timeout: 20_000 });
      continue;
    }
    // A refused fill ends its pending switch (at once, or after the 10 s wait for a usable form).
    await expect
      .poll(async () => (await readExtensionStores(serviceWorker)).session[`switch.pending.${tabId}`], {
        message: name,
        timeout: 20_000,
      })
      .toBeUndefined();
    await expect(tab, name).toHaveTitle('Sign in');
    for (const input of await tab.locator('input').all()) await expect(input, name).toHaveValue('');
  }
});

test('a field hidden while it is filled is cleared, and the popup says why', async ({ popup, sandbox }) => {
  await popup.openSignedInAsJane();
  const { tab } = await openSwitchTab(popup, sandbox, CASES.at(-1)![1]);
  await expect(tab.locator('body')).toHaveCSS('opacity', '0');
  await expect(tab.getByLabel('Email')).toHaveValue('');
  await expect(tab).toHaveTitle('Sign in');
  await popup.page.bringToFront();
  await popup.page.reload();
  await expect(
    popup.page.getByRole('status').filter({ hasText: 'hid or covered its email field' }),
  ).toHaveText(
    /^The login page hid or covered its email field while jane\.doe\+staging@acme\.test was being filled in/,
  );
});
