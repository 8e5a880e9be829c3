import { describe, expect, it, vi } from 'vitest';
import { createMemoryCache } from '../../../lib/db';
import { createMemoryExtras } from '../../../lib/db/extras';
import type { Extras } from '../../../lib/db';
import { openForCommand } from '../../../lib/background/open-pinned';
import type { SwitchService } from '../../../lib/switch/switch-service';
import { makeGroup } from '../db/fixtures';

async function setup(pins: string[]) {
  const group = makeGroup('ig', ['org_a', 'org_b', 'org_c']);
  group.instances[1]!.isPrimary = true;
  const extras = { ...createMemoryExtras(), kind: 'memory' } as Extras;
  for (const [at, orgId] of pins.entries()) await extras.setPinned(orgId, true, at);
  const openInstance = vi.fn(async () => ({ tabId: 1, restored: false }));
  const deps = {
    cache: async () => createMemoryCache(null, { group, usage: [] }),
    extras: async () => extras,
    switches: { openInstance } as unknown as SwitchService,
  };
  return { deps, openInstance };
}

describe('openForCommand', () => {
  it('opens the nth pinned org in the current tab', async () => {
    const { deps, openInstance } = await setup(['org_c', 'org_a']);
    expect(await openForCommand('open-pinned-2', deps)).toBe('org_a');
    expect(openInstance).toHaveBeenCalledWith('org_a', 'current');
  });

  it('goes back to the primary org', async () => {
    const { deps, openInstance } = await setup([]);
    expect(await openForCommand('open-root', deps)).toBe('org_b');
    expect(openInstance).toHaveBeenCalledWith('org_b', 'current');
  });

  it('does nothing for a pin that does not exist', async () => {
    const { deps, openInstance } = await setup(['org_c']);
    expect(await openForCommand('open-pinned-3', deps)).toBeNull();
    expect(openInstance).not.toHaveBeenCalled();
  });
});
