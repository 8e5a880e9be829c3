import { describe, expect, it } from 'vitest';
import { MAX_REQUEST_DEPTH, MAX_REQUEST_SIZE, screenRequest } from '../../../lib/messaging/screen-request';

function nest(depth: number): unknown {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

describe('screenRequest', () => {
  it.each<[string, unknown]>([
    ['a top-level __proto__', JSON.parse('{"type":"getState","__proto__":{"x":1}}')],
    [
      'a nested __proto__',
      JSON.parse('{"type":"setManualInstances","list":{"instances":[{"__proto__":{}}]}}'),
    ],
    ['a constructor key', { type: 'setManualInstances', list: { constructor: { prototype: {} } } }],
    ['a prototype key deep in an array', { type: 'x', list: [[[{ prototype: 1 }]]] }],
    ['a structured-cloned __proto__', structuredClone(JSON.parse('{"list":{"__proto__":{"admin":true}}}'))],
  ])('refuses %s', (_name, message) => {
    expect(screenRequest(message)).toEqual({ ok: false, reason: 'forbidden-key' });
  });

  it('refuses a request over the cap, counted while walking', () => {
    const list = Array.from({ length: 3 }, () => 'x'.repeat(MAX_REQUEST_SIZE / 2));
    expect(screenRequest({ type: 'setManualInstances', list })).toEqual({ ok: false, reason: 'too-large' });
    expect(screenRequest({ type: 'inspectLogin', email: 'x'.repeat(MAX_REQUEST_SIZE) })).toMatchObject({
      reason: 'too-large',
    });
  });

  it('refuses nesting past the depth cap without overflowing the stack', () => {
    expect(screenRequest(nest(100_000))).toEqual({ ok: false, reason: 'too-deep' });
    expect(screenRequest(nest(MAX_REQUEST_DEPTH - 1))).toEqual({ ok: true });
  });

  it('accepts a 1,000-org manual list and every plain request', () => {
    const instances = Array.from({ length: 1000 }, (_, i) => ({
      name: `Acme Org ${i}`,
      tag: `org${i}`,
      environment: 'staging',
      appUrl: `https://acme-${i}.outreach.io/`,
      loginUrl: `https://acme-${i}.outreach.io/login`,
    }));
    const list = { rootEmail: 'jane.doe@acme.com', instances };
    expect(screenRequest({ type: 'setManualInstances', list })).toEqual({ ok: true });
    expect(screenRequest({ type: 'openInstance', orgId: 'org_1', where: 'new' })).toEqual({ ok: true });
    expect(screenRequest({ type: 'inspectLogin', email: 'constructor@acme.com' })).toEqual({ ok: true });
  });
});
