import { describe, expect, it } from 'vitest';
import { sandboxProfile } from '../../../lib/connection/profiles';
import { buildManualGroup, validateGroup } from '../../../lib/directory';
import { janeResponse, NOW, rawInstance, SANDBOX_HOSTS } from './fixtures';
import { countWork, growthPerDecade } from './work-count';

/** Ten times the input may cost at most this much more work (10 is linear; 100 is quadratic). */
const MAX_GROWTH = 12;

function directoryInstances(size: number): unknown[] {
  return Array.from({ length: size }, (_, i) =>
    rawInstance(
      `org_${i}`,
      `Org ${i}`,
      i === 0 ? 'jane.doe@acme.test' : `jane.doe+t${i}@acme.test`,
      'test',
      i < 3,
    ),
  );
}

/** Half good entries, then each repeated (by tag, then by orgId), so every repeat check runs. */
function withRepeats(size: number): unknown[] {
  const good = directoryInstances(size / 2);
  return [...good.slice(0, size / 4), ...good.slice(0, size / 4), ...good.slice(size / 4)];
}

function manualList(size: number) {
  return {
    version: 1,
    rootEmail: 'jane.doe@acme.test',
    instances: Array.from({ length: size }, (_, i) => ({
      name: `Org ${i}`,
      tag: i === 0 ? '' : `t${i}`,
      environment: 'staging',
      primary: i === 0,
    })),
  };
}

describe('validation grows linearly with the group', () => {
  it('validateGroup does about ten times the work for ten times the orgs', () => {
    const steps = (size: number) =>
      countWork(() =>
        validateGroup(janeResponse(directoryInstances(size)), {
          allowedHosts: SANDBOX_HOSTS,
          source: 'directory',
          now: NOW,
        }),
      ).steps;
    expect(growthPerDecade(steps, 200)).toBeLessThanOrEqual(MAX_GROWTH);
  });

  it('validateGroup stays linear when many entries repeat earlier ones', () => {
    const run = (size: number) =>
      countWork(() =>
        validateGroup(janeResponse(withRepeats(size)), {
          allowedHosts: SANDBOX_HOSTS,
          source: 'directory',
          now: NOW,
        }),
      );
    const big = run(2000);
    if (!big.result.ok) throw new Error('expected a group');
    expect(big.result.group.dropped).toHaveLength(500);
    expect(big.steps / run(200).steps).toBeLessThanOrEqual(MAX_GROWTH);
  });

  it('buildManualGroup does about ten times the work for ten times the orgs', () => {
    const profile = sandboxProfile(8790);
    const steps = (size: number) =>
      countWork(() => buildManualGroup(manualList(size), { profile, now: NOW })).steps;
    expect(growthPerDecade(steps, 100)).toBeLessThanOrEqual(MAX_GROWTH);
  });

  it('buildManualGroup stays linear when every entry repeats a tag and a primary', () => {
    const profile = sandboxProfile(8790);
    const repeated = (size: number) => {
      const list = manualList(size);
      return { ...list, instances: list.instances.map((item) => ({ ...item, tag: 'same', primary: true })) };
    };
    const run = (size: number) => countWork(() => buildManualGroup(repeated(size), { profile, now: NOW }));
    const big = run(1000);
    if (big.result.ok) throw new Error('expected errors');
    expect(big.result.errors).toHaveLength(2 * 999);
    expect(big.result.errors[1]).toMatchObject({ entry: 2, field: 'primary' });
    expect(big.steps / run(100).steps).toBeLessThanOrEqual(MAX_GROWTH);
  });
});
