import { describe, expect, it } from 'vitest';
import { canForgetSession, sessionStatus } from '../../../lib/popup/session-status';

const facts = { activeOrgId: 'prod', outreachTabs: 2, saved: { stg: 1_000, prod: 500 } };

describe('sessionStatus', () => {
  it('says the browser is in the active org, with its tabs', () => {
    expect(sessionStatus('prod', facts)).toEqual({ kind: 'here', tabs: 2 });
  });
  it('gives a saved session its time', () => {
    expect(sessionStatus('stg', facts)).toEqual({ kind: 'saved', savedAt: 1_000 });
  });
  it('says an org without one needs an alias login', () => {
    expect(sessionStatus('test', facts)).toEqual({ kind: 'alias-login' });
    expect(sessionStatus('prod', { ...facts, activeOrgId: null })).toEqual({ kind: 'saved', savedAt: 500 });
  });
});

describe('orgs in their own container (Firefox)', () => {
  const inContainers = { ...facts, containers: { prod: 1, test: 3 } };
  it("says a container's own session is signed in, with that container's tabs", () => {
    expect(sessionStatus('test', inContainers)).toEqual({ kind: 'container', tabs: 3 });
    expect(sessionStatus('prod', inContainers)).toEqual({ kind: 'container', tabs: 1 });
    expect(sessionStatus('stg', inContainers)).toEqual({ kind: 'saved', savedAt: 1_000 });
  });
  it("offers Forget for a container's session, and for a saved jar the browser is not in", () => {
    expect(canForgetSession('test', inContainers)).toBe(true);
    expect(canForgetSession('prod', inContainers)).toBe(true);
    expect(canForgetSession('prod', facts)).toBe(false);
    expect(canForgetSession('stg', facts)).toBe(true);
    expect(canForgetSession('other', inContainers)).toBe(false);
  });
});
