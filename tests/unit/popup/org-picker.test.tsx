// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PopupOrg } from '../../../lib/messaging/protocol';
import { packOrgs } from '../../../lib/popup/packed-orgs';

vi.mock('../../../lib/i18n/t', async () => ({ t: (await import('../options/messages')).translate }));

const { OrgPicker } = await import('../../../entrypoints/popup/OrgPicker');

// The picker on packed rows (issue 12): order, pins, filter and keys as people use them.

const ROOT = 'jane@acme.test';
const org = (tag: string, over: Partial<PopupOrg> = {}): PopupOrg => ({
  orgId: `org_${tag || 'root'}`,
  name: `Acme ${tag || 'Production'}`,
  loginEmail: tag ? `jane+${tag}@acme.test` : ROOT,
  tag,
  environment: tag ? 'staging' : 'production',
  isPrimary: !tag,
  ...over,
});
const rows = [org('staging'), org(''), org('test', { environment: 'test' }), org('eu', { name: 'Europe' })];

let host: HTMLElement;
afterEach(() => {
  render(null, host);
  host.remove();
});

function mount(props: Partial<Parameters<typeof OrgPicker>[0]> = {}) {
  host = document.body.appendChild(document.createElement('div'));
  const onOpen = vi.fn();
  act(() => {
    render(
      <OrgPicker
        instances={packOrgs(rows, ROOT)}
        usage={[]}
        currentOrgId={null}
        isBusy={false}
        sayUsed={() => 'used'}
        onOpen={onOpen}
        {...props}
      />,
      host,
    );
  });
  const input = host.querySelector<HTMLInputElement>('#org-filter')!;
  const names = () => [...host.querySelectorAll('[role=option] .org__name')].map((n) => n.textContent);
  const options = () => [...host.querySelectorAll('[role=option]')];
  const key = (init: KeyboardEventInit) =>
    act(() => {
      input.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));
    });
  const type = (value: string) =>
    act(() => {
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
  return { input, names, options, key, type, onOpen };
}

describe('OrgPicker on packed rows', () => {
  it('lists the primary first, then pins first in pinning order, with their logins made back', () => {
    const picker = mount();
    expect(picker.options().map((o) => o.id)).toEqual([
      'org-org_root',
      'org-org_staging',
      'org-org_test',
      'org-org_eu',
    ]);
    expect(picker.options()[1]!.textContent).toContain('jane+staging@acme.test');
    render(null, host);
    host.remove();
    const pinned = mount({ pinned: ['org_eu', 'org_test'] });
    expect(pinned.options().map((o) => o.id)).toEqual([
      'org-org_eu',
      'org-org_test',
      'org-org_root',
      'org-org_staging',
    ]);
    expect(pinned.options()[0]!.getAttribute('aria-setsize')).toBe('4');
  });

  it('filters by name, tag and login, best match first, and Enter opens the active row', () => {
    const picker = mount();
    picker.type('eu');
    expect(picker.options().map((o) => o.id)).toEqual(['org-org_eu']);
    picker.type('acme');
    // Every login has "acme"; the names that start with it come first.
    expect(picker.options().map((o) => o.id)).toEqual([
      'org-org_root',
      'org-org_staging',
      'org-org_test',
      'org-org_eu',
    ]);
    picker.type('+te');
    expect(picker.options().map((o) => o.id)).toEqual(['org-org_test']);
    picker.key({ key: 'Enter' });
    expect(picker.onOpen).toHaveBeenCalledWith(
      expect.objectContaining({ orgId: 'org_test', loginEmail: 'jane+test@acme.test' }),
      'current',
    );
    picker.type('nothing');
    expect(picker.options()).toHaveLength(0);
    expect(host.textContent).toContain('nothing');
  });

  it('moves with the arrow keys, skips the current org for Enter, and opens the nth row with 1–9', () => {
    const picker = mount({ currentOrgId: 'org_root' });
    expect(picker.input.getAttribute('aria-activedescendant')).toBe('org-org_staging');
    picker.key({ key: 'ArrowDown' });
    expect(picker.input.getAttribute('aria-activedescendant')).toBe('org-org_test');
    picker.key({ key: 'End' });
    expect(picker.input.getAttribute('aria-activedescendant')).toBe('org-org_eu');
    picker.key({ key: '1' });
    expect(picker.onOpen).toHaveBeenLastCalledWith(expect.objectContaining({ orgId: 'org_root' }), 'current');
    picker.key({ key: '3' });
    expect(picker.onOpen).toHaveBeenLastCalledWith(expect.objectContaining({ orgId: 'org_test' }), 'current');
  });
});
