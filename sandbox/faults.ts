/** Fault switches (`/__sandbox/faults`), off by default. Mirrors `Faults` in tests/e2e/support/sandbox.ts. */
import { z } from 'zod';
import { isLoopbackAddress, readBody, sendJson } from './net';
import type { Req, Res } from './net';

export const DIRECTORY_FAULTS = ['error', 'slow', 'malformed', 'hostile', 'huge', 'unauthorized'] as const;
export type DirectoryFault = (typeof DIRECTORY_FAULTS)[number];

export const DEFAULT_SLOW_MS = 15_000;

const faultsSchema = z
  .object({
    directory: z.enum(DIRECTORY_FAULTS).nullable(),
    slowMs: z.number().int().min(0).max(600_000),
    idpDown: z.boolean(),
    authServerDown: z.boolean(),
  })
  .partial()
  .strict();

export type Faults = z.infer<typeof faultsSchema>;

export class FaultState {
  private current: Faults = {};

  get(): Faults {
    return { ...this.current };
  }

  merge(patch: Faults): Faults {
    this.current = { ...this.current, ...patch };
    return this.get();
  }

  reset(): void {
    this.current = {};
  }

  get directory(): DirectoryFault | null {
    return this.current.directory ?? null;
  }

  get slowMs(): number {
    return this.current.slowMs ?? DEFAULT_SLOW_MS;
  }

  get idpDown(): boolean {
    return this.current.idpDown === true;
  }

  get authServerDown(): boolean {
    return this.current.authServerDown === true;
  }
}

/** `GET|POST|DELETE /__sandbox/faults` on any host; loopback peers only. */
export async function handleFaults(req: Req, res: Res, faults: FaultState): Promise<void> {
  if (!isLoopbackAddress(req.socket.remoteAddress)) {
    sendJson(res, 403, { error: 'forbidden', message: 'Fault switches accept loopback clients only.' });
    return;
  }
  switch (req.method) {
    case 'GET':
      sendJson(res, 200, faults.get());
      return;
    case 'DELETE':
      faults.reset();
      sendJson(res, 200, faults.get());
      return;
    case 'POST': {
      let parsed: ReturnType<typeof faultsSchema.safeParse>;
      try {
        parsed = faultsSchema.safeParse(JSON.parse((await readBody(req)) || '{}'));
      } catch {
        sendJson(res, 400, { error: 'invalid_json' });
        return;
      }
      if (!parsed.success) {
        sendJson(res, 400, { error: 'invalid_faults', issues: parsed.error.issues });
        return;
      }
      sendJson(res, 200, faults.merge(parsed.data));
      return;
    }
    default:
      sendJson(res, 405, { error: 'method_not_allowed' }, { allow: 'GET, POST, DELETE' });
  }
}
