import type { Extras, InstanceCache } from '../db';
import { orgForCommand } from '../pins/pin-commands';

/**
 * The `open-pinned-1` … `open-pinned-3` and `open-root` commands: open that org in the active
 * Outreach tab (else a new tab). Returns the org opened, or `null` when the command has none
 * (no such pin, no primary org), in which case nothing happens.
 */
export async function openForCommand(
  command: string,
  deps: {
    cache: () => Promise<InstanceCache>;
    extras: () => Promise<Extras>;
    /** The production gate's `openInstance` (a production org is asked about first). */
    switches: { openInstance(orgId: string, where: 'current'): Promise<unknown> };
  },
): Promise<string | null> {
  const [{ group }, pins] = await Promise.all([
    (await deps.cache()).readGroup(),
    (await deps.extras()).readPins(),
  ]);
  const orgId = orgForCommand(
    command,
    group?.instances ?? [],
    pins.map((pin) => pin.orgId),
  );
  if (orgId !== null) await deps.switches.openInstance(orgId, 'current');
  return orgId;
}
