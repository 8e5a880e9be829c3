import { describe, expect, it } from 'vitest';
import { sessionStatus } from '../../../lib/popup/session-status';

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
