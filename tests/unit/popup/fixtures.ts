import type { Instance, InstanceGroup } from '../../../lib/directory/schema';
import { toPopupView } from '../../../lib/instances/popup-view';
import type { PopupView, StateSnapshot } from '../../../lib/messaging/protocol';

/** An org of jane's group (sandbox seed), with overrides. */
export function org(tag: string, overrides: Partial<Instance> = {}): Instance {
  return {
    orgId: `org_${tag || 'root'}`,
    name: `Acme ${tag || 'Production'}`,
    loginEmail: tag ? `jane.doe+${tag}@acme.test` : 'jane.doe@acme.test',
    tag,
    environment: tag ? 'staging' : 'production',
    isPrimary: tag === '',
    appUrl: 'http://app.outreach.localhost:8790/',
    loginUrl: 'http://app.outreach.localhost:8790/login',
    ...overrides,
  };
}

export function group(instances: Instance[]): InstanceGroup {
  return {
    instanceGroupId: 'ig_acme_7f3a',
    rootEmail: 'jane.doe@acme.test',
    crossInstanceSso: 'enabled',
    role: 'admin',
    source: 'directory',
    instances,
    dropped: [],
    fetchedAt: 1_700_000_000_000,
  };
}

export function snapshot(overrides: Partial<StateSnapshot> = {}): StateSnapshot {
  return {
    phase: 'ready',
    source: 'directory',
    rootEmail: 'jane.doe@acme.test',
    group: group([org(''), org('staging')]),
    usage: [],
    currentOrgId: null,
    error: null,
    isRefreshing: false,
    cacheWarning: null,
    ...overrides,
  };
}

/** The popup's compact view of `snapshot(overrides)`. */
export function view(overrides: Partial<StateSnapshot> = {}): PopupView {
  return toPopupView(snapshot(overrides));
}

/** A `Storage` in memory; `failWrites` makes `setItem` throw as a full localStorage does. */
export class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  constructor(private readonly failWrites = false) {}
  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    if (this.failWrites) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, String(value));
  }
}

/** The first screen's words, as the popup writes them. */
export const paintWords = {
  title: 'Cross-Instance Sign-in',
  options: 'Options',
  menu: 'Menu',
  who: 'Signed in as jane.doe@acme.test',
  age: 'List updated just now',
  filterLabel: 'Filter orgs',
  placeholder: 'Type to filter',
  listLabel: 'Orgs',
  note: 'One org at a time',
  hint: 'Enter opens',
  next: 'Next',
};
