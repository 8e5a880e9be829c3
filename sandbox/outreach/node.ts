/** Serving an Outreach world from the sandbox's Node server, and its control endpoint. */
import { z } from 'zod';
import { isLoopbackAddress, readBody, sendJson } from '../net';
import type { Req, Res } from '../net';
import type { OutreachResponse } from './http';
import { LOCAL_HOSTS } from './hosts';
import { switchesSchema } from './switches';
import type { OutreachWorld } from './world';

/** True when a request to the sandbox belongs to Outreach mode (by host, and path on shared hosts). */
export function isOutreachRequest(host: string, path: string): boolean {
  if (host === LOCAL_HOSTS.web || host === LOCAL_HOSTS.login) return true;
  if (host === LOCAL_HOSTS.accounts) return path.startsWith('/users/');
  if (host === LOCAL_HOSTS.idp) return path.startsWith('/saml/');
  return false;
}

function writeResponse(res: Res, response: OutreachResponse): void {
  res.writeHead(response.status, {
    ...response.headers,
    'content-length': Buffer.byteLength(response.body),
    ...(response.cookies.length ? { 'set-cookie': response.cookies } : {}),
  });
  res.end(response.body);
}

/** Answers one Node request from the world. */
export async function serveOutreach(world: OutreachWorld, req: Req, res: Res): Promise<void> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers[name] = value;
  }
  const body = req.method === 'POST' ? await readBody(req) : '';
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'sandbox.invalid'}`);
  writeResponse(res, world.handle({ method: req.method ?? 'GET', url, headers, body }));
}

/** Sandbox-wide Outreach-mode state that is not a page switch. */
export interface OutreachModeState {
  /** The older OpenID accounts server and the directory answer 404. */
  exclusive: boolean;
}

const controlSchema = switchesSchema.extend({ exclusive: z.boolean().optional() }).strict();

/** `GET|POST|DELETE /__sandbox/outreach` on any host; loopback peers only. */
export async function handleOutreachControl(
  req: Req,
  res: Res,
  world: OutreachWorld,
  mode: OutreachModeState,
): Promise<void> {
  if (!isLoopbackAddress(req.socket.remoteAddress)) {
    sendJson(res, 403, { error: 'forbidden', message: 'Sandbox switches accept loopback clients only.' });
    return;
  }
  const current = () => ({ ...world.switches.get(), exclusive: mode.exclusive });
  if (req.method === 'GET') return sendJson(res, 200, current());
  if (req.method === 'DELETE') {
    world.switches.reset();
    mode.exclusive = false;
    return sendJson(res, 200, current());
  }
  if (req.method !== 'POST')
    return sendJson(res, 405, { error: 'method_not_allowed' }, { allow: 'GET, POST, DELETE' });
  let parsed: ReturnType<typeof controlSchema.safeParse>;
  try {
    parsed = controlSchema.safeParse(JSON.parse((await readBody(req)) || '{}'));
  } catch {
    return sendJson(res, 400, { error: 'invalid_json' });
  }
  if (!parsed.success) return sendJson(res, 400, { error: 'invalid_switches', issues: parsed.error.issues });
  const { exclusive, ...switches } = parsed.data;
  if (exclusive !== undefined) mode.exclusive = exclusive;
  world.switches.merge(switches);
  sendJson(res, 200, current());
}
