/** HTML escaping and tiny templating for the sandbox's server-rendered pages. */

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/** Markup that is already safe and must not be escaped again. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export function raw(value: string): SafeHtml {
  return new SafeHtml(value);
}

type Interpolation = SafeHtml | string | number | boolean | null | undefined | Interpolation[];

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(value);
}

/** Tagged template: every interpolated value is escaped unless it is `SafeHtml` (or an array of it). */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

/** A complete page with the sandbox's minimal stylesheet. */
export function page(title: string, body: SafeHtml, options: { brand?: string } = {}): string {
  const brand = options.brand ?? 'Outreach';
  return `<!doctype html>${html`<html lang="en">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>${title} · ${brand}</title>
      <style>
        body {
          font-family: system-ui, sans-serif;
          margin: 0;
          background: #f5f6f8;
          color: #1d2433;
        }
        header {
          background: #1d2433;
          color: #fff;
          padding: 0.75rem 1.5rem;
          font-weight: 600;
        }
        main {
          max-width: 40rem;
          margin: 2rem auto;
          background: #fff;
          padding: 1.5rem 2rem;
          border-radius: 8px;
        }
        label {
          display: block;
          margin: 0.75rem 0 0.25rem;
        }
        input[type='email'],
        input[type='password'],
        input[type='text'] {
          width: 100%;
          padding: 0.5rem;
          box-sizing: border-box;
        }
        button {
          margin-top: 1rem;
          padding: 0.5rem 1.25rem;
        }
        .error {
          color: #b00020;
        }
        table {
          border-collapse: collapse;
          width: 100%;
        }
        th,
        td {
          text-align: left;
          padding: 0.25rem 0.5rem;
          border-bottom: 1px solid #ddd;
        }
        fieldset {
          border: 0;
          padding: 0;
        }
      </style>
    </head>
    <body>
      <header>${brand}</header>
      <main>${body}</main>
    </body>
  </html>`}`;
}
