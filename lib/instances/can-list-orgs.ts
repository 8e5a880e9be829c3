import type { InstanceGroup } from '../directory/schema';
import type { Phase } from '../messaging/protocol';

// The popup's own rule, apart from derive-phase.ts (the background's), so that its first
// JavaScript does not carry derivePhase (docs/BENCHMARKS.md, "Size").
/** Whether the popup can still list orgs to open in this state (a usable cached list). */
export function canListOrgs(
  phase: Phase,
  group:
    (Pick<InstanceGroup, 'role' | 'crossInstanceSso'> & { instances: { readonly length: number } }) | null,
): boolean {
  if (!group || group.instances.length === 0) return false;
  if (phase === 'not-admin' || phase === 'not-enabled' || phase === 'empty') return false;
  return group.role === 'admin' && group.crossInstanceSso === 'enabled';
}
