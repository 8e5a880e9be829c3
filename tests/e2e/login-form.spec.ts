import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { transformWithEsbuild } from 'vite';

// The login-form rules of the content script, run in real Chromium on small pages: which field may
// be filled (visible, non-zero size, not covered, enabled) and how it is filled.

const SOURCE = 'lib/content/login-form.ts';
let bundle = '';

test.beforeAll(async () => {
  const { code } = await transformWithEsbuild(readFileSync(SOURCE, 'utf8'), SOURCE, {
    format: 'iife',
    globalName: 'loginForm',
  });
  bundle = code;
});

type LoginFormApi = typeof import('../../lib/content/login-form');

async function pageWith(page: Page, body: string): Promise<void> {
  await page.setContent(`<!doctype html><html><body style="margin:0">${body}</body></html>`);
  await page.addScriptTag({ content: bundle });
}

const foundField = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { loginForm: LoginFormApi }).loginForm.findLoginField()?.id ?? null,
  );

const FORM = (input: string) =>
  `<form action="/nowhere"><label for="email">Email</label>${input}<button type="submit">Next</button></form>`;

test.describe('findLoginField', () => {
  for (const [name, body, expected] of [
    ['a visible email field', FORM('<input id="email" type="email">'), 'email'],
    ['a field found by autocomplete=username', FORM('<input id="email" autocomplete="username">'), 'email'],
    [
      'a field below the fold (scrolled into view)',
      `<div style="height:3000px"></div>${FORM('<input id="email" type="email">')}`,
      'email',
    ],
    ['display: none', FORM('<input id="email" type="email" style="display:none">'), null],
    ['visibility: hidden', FORM('<input id="email" type="email" style="visibility:hidden">'), null],
    ['opacity: 0', FORM('<input id="email" type="email" style="opacity:0">'), null],
    ['zero size', FORM('<input id="email" type="email" style="width:0;height:0;padding:0;border:0">'), null],
    [
      'a 1-pixel field',
      FORM('<input id="email" type="email" style="width:1px;height:1px;padding:0;border:0">'),
      null,
    ],
    ['disabled', FORM('<input id="email" type="email" disabled>'), null],
    ['read-only', FORM('<input id="email" type="email" readonly>'), null],
    [
      'covered by another element',
      `${FORM('<input id="email" type="email">')}<div style="position:fixed;inset:0;background:white"></div>`,
      null,
    ],
    [
      'only a decoy text field is visible',
      FORM('<input id="decoy" name="decoy" type="text"><input id="email" type="email" style="display:none">'),
      null,
    ],
    [
      'a password field is never the login field',
      FORM('<input id="pw" type="password" name="username">'),
      null,
    ],
  ] as const) {
    test(`${name} → ${expected ?? 'not filled'}`, async ({ page }) => {
      await pageWith(page, body);
      expect(await foundField(page)).toBe(expected);
    });
  }
});

test('fillField sets the value through the native setter and fires input and change', async ({ page }) => {
  await pageWith(page, FORM('<input id="email" type="email">'));
  const events = await page.evaluate(() => {
    const seen: string[] = [];
    const input = document.getElementById('email') as HTMLInputElement;
    // A framework-style value tracker: it only sees values set through the prototype's setter.
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    Object.defineProperty(input, 'value', {
      configurable: true,
      get: () => input.getAttribute('data-value') ?? '',
      set: (value: string) => {
        seen.push(`own setter: ${value}`);
        setter.call(input, value);
      },
    });
    for (const type of ['input', 'change']) input.addEventListener(type, () => seen.push(type));
    (window as unknown as { loginForm: LoginFormApi }).loginForm.fillField(
      input,
      'jane.doe+staging@acme.test',
    );
    return { seen, focused: document.activeElement === input };
  });
  // The instance's own setter (the tracker) was bypassed, so the framework sees a changed value.
  expect(events.seen).toEqual(['input', 'change']);
  expect(events.focused).toBe(true);
  expect(
    await page.evaluate(() => {
      const getter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.get!;
      return getter.call(document.getElementById('email'));
    }),
  ).toBe('jane.doe+staging@acme.test');
});

test('submitField presses the form’s Next', async ({ page }) => {
  await pageWith(page, FORM('<input id="email" type="email">'));
  const submitter = await page.evaluate(
    () =>
      new Promise<string>((done) => {
        const input = document.getElementById('email') as HTMLInputElement;
        input.form!.addEventListener('submit', (event) => {
          event.preventDefault();
          done((event as SubmitEvent).submitter?.textContent ?? '');
        });
        (window as unknown as { loginForm: LoginFormApi }).loginForm.submitField(input);
      }),
  );
  expect(submitter).toBe('Next');
});
