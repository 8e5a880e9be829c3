import type { Environment } from '../../lib/directory/schema';
import { t } from '../../lib/i18n/t';
import type { MessageKey } from '../../lib/i18n/t';
import { stateWords } from '../../lib/instances/state-words';
import type { StateSnapshot } from '../../lib/messaging/protocol';
import { Notice, Section } from './Field';

export interface OrgInfoSectionProps {
  state: StateSnapshot | null;
  busy: string | null;
  onSignIn: () => void;
  onSignOut: () => void;
  onRefresh: () => void;
  /** Formats a time (ms since epoch) for people. */
  formatTime: (ms: number) => string;
}

export const ENV_KEYS: Record<Environment, MessageKey> = {
  production: 'envProduction',
  test: 'envTest',
  staging: 'envStaging',
  sandbox: 'envSandbox',
  development: 'envDevelopment',
};

const STATUS_KEYS: Record<string, MessageKey> = {
  enabled: 'optionsStatusEnabled',
  disabled: 'optionsStatusDisabled',
  requested: 'optionsStatusRequested',
};

function isSignedIn(state: StateSnapshot | null): boolean {
  return Boolean(
    state &&
    state.source === 'directory' &&
    !['signed-out', 'signing-in', 'session-expired'].includes(state.phase),
  );
}

/** "Org info": what the signed-in root email's Instance Group looks like, as Outreach's Org info page shows it. */
export function OrgInfoSection({
  state,
  busy,
  onSignIn,
  onSignOut,
  onRefresh,
  formatTime,
}: OrgInfoSectionProps) {
  const group = state?.group ?? null;
  const signedIn = isSignedIn(state);
  return (
    <Section id="org-info" title={t('optionsOrgInfoTitle')} intro={t('optionsOrgInfoIntro')}>
      {state?.error && <Notice tone="error">{state.error.message}</Notice>}
      {state?.cacheWarning && <Notice tone="warning">{state.cacheWarning}</Notice>}
      <div class="actions">
        {signedIn ? (
          <>
            <button
              type="button"
              class="btn btn--secondary"
              onClick={onRefresh}
              disabled={busy !== null || state?.isRefreshing}
            >
              {busy === 'refresh' || state?.isRefreshing ? t('popupRefreshing') : t('popupRefresh')}
            </button>
            <button type="button" class="btn btn--secondary" onClick={onSignOut} disabled={busy !== null}>
              {t('popupSignOut')}
            </button>
          </>
        ) : (
          state?.source === 'directory' && (
            <button
              type="button"
              class="btn btn--primary"
              onClick={onSignIn}
              disabled={busy !== null || state.phase === 'signing-in'}
            >
              {state.phase === 'signing-in' ? t('stateSigningInTitle') : t('stateSignInAction')}
            </button>
          )
        )}
      </div>
      {state && <StateWordsPanel state={state} />}
      {!group ? (
        state?.source === 'manual' && <p>{t('optionsOrgInfoEmptyManual')}</p>
      ) : (
        <GroupDetails state={state!} formatTime={formatTime} />
      )}
    </Section>
  );
}

/** The popup's words for the role or request state (see `stateWords`), when the list is not usable. */
function StateWordsPanel({ state }: { state: StateSnapshot }) {
  const words = stateWords(state);
  if (!words || (words.body === null && state.error)) return null;
  return (
    <div class={`state-words state-words--${words.tone}`} data-state={state.phase}>
      <h3 class="section__subtitle">{t(words.title)}</h3>
      {words.body && <p>{t(words.body, words.bodyArgs)}</p>}
    </div>
  );
}

function GroupDetails({ state, formatTime }: { state: StateSnapshot; formatTime: (ms: number) => string }) {
  const group = state.group!;
  const rows: [MessageKey, string][] = [
    ['optionsOrgInfoRootEmail', state.rootEmail ?? group.rootEmail],
    ['optionsOrgInfoRole', group.role === 'admin' ? t('optionsRoleAdmin') : t('optionsRoleUser')],
    ['optionsOrgInfoStatus', t(STATUS_KEYS[group.crossInstanceSso] ?? 'optionsStatusDisabled')],
    ['popupGroupId', group.instanceGroupId],
    [
      'optionsOrgInfoSource',
      group.source === 'manual' ? t('optionsSourceManual') : t('optionsSourceDirectory'),
    ],
    ['optionsOrgInfoRefreshed', formatTime(group.fetchedAt)],
  ];
  return (
    <>
      <dl class="facts">
        {rows.map(([key, value]) => (
          <div key={key} class="facts__row">
            <dt>{t(key)}</dt>
            <dd data-fact={key}>{value}</dd>
          </div>
        ))}
      </dl>
      <table class="orgs">
        <caption>{t('optionsOrgInfoOrgsCaption', String(group.instances.length))}</caption>
        <thead>
          <tr>
            <th scope="col">{t('optionsOrgNameLabel')}</th>
            <th scope="col">{t('optionsOrgLoginLabel')}</th>
            <th scope="col">{t('optionsOrgEnvironmentLabel')}</th>
            <th scope="col">{t('badgePrimary')}</th>
          </tr>
        </thead>
        <tbody>
          {group.instances.map((org) => (
            <tr key={org.orgId}>
              <th scope="row">{org.name}</th>
              <td>
                <code>{org.loginEmail}</code>
              </td>
              <td>{t(ENV_KEYS[org.environment])}</td>
              <td>{org.isPrimary ? t('optionsYes') : t('optionsNo')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {group.dropped.length > 0 && (
        <>
          <h3 class="section__subtitle">{t('optionsDroppedTitle', String(group.dropped.length))}</h3>
          <ul class="dropped">
            {group.dropped.map((entry) => (
              <li key={entry.index}>
                <strong>
                  {entry.name ?? entry.orgId ?? t('optionsDroppedEntry', String(entry.index + 1))}
                </strong>
                : {entry.reasons.join(' ')}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
