/**
 * The popup's words that its first screen shows, shared by the popup and the background (which
 * builds a first open's first-paint snapshot, lib/background/first-paint.ts): ages, session status
 * lines, recent use, whose list, environments and option ids. Imports no component.
 */
import type { MessageKey } from '../i18n/t';
import { t } from '../i18n/t';
import type { PopupOrg, PopupView } from '../messaging/protocol';
import { formatAge, listAge } from './org-list';
import type { AgeUnit } from './org-list';
import { sessionStatus } from './session-status';
import type { SessionFacts } from './session-status';

export const ENV_WORDS: Record<PopupOrg['environment'], MessageKey> = {
  production: 'envProduction',
  test: 'envTest',
  staging: 'envStaging',
  sandbox: 'envSandbox',
  development: 'envDevelopment',
};

/** The DOM id of an org's option in the listbox (`components/OrgList`, the first paint). */
export const optionId = (org: Pick<PopupOrg, 'orgId'>) => `org-${org.orgId.replace(/[^\w-]/g, '_')}`;

const AGE_WORDS = {
  now: 'popupAgeJustNow',
  minutes: 'popupAgeMinutes',
  hours: 'popupAgeHours',
  days: 'popupAgeDays',
} as const;

export function sayAge(unit: AgeUnit, count: number): string {
  return t(AGE_WORDS[unit], String(count));
}

/** "Saved session · 5 min ago", "Needs an alias login", "You are signed in here · 2 Outreach tabs". */
export function saySession(orgId: string, facts: SessionFacts): string {
  const status = sessionStatus(orgId, facts);
  if (status.kind === 'alias-login') return t('popupSessionAlias');
  if (status.kind === 'here') return t('popupSessionHere', String(status.tabs));
  if (status.kind === 'container') return t('popupSessionContainer', String(status.tabs));
  const { unit, count } = listAge(status.savedAt, Date.now());
  return t('popupSessionSaved', sayAge(unit, count));
}

/** "used 5 min ago". */
export function sayUsed(at: number): string {
  const { unit, count } = listAge(at, Date.now());
  return t('popupUsedAgo', sayAge(unit, count));
}

type WhoState = Pick<PopupView, 'source' | 'phase' | 'rootEmail'> & {
  group: { fetchedAt: number; rootEmail: string } | null;
};

/** Whether the root email's session is live (tokens held, no sign-in running). */
export function isSignedIn(state: Pick<PopupView, 'source' | 'phase'> | null): boolean {
  return Boolean(
    state &&
    state.source === 'directory' &&
    !['signed-out', 'signing-in', 'session-expired'].includes(state.phase),
  );
}

/** The who line's words: whose list, and how fresh. */
export function whoWords(state: WhoState): { who: string | null; age: string | null } {
  const age = state.group ? formatAge(state.group.fetchedAt, Date.now(), sayAge) : null;
  const who =
    state.source === 'manual' && state.group
      ? t('popupManualListOf', state.group.rootEmail)
      : isSignedIn(state) && state.rootEmail
        ? t('popupSignedInAs', state.rootEmail)
        : null;
  return { who, age };
}
