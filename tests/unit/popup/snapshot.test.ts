import { describe, expect, it } from 'vitest';
import { clearSnapshot, readSnapshot, writeSnapshot } from '../../../lib/popup/snapshot';
import { MemoryStorage, snapshot } from './fixtures';

const KEY = 'cis.popup-snapshot.v1';

describe('popup snapshot', () => {
  it('reads back what was written, without the moment-only error and refresh flag', () => {
    const storage = new MemoryStorage();
    const state = snapshot({ error: { kind: 'server', message: 'Down' }, isRefreshing: true });
    writeSnapshot(state, storage);
    expect(readSnapshot(storage)).toEqual({ ...state, error: null, isRefreshing: false });
  });

  it('is empty when nothing was written', () => {
    expect(readSnapshot(new MemoryStorage())).toBeNull();
  });

  it.each([
    ['not JSON', '{"phase":'],
    ['null', 'null'],
    ['a number', '42'],
    ['an array', '[]'],
    ['no phase', '{"group":null}'],
    ['a phase that is not a string', '{"phase":3}'],
  ])('ignores a stored value that is %s', (_, text) => {
    const storage = new MemoryStorage();
    storage.setItem(KEY, text);
    expect(readSnapshot(storage)).toBeNull();
  });

  it('survives a storage that throws on write or read', () => {
    expect(() => writeSnapshot(snapshot(), new MemoryStorage(true))).not.toThrow();
    const broken = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    } as unknown as Storage;
    expect(readSnapshot(broken)).toBeNull();
  });

  it('is cleared', () => {
    const storage = new MemoryStorage();
    writeSnapshot(snapshot(), storage);
    clearSnapshot(storage);
    expect(readSnapshot(storage)).toBeNull();
  });

  it('holds no token-like field: only the state the popup shows', () => {
    const storage = new MemoryStorage();
    writeSnapshot(snapshot(), storage);
    const stored = JSON.parse(storage.getItem(KEY)!) as Record<string, unknown>;
    expect(Object.keys(stored).sort()).toEqual(
      [
        'cacheWarning',
        'currentOrgId',
        'error',
        'group',
        'isRefreshing',
        'phase',
        'rootEmail',
        'source',
        'usage',
      ].sort(),
    );
  });
});
