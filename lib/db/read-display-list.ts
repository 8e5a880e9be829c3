/**
 * The cached list for display only, read straight from IndexedDB by the popup when its service
 * worker is stopped (waking it costs more than this read). No `idb` and no zod, to keep the popup's
 * bundle small: rows are checked field by field and a row that does not fit is left out. Nothing
 * read here is acted on: opening an org goes through the background, which re-validates.
 *
 * The database is never created, upgraded or kept open from here: a missing database aborts the
 * open, another version gives up, and the connection closes as soon as the rows are read.
 */
import type { Environment, Instance, InstanceGroup, Usage } from '../directory/schema';
import { ACTIVE_GROUP_KEY, DB_NAME, DB_VERSION } from './schema';

export interface DisplayList {
  group: InstanceGroup;
  usage: Usage[];
}

const ENVIRONMENTS = new Set<Environment>(['production', 'test', 'staging', 'sandbox', 'development']);
const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function openExisting(factory: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const open = factory.open(DB_NAME);
    // Only a missing database upgrades from here: abort, so none is created.
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
}

/** An instance row as the popup shows it, or `null` when a field is missing or of the wrong type. */
export function toDisplayInstance(row: unknown): (Instance & { order: number }) | null {
  if (typeof row !== 'object' || row === null) return null;
  const r = row as Record<string, unknown>;
  const fits =
    isText(r.orgId) &&
    isText(r.name) &&
    isText(r.loginEmail) &&
    typeof r.tag === 'string' &&
    ENVIRONMENTS.has(r.environment as Environment) &&
    typeof r.isPrimary === 'boolean' &&
    typeof r.order === 'number' &&
    (r.colour === undefined || (typeof r.colour === 'string' && /^#[0-9a-f]{6}$/i.test(r.colour)));
  if (!fits) return null;
  const { orgId, name, loginEmail, tag, environment, isPrimary, order, colour } = r;
  const org = { orgId, name, loginEmail, tag, environment, isPrimary, order, appUrl: '', loginUrl: '' };
  return (colour === undefined ? org : { ...org, colour }) as Instance & { order: number };
}

/** The active group and usage, or `null` when there is none or it cannot be read as expected. */
export async function readDisplayList(
  factory: IDBFactory = globalThis.indexedDB,
): Promise<DisplayList | null> {
  const db = await openExisting(factory).catch(() => null);
  if (!db) return null;
  try {
    if (db.version !== DB_VERSION) return null;
    const tx = db.transaction(['meta', 'groups', 'instances', 'usage'], 'readonly');
    const activeId = await request(tx.objectStore('meta').get(ACTIVE_GROUP_KEY));
    if (!isText(activeId)) return null;
    const [groupRow, rows, usageRows] = await Promise.all([
      request(tx.objectStore('groups').get(activeId)),
      request(tx.objectStore('instances').index('byGroup').getAll(activeId)),
      request(tx.objectStore('usage').getAll()),
    ]);
    const g = groupRow as Partial<InstanceGroup> | undefined;
    if (!g || !isText(g.rootEmail) || typeof g.fetchedAt !== 'number') return null;
    const instances = (rows as unknown[])
      .map(toDisplayInstance)
      .filter((org) => org !== null)
      .sort((a, b) => a.order - b.order)
      .map(({ order: _order, ...org }) => org);
    const usage = (usageRows as Usage[]).filter(
      (row) => isText(row?.orgId) && typeof row.lastOpenedAt === 'number',
    );
    const group = { ...g, instances, dropped: Array.isArray(g.dropped) ? g.dropped : [] } as InstanceGroup;
    return { group, usage };
  } catch {
    return null;
  } finally {
    db.close();
  }
}
