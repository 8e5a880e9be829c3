// Bench groups, seeded without the network.

const ENVIRONMENTS = ['production', 'test', 'staging', 'sandbox', 'development'];
const pad = (n) => String(n).padStart(5, '0');

/** A manual list (lib/directory/manual.ts) of `size` orgs, at most the manual source's 1,000. */
export function manualList(size) {
  return {
    version: 1,
    rootEmail: 'bench@bench.test',
    instances: Array.from({ length: size }, (_, at) => ({
      name: `Bench Org ${pad(at + 1)}`,
      tag: at === 0 ? '' : `org${pad(at + 1)}`,
      environment: at === 0 ? 'production' : ENVIRONMENTS[at % ENVIRONMENTS.length],
      primary: at === 0,
    })),
  };
}

/**
 * Runs in the service worker: grows the cached group to `size` orgs by cloning its last instance
 * in IndexedDB. The manual source stops at 1,000 orgs and the directory at 1 MB, so a group of
 * 10,000 can only be cached this way; the rows are built like the manual ones, stored in chunks
 * as `writeGroup` stores them (schema v4, lib/db/schema.ts), and re-validated by the background
 * when it reads them. The group's revision is removed, so the background, which remembers the
 * group it last read (lib/db/open-cache.ts), reads it again; at or below the stored size no row is
 * added and only the revision goes, so every size's first read costs the same way.
 */
export async function extendCachedGroup(size) {
  // lib/db/schema.ts `CHUNK_SIZE`: the last chunk is filled up first, as one write would fill it.
  const CHUNK_SIZE = 500;
  const environments = ['production', 'test', 'staging', 'sandbox', 'development'];
  const db = await new Promise((done, fail) => {
    const request = indexedDB.open('cross-instance-sign-in');
    request.onsuccess = () => done(request.result);
    request.onerror = () => fail(request.error);
  });
  const read = (request) =>
    new Promise((done, fail) => {
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
  const groupId = await read(db.transaction('meta').objectStore('meta').get('activeGroupId'));
  const range = IDBKeyRange.bound([groupId], [groupId, []]);
  const chunks = await read(db.transaction('instanceChunks').objectStore('instanceChunks').getAll(range));
  const rows = chunks.flatMap((chunk) => chunk.instances);
  const template = rows[rows.length - 1];
  const [local, domain] = template.loginEmail.replace(/\+[^@]*/, '').split('@');
  const stored = rows.length;
  for (let order = stored; order < size; order++) {
    const n = String(order + 1).padStart(5, '0');
    rows.push({
      ...template,
      orgId: `manual:org${n}`,
      name: `Bench Org ${n}`,
      tag: `org${n}`,
      loginEmail: `${local}+org${n}@${domain}`,
      environment: environments[order % environments.length],
      isPrimary: false,
    });
  }
  const tx = db.transaction(['instanceChunks', 'meta'], 'readwrite');
  tx.objectStore('meta').delete('groupRevision');
  const store = tx.objectStore('instanceChunks');
  // Only the chunks that change: from the one holding the last stored row (none if none added).
  const first = stored < size ? stored - (stored % CHUNK_SIZE) : rows.length;
  for (let start = first; start < rows.length; start += CHUNK_SIZE) {
    const instances = rows.slice(start, start + CHUNK_SIZE);
    store.put({ instanceGroupId: groupId, chunk: start / CHUNK_SIZE, instances });
  }
  await new Promise((done, fail) => {
    tx.oncomplete = done;
    tx.onerror = () => fail(tx.error);
  });
  db.close();
}
