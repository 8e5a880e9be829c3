/**
 * The extension commands that open a pinned org or the root org: the background's, apart from
 * pins.ts so that the popup's first JavaScript carries none of it (docs/BENCHMARKS.md, "Size").
 */
import type { Instance } from '../directory/schema';
import { pinnedFirst } from './pins';

/** The extension commands that open a pinned org, by the position of the pin they open. */
export const PINNED_COMMANDS: Readonly<Record<string, number>> = {
  'open-pinned-1': 0,
  'open-pinned-2': 1,
  'open-pinned-3': 2,
};

/** The command that goes back to the primary (root) org. */
export const ROOT_COMMAND = 'open-root';

/**
 * The org a command opens: `open-pinned-N` the Nth pinned org still in the list, `open-root` the
 * primary org (or, with none marked, the first production org); `null` when there is none.
 */
export function orgForCommand(
  command: string,
  instances: readonly Pick<Instance, 'orgId' | 'isPrimary' | 'environment'>[],
  pinned: readonly string[],
): string | null {
  if (command === ROOT_COMMAND) {
    const root =
      instances.find((org) => org.isPrimary) ?? instances.find((org) => org.environment === 'production');
    return root?.orgId ?? null;
  }
  const position = PINNED_COMMANDS[command];
  if (position === undefined) return null;
  return pinnedFirst(instances, pinned).filter((org) => pinned.includes(org.orgId))[position]?.orgId ?? null;
}
