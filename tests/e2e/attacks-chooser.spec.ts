import type { Frame, Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import type { PopupPage } from './pages/extension-pages';
import { chooserFrame, hasChooser } from './support/chooser';
import { readExtensionStores } from './support/extension-storage';
import type { Sandbox } from './support/sandbox';

// Clickjacking the inline chooser (Marek Tóth, 2025; Bitwarden's fix) at the exact login origin:
// page scripts dress up or hide the chooser, then a real click lands on it. The click must choose
// nothing; once the trick is undone, a real click on another org after 500 ms still signs in there,
// which also proves the first click did nothing.

/** The chooser's host, as the page can find it (its content is in a closed shadow root). */
const HOST = `document.querySelector('body > div[popover]')`;
const IGNORED = /^That choice was ignored: the chooser was covered, faded or had only just appeared/;

const TRICKS: [string, string][] = [
  ['the host’s opacity set to 0', `${HOST}.style.setProperty('opacity', '0', 'important')`],
  ['html opacity 0', `document.documentElement.style.setProperty('opacity', '0', 'important')`],
  ['body opacity 0.001', `document.body.style.setProperty('opacity', '0.001', 'important')`],
  [
    'a pointer-events:none “Click here” popover laid over it',
    `const o = document.createElement('div'); o.popover = 'manual'; o.id = 'trick';
     o.textContent = 'Click here';
     o.style.cssText = 'inset:0;width:100vw;height:100vh;margin:0;pointer-events:none;background:#fff;opacity:.9';
     document.body.append(o); o.showPopover();`,
  ],
  [
    'moved, invisible, under an “Accept cookies” button',
    `const b = document.createElement('button'); b.id = 'trick'; b.textContent = 'Accept cookies';
     b.style.cssText = 'position:fixed;left:20px;bottom:20px;width:340px;height:60px;z-index:9';
     document.body.append(b);
     const h = ${HOST}; h.style.setProperty('opacity', '0', 'important');
     h.style.setProperty('top', (innerHeight - 260) + 'px', 'important');
     h.style.setProperty('left', '20px', 'important');`,
  ],
];

async function openLoginPage(popup: PopupPage, sandbox: Sandbox) {
  await popup.openSignedInAsJane();
  const page = await popup.context.newPage();
  await page.goto(sandbox.url('app.outreach', '/login'));
  return page;
}

/** Types the root email; resolves with the chooser's frame once it has been seen for 500 ms. */
async function offerChooser(page: Page): Promise<Frame> {
  const email = page.getByLabel('Email');
  await email.fill('');
  await email.pressSequentially('jane.doe@acme.test');
  const frame = await chooserFrame(page);
  await expect(frame.getByRole('option')).toHaveCount(4);
  await expect(frame.getByRole('listbox')).toHaveAttribute('aria-disabled', 'false');
  return frame;
}

/** The page point at the middle of an org's option in the chooser. */
async function optionPoint(frame: Frame, name: RegExp) {
  const box = (await frame.getByRole('option', { name }).boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

async function expectNothingChosen(page: Page, serviceWorker: Worker) {
  await expect(page.getByLabel('Email')).toHaveValue('jane.doe@acme.test');
  const { session } = await readExtensionStores(serviceWorker);
  expect(Object.keys(session).filter((key) => key.startsWith('switch.pending.'))).toEqual([]);
}

/** Undoes the trick, offers the chooser again and really clicks A4 Test: it must sign in there. */
async function chooseForReal(page: Page) {
  await page.evaluate(() => {
    document.getElementById('trick')?.remove();
    document.documentElement.style.removeProperty('opacity');
    document.body.style.removeProperty('opacity');
    // The dressed-up host goes too: the next offer draws a fresh one.
    document.querySelector('body > div[popover]')?.remove();
  });
  const frame = await offerChooser(page);
  await frame.getByRole('option', { name: /^Acme A4 Test/ }).click();
  await expect(page.getByTestId('signed-in-as')).toHaveText('Signed in as jane.doe+a4test@acme.test');
}

test.describe('the inline chooser cannot be clickjacked', () => {
  for (const [name, trick] of TRICKS) {
    test(`${name}: a real click chooses nothing`, async ({ popup, sandbox, serviceWorker }) => {
      const page = await openLoginPage(popup, sandbox);
      const frame = await offerChooser(page);
      let point = await optionPoint(frame, /^Acme Staging jane/);
      await page.evaluate(trick);
      if (name.startsWith('moved')) {
        // The button sits right under the (invisible) Acme Staging option: its click is the option's.
        point = await optionPoint(frame, /^Acme Staging jane/);
        await page.evaluate(({ x, y }) => {
          const button = document.getElementById('trick')!;
          button.style.left = `${x - 170}px`;
          button.style.top = `${y - 30}px`;
        }, point);
      }
      if (name.includes('popover')) {
        // Covered: the chooser is removed, and the click lands on the page.
        await expect.poll(() => hasChooser(page), { message: 'covered: removed' }).toBe(false);
        await page.mouse.click(point.x, point.y);
      } else {
        await page.mouse.click(point.x, point.y);
        await expect(frame.getByRole('alert')).toHaveText(IGNORED);
      }
      await expectNothingChosen(page, serviceWorker);
      await chooseForReal(page);
    });
  }

  test('a click within 500 ms of the chooser showing again chooses nothing', async ({
    popup,
    sandbox,
    serviceWorker,
  }) => {
    const page = await openLoginPage(popup, sandbox);
    const frame = await offerChooser(page);
    const listbox = frame.getByRole('listbox');
    const point = await optionPoint(frame, /^Acme Staging jane/);
    await page.evaluate(`${HOST}.style.setProperty('opacity', '0', 'important')`);
    await expect(listbox).toHaveAttribute('aria-disabled', 'true');
    // Shown again, and clicked at once (no actionability wait): well within 500 ms.
    await page.evaluate(`${HOST}.style.setProperty('opacity', '1', 'important')`);
    await page.mouse.click(point.x, point.y);
    await expect(frame.getByRole('alert')).toHaveText(IGNORED);
    await expectNothingChosen(page, serviceWorker);
    await chooseForReal(page);
  });
});
