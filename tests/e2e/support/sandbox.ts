import { request } from 'node:http';
import { sandboxPort, sandboxUrl } from './env';

/** Fault switches of the sandbox (`POST /__sandbox/faults`); see sandbox/README.md. */
export interface Faults {
  directory?: 'error' | 'slow' | 'malformed' | 'hostile' | 'huge' | 'unauthorized' | null;
  /** How long `slow` waits before answering, in ms. */
  slowMs?: number;
  idpDown?: boolean;
  authServerDown?: boolean;
}

/** Calls the sandbox's control API from Node (loopback; Node cannot resolve *.localhost). */
export function sandboxControl(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown) {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise<{ status: number; json: unknown }>((done, fail) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: sandboxPort(),
        method,
        path,
        headers: {
          host: `app.outreach.localhost:${sandboxPort()}`,
          ...(payload ? { 'content-type': 'application/json' } : {}),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => done({ status: res.statusCode ?? 0, json: text ? JSON.parse(text) : null }));
      },
    );
    req.on('error', fail);
    req.end(payload);
  });
}

/** Test-side handle on the sandbox: URLs and fault switches. */
export const sandbox = {
  port: () => sandboxPort(),
  url: sandboxUrl,
  async setFaults(faults: Faults): Promise<void> {
    const { status } = await sandboxControl('POST', '/__sandbox/faults', faults);
    if (status !== 200) throw new Error(`Setting sandbox faults failed: HTTP ${status}`);
  },
  async resetFaults(): Promise<void> {
    const { status } = await sandboxControl('DELETE', '/__sandbox/faults');
    if (status !== 200) throw new Error(`Resetting sandbox faults failed: HTTP ${status}`);
  },
};
export type Sandbox = typeof sandbox;
