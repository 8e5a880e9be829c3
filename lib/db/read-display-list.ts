/**
 * The cached list for display only, read straight from IndexedDB by the popup when its service
 * worker is stopped (waking it costs more than this read). No `idb` and no zod, to keep the popup's
 * bundle small: rows are checked field by field and a row that does not fit is left out. Nothing
 * read here is acted on: opening an org goes through the background, which re-validates.
 *
 * The database is never created, upgraded or kept open from here: a missing database aborts the
 * open, another version gives up, and the connection closes as soon as the rows are read.
 */
import type { Environment, Usage } from '../directory/schema';
import type { PopupGroup, PopupOrg } from '../messaging/protocol';
import { revisionKey } from './remembered-group';
import { ACTIVE_GROUP_KEY, DB_NAME, DB_VERSION, GROUP_REVISION_KEY } from './schema';

export interface DisplayList {
  group: PopupGroup;
  usage: Usage[];
  /** The stored revision of the rows, as the background names it (`null`: none stored). */
  revision: string | null;
}

/**
 * The environments, each one string: a row read from IndexedDB brings its own copy of the word,
 * and 10,000 copies of "staging" are 10,000 strings the popup would otherwise keep.
 */
const ENVIRONMENTS = new Map(
  (['production', 'test', 'staging', 'sandbox', 'development'] as const).map((env) => [env as string, env]),
);
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

/** A stored instance as the popup shows it, or `null` when a field is missing or of the wrong type. */
export function toDisplayInstance(row: unknown): PopupOrg | null {
  if (typeof row !== 'object' || row === null) return null;
  const r = row as Record<string, unknown>;
  const fits =
    isText(r.orgId) &&
    isText(r.name) &&
    isText(r.loginEmail) &&
    typeof r.tag === 'string' &&
    ENVIRONMENTS.has(r.environment as string) &&
    typeof r.isPrimary === 'boolean' &&
    (r.colour === undefined || (typeof r.colour === 'string' && /^#[0-9a-f]{6}$/i.test(r.colour)));
  if (!fits) return null;
  const { orgId, name, loginEmail, tag, isPrimary, colour } = r;
  const environment: Environment = ENVIRONMENTS.get(r.environment as string)!;
  const org = { orgId, name, loginEmail, tag, environment, isPrimary };
  return (colour === undefined ? org : { ...org, colour }) as PopupOrg;
}

/**
 * The orgs of a group's chunks (in key order, so in list order), and whether every stored row
 * is among them: a chunk or row left out, or an `orgId` repeated, is not the background's list.
 */
function toDisplayOrgs(chunks: readonly unknown[]): { orgs: PopupOrg[]; isWhole: boolean } {
  const orgs: PopupOrg[] = [];
  const seen = new Set<string>();
  let isWhole = true;
  for (const chunk of chunks) {
    const rows = (chunk as { instances?: unknown } | null)?.instances;
    if (!Array.isArray(rows)) {
      isWhole = false;
      continue;
    }
    for (const row of rows) {
      const org = toDisplayInstance(row);
      if (org === null || seen.has(org.orgId)) {
        isWhole = false;
        continue;
      }
      seen.add(org.orgId);
      orgs.push(org);
    }
  }
  return { orgs, isWhole };
}

/** The active group and usage, or `null` when there is none or it cannot be read as expected. */
export async function readDisplayList(
  factory: IDBFactory = globalThis.indexedDB,
): Promise<DisplayList | null> {
  const db = await openExisting(factory).catch(() => null);
  if (!db) return null;
  try {
    if (db.version !== DB_VERSION) return null;
    const tx = db.transaction(['meta', 'groups', 'instanceChunks', 'usage'], 'readonly');
    const meta = tx.objectStore('meta');
    const [activeId, stamp] = await Promise.all([
      request(meta.get(ACTIVE_GROUP_KEY)),
      request(meta.get(GROUP_REVISION_KEY)),
    ]);
    if (!isText(activeId)) return null;
    const [groupRow, chunks, usageRows] = await Promise.all([
      request(tx.objectStore('groups').get(activeId)),
      // The group's chunks: its key range, `[activeId, 0]` … `[activeId, n]`.
      request(tx.objectStore('instanceChunks').getAll(IDBKeyRange.bound([activeId], [activeId, []]))),
      request(tx.objectStore('usage').getAll()),
    ]);
    const g = groupRow as (Partial<PopupGroup> & { dropped?: unknown }) | undefined;
    if (!g || !isText(g.rootEmail) || typeof g.fetchedAt !== 'number') return null;
    const { orgs: instances, isWhole } = toDisplayOrgs(chunks as unknown[]);
    const usage = (usageRows as Usage[]).filter(
      (row) => isText(row?.orgId) && typeof row.lastOpenedAt === 'number',
    );
    const { dropped, ...head } = g;
    const droppedCount = Array.isArray(dropped) ? dropped.length : 0;
    const group = { ...head, instances, droppedCount } as PopupGroup;
    // A row left out here is one the background may show: then these rows are not its revision.
    const revision = isWhole && isText(stamp) ? revisionKey(activeId, stamp) : null;
    return { group, usage, revision };
  } catch {
    return null;
  } finally {
    db.close();
  }
}
