/**
 * The transport-free request/response shapes of Outreach mode: the same handlers answer the
 * sandbox's Node server (`node.ts`) and Playwright request routing (tests/e2e/support/outreach-routes.ts).
 */

export interface OutreachRequest {
  method: string;
  /** Absolute URL, e.g. `https://login.outreach.io/password`. */
  url: URL;
  /** Request headers, lower-case names (only `cookie` and `content-type` are read). */
  headers: Record<string, string>;
  body: string;
}

export interface OutreachResponse {
  status: number;
  headers: Record<string, string>;
  /** Each a full `Set-Cookie` value. */
  cookies: string[];
  body: string;
}

const NO_STORE = { 'cache-control': 'no-store' };

export function htmlResponse(body: string, status = 200, cookies: string[] = []): OutreachResponse {
  return { status, headers: { ...NO_STORE, 'content-type': 'text/html; charset=utf-8' }, cookies, body };
}

export function jsonResponse(value: unknown, status = 200, cookies: string[] = []): OutreachResponse {
  return {
    status,
    headers: { ...NO_STORE, 'content-type': 'application/json; charset=utf-8' },
    cookies,
    body: JSON.stringify(value),
  };
}

/** A redirect; 303 turns a POST into a GET, 302 is what an app host answers a signed-out GET with. */
export function redirectTo(location: string, cookies: string[] = [], status = 303): OutreachResponse {
  return { status, headers: { ...NO_STORE, location }, cookies, body: '' };
}

/** The cookies a request carries, first occurrence wins. */
export function requestCookies(req: OutreachRequest): Map<string, string> {
  const jar = new Map<string, string>();
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 1) continue;
    const name = part.slice(0, eq).trim();
    if (jar.has(name)) continue;
    try {
      jar.set(name, decodeURIComponent(part.slice(eq + 1).trim()));
    } catch {
      jar.set(name, part.slice(eq + 1).trim());
    }
  }
  return jar;
}

/** Form fields of a urlencoded POST, or the string fields of a JSON POST. */
export function requestFields(req: OutreachRequest): URLSearchParams {
  if ((req.headers['content-type'] ?? '').includes('application/json')) {
    const fields = new URLSearchParams();
    try {
      const parsed: unknown = JSON.parse(req.body || '{}');
      if (parsed && typeof parsed === 'object') {
        for (const [key, value] of Object.entries(parsed)) {
          if (typeof value === 'string') fields.set(key, value);
        }
      }
    } catch {
      // A malformed body has no fields.
    }
    return fields;
  }
  return new URLSearchParams(req.body);
}

/** True when the client wants JSON back (the script-driven pages' `fetch` calls). */
export function wantsJson(req: OutreachRequest): boolean {
  return (req.headers['content-type'] ?? '').includes('application/json');
}

/**
 * The same redirect as a page that navigates by itself (`location.replace`, with a meta refresh as
 * fallback), keeping its cookies. Playwright routing needs it: in Chromium 156 the hop after a
 * *fulfilled* 3xx to a navigation is not (reliably) routed: it goes to the network and fails with
 * net::ERR_NAME_NOT_RESOLVED (always after a GET; as a failed duplicate after a POST's 303).
 * See microsoft/playwright#33882.
 */
export function asClientRedirect(response: OutreachResponse): OutreachResponse {
  const location = response.headers.location;
  if (!location || response.status < 300 || response.status >= 400) return response;
  const attr = location.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const script = JSON.stringify(location).replace(/</g, '\\u003c');
  const body =
    `<!doctype html><html lang="en"><head><meta charset="utf-8">` +
    `<meta http-equiv="refresh" content="0; url=${attr}"><title>Redirecting…</title></head>` +
    `<body><p>Redirecting to <a href="${attr}">${attr}</a>…</p>` +
    // On load, so the page's own request has finished before the next navigation starts.
    `<script>addEventListener('load', () => location.replace(${script}));</script></body></html>`;
  return htmlResponse(body, 200, response.cookies);
}
