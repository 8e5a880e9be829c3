/** The page shells of Outreach mode (every value escaped through `html`). */
import { html, raw } from '../html';
import type { SafeHtml } from '../html';

const STYLE = `
body { font-family: system-ui, sans-serif; margin: 0; background: #f4f5fb; color: #1b1f3b; }
.card { max-width: 26rem; margin: 4rem auto; background: #fff; padding: 2rem; border-radius: 12px; }
label { display: block; margin: 1rem 0 0.25rem; }
input[type='email'], input[type='password'], input[type='text'], select { width: 100%; padding: 0.5rem; box-sizing: border-box; }
button, input[type='submit'] { margin-top: 1rem; padding: 0.5rem 1.25rem; }
.error { color: #b00020; }
footer { text-align: center; font-size: 0.85rem; }
footer a { margin: 0 0.5rem; }
[role='option'], [role='button'] { border: 1px solid #ccd; border-radius: 8px; padding: 0.75rem; margin: 0.5rem 0; cursor: pointer; }
[aria-selected='true'], [aria-pressed='true'] { border-color: #5951ff; background: #eeedff; }
.app-header { display: flex; gap: 1.5rem; align-items: center; background: #1b1f3b; color: #fff; padding: 0.5rem 1.5rem; }
.app-header a { color: #fff; }
.account-menu { margin-left: auto; }
.account-menu summary { cursor: pointer; display: flex; flex-direction: column; }
main.app { max-width: 48rem; margin: 2rem auto; background: #fff; padding: 1.5rem 2rem; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 0.25rem 0.5rem; border-bottom: 1px solid #ddd; }
`;

/** A complete document. `title` is the whole `<title>`. */
export function documentPage(title: string, body: SafeHtml): string {
  return `<!doctype html>${html`<html lang="en">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>${title}</title>
      <style>
        ${raw(STYLE)}
      </style>
    </head>
    <body>
      ${body}
    </body>
  </html>`}`;
}

const FOOTER = html`<footer>
  <a href="https://status.outreach.io/">Status</a>
  <a href="https://www.outreach.io/terms">Terms</a>
  <a href="https://www.outreach.io/privacy">Privacy</a>
</footer>`;

/** Outreach's login-host look: a centred card and the Status/Terms/Privacy footer. */
export function loginShell(content: SafeHtml): string {
  return documentPage(
    'Outreach',
    html`<main class="card">${content}</main>
      ${FOOTER}`,
  );
}

export const errorLine = (error?: string): SafeHtml | string =>
  error ? html`<p class="error" role="alert">${error}</p>` : '';

/** JSON for a `<script type="application/json">`, safe against `</script>`. */
export function pageData(id: string, value: unknown): SafeHtml {
  const json = JSON.stringify(value).replace(/</g, '\\u003c');
  return raw(`<script type="application/json" id="${id}">${json}</script>`);
}

/** An inline script with constant text (no interpolated values: data goes through `pageData`). */
export function inlineScript(source: string): SafeHtml {
  return raw(`<script>${source}</script>`);
}
