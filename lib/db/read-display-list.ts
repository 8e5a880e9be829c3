/**
 * The cached list for display only, read straight from IndexedDB by the popup when its service
 * worker is stopped (waking it costs more than this read). No `idb` and no zod, to keep the popup's
 * bundle small: rows are checked field by field and a row that does not fit is left out. Nothing
 * read here is acted on: opening an org goes through the background, which re-validates.
 *
 * The database is never created, upgraded or kept open from here: a missing database aborts the
 * open, another version gives up, and the connection closes as soon as the rows are read.
 */
import type { Usage } from '../directory/schema';
import type { PopupGroup, PopupOrg } from '../messaging/protocol';
import { packOrgs } from '../popup/packed-orgs';
import type { PackedGroup } from '../popup/packed-orgs';
import { revisionKey } from './remembered-group';
import { ACTIVE_GROUP_KEY, DB_NAME, DB_VERSION, GROUP_REVISION_KEY } from './schema';

export interface DisplayList {
  /** The group with its rows packed (lib/popup/packed-orgs.ts), in the group's order. */
  group: PackedGroup;
  usage: Usage[];
  /** The stored revision of the rows, as the background names it (`null`: none stored). */
  revision: string | null;
}

const ENVIRONMENTS = new Set<string>(['production', 'test', 'staging', 'sandbox', 'development']);
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
    open.onsuccess = () => {
      // Never in the way of the worker's upgrade: this read gives up instead.
      open.result.onversionchange = () => open.result.close();
      resolve(open.result);
    };
    open.onerror = () => reject(open.error);
  });
}

/** Whether a stored instance has every field the popup shows, of the right type. */
function isDisplayRow(row: unknown): row is PopupOrg {
  if (typeof row !== 'object' || row === null) return false;
  const r = row as Record<string, unknown>;
  return (
    isText(r.orgId) &&
    isText(r.name) &&
    isText(r.loginEmail) &&
    typeof r.tag === 'string' &&
    ENVIRONMENTS.has(r.environment as string) &&
    typeof r.isPrimary === 'boolean' &&
    (r.colour === undefined || (typeof r.colour === 'string' && /^#[0-9a-f]{6}$/i.test(r.colour)))
  );
}

/**
 * The rows of a group's chunks that fit (in key order, so in list order; not copied), and whether
 * every stored row is among them: a chunk or row left out, or an `orgId` repeated, is not the
 * background's list.
 */
function displayRows(chunks: readonly unknown[]): { rows: PopupOrg[]; isWhole: boolean } {
  const rows: PopupOrg[] = [];
  const seen = new Set<string>();
  let isWhole = true;
  for (const chunk of chunks) {
    const stored = (chunk as { instances?: unknown } | null)?.instances;
    if (!Array.isArray(stored)) {
      isWhole = false;
      continue;
    }
    for (const row of stored) {
      if (!isDisplayRow(row) || seen.has(row.orgId)) {
        isWhole = false;
        continue;
      }
      seen.add(row.orgId);
      rows.push(row);
    }
  }
  return { rows, isWhole };
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
    // Packed straight from the rows as read: no copy of each row is made, and none is kept.
    const { rows, isWhole } = displayRows(chunks as unknown[]);
    const instances = packOrgs(rows, g.rootEmail);
    const usage = (usageRows as Usage[]).filter(
      (row) => isText(row?.orgId) && typeof row.lastOpenedAt === 'number',
    );
    const { dropped, ...head } = g;
    const droppedCount = Array.isArray(dropped) ? dropped.length : 0;
    const group = { ...(head as Omit<PopupGroup, 'instances'>), instances, droppedCount };
    // A row left out here is one the background may show: then these rows are not its revision.
    const revision = isWhole && isText(stamp) ? revisionKey(activeId, stamp) : null;
    return { group, usage, revision };
  } catch {
    return null;
  } finally {
    db.close();
  }
}
