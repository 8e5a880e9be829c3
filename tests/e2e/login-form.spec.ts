import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { build } from 'esbuild';

// The login-form rules of the content script, run in real Chromium on small pages: which field may
// be filled (a person can see it: opacity over every ancestor, filters, masks, clips, scale,
// nothing painted above it; enabled) and how it is filled, re-checked and cleared.

let bundle = '';

test.beforeAll(async () => {
  // esbuild (vite's own) bundles the modules with their imports into one script for the page.
  const result = await build({
    stdin: {
      contents: `export * from './lib/content/login-form'; export * from './lib/content/fill-field';`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'loginForm',
  });
  bundle = result.outputFiles[0]!.text;
});

type LoginFormApi = typeof import('../../lib/content/login-form') &
  typeof import('../../lib/content/fill-field');

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
const FIELD = '<input id="email" type="email">';
const wrapped = (style: string) => FORM(`<div style="${style}">${FIELD}</div>`);

/** The published ways to hide a field a content script would fill (issue 11's replay). */
const ATTACKS: [string, string, null][] = [
  ['an ancestor with opacity 0', wrapped('opacity:0'), null],
  ['an ancestor with opacity 0.001', wrapped('opacity:0.001'), null],
  [
    'nested ancestors of opacity 0.3 × 0.3',
    FORM(`<div style="opacity:.3"><div style="opacity:.3">${FIELD}</div></div>`),
    null,
  ],
  [
    'nested ancestors of 0.8 × 0.8 (0.64 < 0.7)',
    FORM(`<div style="opacity:.8"><div style="opacity:.8">${FIELD}</div></div>`),
    null,
  ],
  ['body opacity 0.001', `<style>body{opacity:.001}</style>${FORM(FIELD)}`, null],
  ['html opacity 0', `<style>html{opacity:0}</style>${FORM(FIELD)}`, null],
  [
    'filter: opacity(0) on the field',
    FORM('<input id="email" type="email" style="filter:opacity(0)">'),
    null,
  ],
  ['filter: blur on an ancestor', wrapped('filter:blur(6px)'), null],
  ['filter: brightness(0) on an ancestor', wrapped('filter:brightness(0)'), null],
  ['an SVG filter on an ancestor', wrapped('filter:url(#x)'), null],
  ['mask-image on an ancestor', wrapped('mask-image:linear-gradient(transparent,transparent)'), null],
  ['clip-path on an ancestor', wrapped('clip-path:inset(50%)'), null],
  ['transform: scale(0.01) on an ancestor', wrapped('transform:scale(0.01);transform-origin:0 0'), null],
  ['scale: 0.05 on an ancestor', wrapped('scale:0.05'), null],
  ['content-visibility: hidden on an ancestor', wrapped('content-visibility:hidden'), null],
  [
    'a pointer-events:none overlay above it',
    `${FORM(FIELD)}<div style="position:fixed;inset:0;background:#fff;pointer-events:none">Welcome</div>`,
    null,
  ],
  [
    'a pointer-events:none top-layer popover above it',
    `${FORM(FIELD)}<div popover="manual" id="pop" style="inset:0;width:100vw;height:100vh;margin:0;pointer-events:none">Hi</div>` +
      `<script>document.getElementById('pop').showPopover()</script>`,
    null,
  ],
  [
    'a pointer-events:none overlay inside an open shadow root',
    `${FORM(FIELD)}<div id="host"></div><script>document.getElementById('host').attachShadow({mode:'open'}).innerHTML =
      '<div style="position:fixed;inset:0;background:#fff;pointer-events:none">Hi</div>'</script>`,
    null,
  ],
];

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
    ...ATTACKS,
    [
      'its own floating label over it (allowed)',
      `<form><div style="position:relative"><input id="email" type="email" style="padding-top:16px">` +
        `<label for="email" style="position:absolute;left:4px;top:2px;pointer-events:none">Email</label></div></form>`,
      'email',
    ],
    [
      'an empty transparent pointer-events:none container over the page (allowed)',
      `${FORM('<input id="email" type="email">')}<div style="position:fixed;inset:0;pointer-events:none"></div>`,
      'email',
    ],
    [
      'an invisible honeypot before the visible field: the visible one',
      FORM('<div style="opacity:0"><input id="honeypot" type="email"></div><input id="email" type="email">'),
      'email',
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

test.describe('visibility through shadow hosts', () => {
  for (const [name, hostStyle, visible] of [
    ['a shadow host of opacity 0', 'opacity:0', false],
    ['a shadow host of opacity 0.5', 'opacity:.5', false],
    ['a plain shadow host', '', true],
  ] as const) {
    test(`a field inside ${name} → ${visible ? 'visible' : 'not visible'}`, async ({ page }) => {
      await pageWith(page, `<div id="host" style="${hostStyle}"></div>`);
      const result = await page.evaluate(() => {
        const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
        root.innerHTML = '<input id="inner" type="email" style="margin:20px">';
        const input = root.getElementById('inner') as HTMLInputElement;
        return (window as unknown as { loginForm: LoginFormApi }).loginForm.isUsableField(input);
      });
      expect(result).toBe(visible);
    });
  }
});

test.describe('check, fill, re-check', () => {
  test('a visible field is filled', async ({ page }) => {
    await pageWith(page, FORM(FIELD));
    const outcome = await page.evaluate(async () => {
      const input = document.getElementById('email') as HTMLInputElement;
      return (window as unknown as { loginForm: LoginFormApi }).loginForm.fillVisibleField(
        input,
        'jane.doe+x@acme.test',
      );
    });
    expect(outcome).toEqual({ ok: true });
    await expect(page.locator('#email')).toHaveValue('jane.doe+x@acme.test');
  });

  for (const [name, handler] of [
    ['a focus handler that sets body opacity 0', `document.body.style.opacity = '0'`],
    [
      'an input handler that lays an overlay over the field',
      `document.body.insertAdjacentHTML('beforeend',
      '<div style="position:fixed;inset:0;background:#fff;pointer-events:none">Loading</div>')`,
    ],
  ] as const) {
    test(`${name}: the value is cleared and the fill refused`, async ({ page }) => {
      const event = name.startsWith('a focus') ? 'focus' : 'input';
      await pageWith(
        page,
        `${FORM(FIELD)}<script>
        document.getElementById('email').addEventListener('${event}', () => { ${handler} });</script>`,
      );
      const outcome = await page.evaluate(async () => {
        const input = document.getElementById('email') as HTMLInputElement;
        return (window as unknown as { loginForm: LoginFormApi }).loginForm.fillVisibleField(
          input,
          'jane.doe+x@acme.test',
        );
      });
      expect(outcome).toEqual({ ok: false, reason: 'hidden-while-filling' });
      await expect(page.locator('#email')).toHaveValue('');
    });
  }

  test('hidden between the fill and Next: cleared, not submitted', async ({ page }) => {
    await pageWith(
      page,
      `${FORM(FIELD)}<script>document.forms[0].addEventListener('submit', (e) => {
      e.preventDefault(); document.title = 'submitted'; });</script>`,
    );
    const outcome = await page.evaluate(async () => {
      const { fillVisibleField, submitIfStillVisible } = (window as unknown as { loginForm: LoginFormApi })
        .loginForm;
      const input = document.getElementById('email') as HTMLInputElement;
      await fillVisibleField(input, 'jane.doe+x@acme.test');
      document.documentElement.style.opacity = '0';
      return submitIfStillVisible(input);
    });
    expect(outcome).toEqual({ ok: false, reason: 'hidden-while-filling' });
    await expect(page.locator('#email')).toHaveValue('');
    expect(await page.title()).toBe('');
  });
});
