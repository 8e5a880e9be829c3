import { describe, expect, it, vi } from 'vitest';
import { createChooserBackend } from '../../../lib/background/chooser-backend';
import type { LoginInspection } from '../../../lib/messaging/protocol';
import type { HandlerContext } from '../../../lib/messaging/receiver';
import { memorySessionStore } from '../../../lib/storage/session-store';

const LOGIN = 'http://app.outreach.localhost:8790';
const page: HandlerContext = { kind: 'content-script', tabId: 4, origin: LOGIN };
const frame: HandlerContext = { kind: 'chooser-frame', tabId: 4 };
const offer: LoginInspection = {
  kind: 'root',
  orgs: [
    {
      orgId: 'stg',
      name: 'Acme Staging',
      loginEmail: 'jane.doe+staging@acme.test',
      environment: 'staging',
      isPrimary: false,
    },
  ],
};

function setup({ confirms = true, tabOrigin = LOGIN } = {}) {
  const chooseOrg = vi.fn(async () => undefined);
  const command = vi.fn(
    async (_tabId: number, { action }: { action: string }) => action !== 'confirm' || confirms,
  );
  const backend = createChooserBackend({
    store: memorySessionStore(),
    switches: { chooseOrg },
    command,
    tabOrigin: async () => tabOrigin,
    words: (key) => key,
  });
  return { backend, chooseOrg, command };
}

describe('the inline chooser in the background', () => {
  it('hands the frame what its tab offered, and chooses once the host confirms', async () => {
    const t = setup();
    await t.backend.recordOffer(page, offer);
    expect(await t.backend.getChooser(frame)).toEqual(offer);
    await t.backend.chooseOrg('stg', 'pointer', frame);
    expect(t.command).toHaveBeenCalledWith(4, { action: 'confirm', via: 'pointer' });
    expect(t.chooseOrg).toHaveBeenCalledWith('stg', 4, LOGIN);
    expect(t.command).toHaveBeenLastCalledWith(4, { action: 'fill' });
    // One offer, one choice.
    await expect(t.backend.chooseOrg('stg', 'pointer', frame)).rejects.toMatchObject({ kind: 'not-offered' });
  });

  it('ignores a choice the host does not confirm (covered, faded or just shown)', async () => {
    const t = setup({ confirms: false });
    await t.backend.recordOffer(page, offer);
    await expect(t.backend.chooseOrg('stg', 'pointer', frame)).rejects.toMatchObject({
      kind: 'chooser-hidden',
    });
    expect(t.chooseOrg).not.toHaveBeenCalled();
  });

  it('refuses an org not offered, a tab that left the login origin, and anyone but the frame', async () => {
    const t = setup();
    await t.backend.recordOffer(page, offer);
    await expect(t.backend.chooseOrg('prod', 'pointer', frame)).rejects.toMatchObject({
      kind: 'not-offered',
    });
    await expect(t.backend.chooseOrg('stg', 'pointer', page)).rejects.toMatchObject({ kind: 'forbidden' });
    const moved = setup({ tabOrigin: 'http://evil.localhost:8790' });
    await moved.backend.recordOffer(page, offer);
    expect(await moved.backend.getChooser(frame)).toEqual({ kind: 'none' });
    await expect(moved.backend.chooseOrg('stg', 'pointer', frame)).rejects.toMatchObject({
      kind: 'not-offered',
    });
    expect(t.chooseOrg).not.toHaveBeenCalled();
  });

  it('chooses a production org (askFirst) only with the frame’s "Open …?" answered', async () => {
    const t = setup();
    const prod = {
      orgId: 'prod',
      name: 'Acme Production',
      loginEmail: 'jane.doe@acme.test',
      environment: 'production',
      isPrimary: true,
      askFirst: true,
    };
    await t.backend.recordOffer(page, { kind: 'root', orgs: [prod] });
    await expect(t.backend.chooseOrg('prod', 'keyboard', frame)).rejects.toMatchObject({
      kind: 'needs-confirmation',
    });
    expect(t.command).not.toHaveBeenCalled();
    expect(t.chooseOrg).not.toHaveBeenCalled();
    await t.backend.chooseOrg('prod', 'pointer', frame, true);
    expect(t.chooseOrg).toHaveBeenCalledWith('prod', 4, LOGIN);
  });

  it('relays pointer-downs and Escape to the page as check and close', async () => {
    const t = setup();
    await t.backend.command(frame, 'check');
    await t.backend.command(frame, 'close');
    await t.backend.command(page, 'close');
    expect(t.command.mock.calls).toEqual([
      [4, { action: 'check' }],
      [4, { action: 'close' }],
    ]);
  });
});
