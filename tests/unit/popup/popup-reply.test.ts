import { describe, expect, it, vi } from 'vitest';
import type { DisplayList } from '../../../lib/db/read-display-list';
import { popupReplyOf, toPopupView } from '../../../lib/instances/popup-view';
import { completeReply } from '../../../lib/popup/popup-reply';
import { orgAt, packOrgs } from '../../../lib/popup/packed-orgs';
import type { PackedOrgs } from '../../../lib/popup/packed-orgs';
import { group, org, snapshot } from './fixtures';

// The popup's getPopupState answer made whole (lib/popup/popup-reply.ts).

const state = snapshot({ group: group([org(''), org('staging')]) });
const withRows = popupReplyOf(state, 'ig_acme_7f3a\nr1');
// As a group larger than ROWS_ALWAYS_SENT is answered to a popup that reads its rows itself.
const withoutRows = { ...withRows, group: { ...withRows.group!, instances: null } };
const ownList = (revision: string | null): DisplayList => ({
  group: { ...withRows.group!, instances: packOrgs(withRows.group!.instances!, withRows.group!.rootEmail) },
  usage: [],
  revision,
});
const rowsOf = (packed: PackedOrgs | undefined) =>
  packed && Array.from({ length: packed.length }, (_, i) => orgAt(packed, i));

describe('completeReply', () => {
  it('takes the popup’s own rows when they are of the answer’s revision, asking nothing more', async () => {
    const own = ownList('ig_acme_7f3a\nr1');
    const ask = vi.fn(async () => withRows);
    const view = await completeReply(Promise.resolve(withoutRows), Promise.resolve(own), ask);
    expect(view.group?.instances).toBe(own.group.instances);
    expect(view).toMatchObject({ revision: 'ig_acme_7f3a\nr1', phase: 'ready', group: { droppedCount: 0 } });
    expect(ask).not.toHaveBeenCalled();
  });

  it.each<[string, () => Promise<DisplayList | null>]>([
    ['of another revision', async () => ownList('ig_acme_7f3a\nr0')],
    ['without a revision', async () => ownList(null)],
    ['missing', async () => null],
    ['failed', async () => Promise.reject(new Error('IndexedDB is gone'))],
  ])('asks again for the rows when the popup’s own read is %s', async (_name, own) => {
    const ask = vi.fn(async () => withRows);
    const view = await completeReply(Promise.resolve(withoutRows), own(), ask);
    expect(ask).toHaveBeenCalledOnce();
    expect(rowsOf(view.group?.instances)).toEqual(withRows.group?.instances);
  });

  it('uses an answer that carries its rows as it is, and one without a group', async () => {
    const ask = vi.fn(async () => withRows);
    const own = Promise.resolve(ownList('ig_acme_7f3a\nr1'));
    expect(rowsOf((await completeReply(Promise.resolve(withRows), own, ask)).group?.instances)).toEqual(
      withRows.group?.instances,
    );
    const empty = popupReplyOf(snapshot({ group: null }), null, true);
    expect((await completeReply(Promise.resolve(empty), own, ask)).group).toBeNull();
    expect(ask).not.toHaveBeenCalled();
  });
});

describe('toPopupView', () => {
  it('keeps what the popup shows and acts on, and only the count of dropped entries', () => {
    const dropped = [{ index: 3, name: 'Bad', reasons: ['The login is not a + alias of the root.'] }];
    const full = snapshot({ group: { ...group([org(''), org('staging', { colour: '#aa0000' })]), dropped } });
    const view = toPopupView(full);
    expect(view.group).toMatchObject({ instanceGroupId: 'ig_acme_7f3a', droppedCount: 1 });
    expect(view.group).not.toHaveProperty('dropped');
    expect(view.group!.instances[1]).toEqual({
      orgId: 'org_staging',
      name: 'Acme staging',
      loginEmail: 'jane.doe+staging@acme.test',
      tag: 'staging',
      environment: 'staging',
      isPrimary: false,
      colour: '#aa0000',
    });
    expect(view).toMatchObject({ phase: 'ready', revision: null });
  });
});
