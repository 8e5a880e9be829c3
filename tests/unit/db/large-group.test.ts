import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { validateGroup } from '../../../lib/directory';
import { openCache } from '../../../lib/db';

const SIZE = 50_000;
const APP = 'https://app1a.outreach.io/';

function directoryBody(size: number) {
  return {
    instanceGroupId: 'ig_big',
    rootEmail: 'jane.doe@acme.com',
    crossInstanceSso: 'enabled',
    role: 'admin',
    instances: Array.from({ length: size }, (_, i) => ({
      orgId: `org_${i}`,
      name: `Org ${i}`,
      loginEmail: i === 0 ? 'jane.doe@acme.com' : `jane.doe+t${i}@acme.com`,
      environment: 'production',
      primary: i === 0,
      appUrl: APP,
      loginUrl: `${APP}login`,
    })),
  };
}

describe('a 50,000-org group', () => {
  // Not a timing: the generous timeout only stops a quadratic step (37 s at 50,000 before) from
  // hanging the run; the work itself is counted in tests/unit/directory/linear.test.ts.
  it('is validated, written, and read back in order by a fresh cache', async () => {
    const validated = validateGroup(directoryBody(SIZE), {
      allowedHosts: ['*.outreach.io'],
      source: 'directory',
      now: 1,
    });
    if (!validated.ok) throw new Error(validated.error.message);
    expect(validated.group.instances).toHaveLength(SIZE);
    expect(validated.group.dropped).toEqual([]);
    const factory = new IDBFactory();
    const writer = await openCache(factory);
    await writer.writeGroup(validated.group);
    writer.close();
    const reader = await openCache(factory);
    const { group, problems } = await reader.readGroup();
    reader.close();
    expect(problems).toEqual([]);
    expect(group?.instances).toHaveLength(SIZE);
    expect(group?.instances[SIZE - 1]).toEqual(validated.group.instances[SIZE - 1]);
    expect(group?.instances.every((instance, at) => instance.orgId === `org_${at}`)).toBe(true);
  }, 240_000);
});
