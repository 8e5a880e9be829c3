import { describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../../lib/background/handlers';
import type { HandlerDeps } from '../../../lib/background/handlers';
import { createMemoryCache } from '../../../lib/db';
import type { HandlerContext } from '../../../lib/messaging/receiver';
import { group } from '../switch/fixtures';

const popup: HandlerContext = { kind: 'extension-page', path: '/popup.html' };

/** The session handlers over a switch service's facts and the containers' own sessions. */
function setup() {
  const switches = {
    activeOrgId: vi.fn(async () => null),
    savedSessions: vi.fn(async () => ({ stg: 1_000 })),
    forgetSession: vi.fn(async () => undefined),
  };
  const containerSessions = {
    signedIn: vi.fn(async () => ({ prod: 2 })),
    forget: vi.fn(async () => undefined),
  };
  const handlers = createHandlers({
    cache: async () => createMemoryCache(null, { group, usage: [] }),
    switches,
    containerSessions,
    outreachTabs: async () => 3,
  } as unknown as HandlerDeps);
  return { handlers, switches, containerSessions };
}

describe('session status and Forget with one container per org', () => {
  it('tells the popup which orgs are signed in in their own container', async () => {
    const t = setup();
    expect(await t.handlers.getSessionStatus({ type: 'getSessionStatus' }, popup)).toEqual({
      activeOrgId: null,
      outreachTabs: 3,
      saved: { stg: 1_000 },
      containers: { prod: 2 },
    });
    expect(t.containerSessions.signedIn).toHaveBeenCalledWith(group.instances);
  });

  it("Forget clears the org's jar and its own container's session", async () => {
    const t = setup();
    await t.handlers.forgetSession({ type: 'forgetSession', orgId: 'prod' }, popup);
    expect(t.switches.forgetSession).toHaveBeenCalledWith('prod');
    expect(t.containerSessions.forget).toHaveBeenCalledWith(group.instances.find((o) => o.orgId === 'prod'));
  });
});
