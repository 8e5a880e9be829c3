import { useEffect, useState } from 'preact/hooks';
import { buildProfile } from '../../lib/connection/build-profile';
import { isAdvancedOpenAtStart } from '../../lib/options/connection-form';
import { ConnectionSection } from '../../components/options/ConnectionSection';
import { ContainersSection } from '../../components/options/ContainersSection';
import { Notice } from '../../components/options/Field';
import { InstancesSection } from '../../components/options/InstancesSection';
import { ListTransfer } from '../../components/options/ListTransfer';
import { memo } from 'preact/compat';
import { OrgInfoSection } from '../../components/options/OrgInfoSection';
import { PrepareSection } from '../../components/options/PrepareSection';
import { RequestSection } from '../../components/options/RequestSection';
import { ShortcutsSection } from '../../components/options/ShortcutsSection';
import { HistorySection } from '../../components/options/HistorySection';
import { OrgSignsSection } from '../../components/options/OrgSignsSection';
import { t } from '../../lib/i18n/t';
import type { MessageKey } from '../../lib/i18n/t';
import { useConnection } from './use-connection';
import { useContainers } from './use-containers';
import { useManualEditor } from './use-manual-editor';
import { useOptionsState } from './use-options-state';
import { useHistory } from './use-history';
import { useOrgSigns } from './use-org-signs';
import { useProductionGate } from './use-production-gate';
import { useRequest } from './use-request';
import { useCurrentSection } from './use-current-section';
import { shortcutSettingsUrl, useShortcuts } from './use-shortcuts';

/** What an admin does, in the help article's order; the connection last, under "Advanced". */
const SECTIONS: [string, MessageKey][] = [
  ['prepare', 'optionsPrepareTitle'],
  ['request', 'optionsRequestTitle'],
  ['org-info', 'optionsOrgInfoTitle'],
  ['instances', 'optionsInstancesTitle'],
  ['shortcuts', 'optionsShortcutsTitle'],
  ['org-signs', 'optionsOrgSignsTitle'],
  ['history', 'optionsHistoryTitle'],
  ['advanced', 'optionsAdvancedTitle'],
];
const SECTION_IDS = SECTIONS.map(([id]) => id);

const formatTime = (ms: number) => new Date(ms).toLocaleString();

/**
 * Org info lists every org of the group (1,000 rows at the limit): it re-renders only when the
 * state it shows changes, not on every key typed elsewhere on the page (its callbacks only send
 * messages, so a newer copy of them does the same).
 */
const Prepare = memo(
  PrepareSection,
  (before, after) =>
    before.rootEmail === after.rootEmail && before.box === after.box && before.view === after.view,
);

/** Equal data props: for sections whose callbacks are state setters or act only on what they show. */
function sameData<P extends object>(before: P, after: P): boolean {
  return (Object.keys(after) as (keyof P)[]).every(
    (key) => typeof after[key] === 'function' || before[key] === after[key],
  );
}

/** Its callbacks are state setters or act on what it shows, so equal data means an equal section. */
const Request = memo(RequestSection, sameData);

// Sections a key in the checker or the editor does not change: skipped, not re-rendered, per key.
// (The connection section is not among them: its Save acts on the account, which it does not show.)
const Transfer = memo(ListTransfer, sameData);
const Containers = memo(ContainersSection, sameData);
// The gate's switch comes as one object: compared by what it shows (its setter acts on the latest).
const Shortcuts = memo(
  ShortcutsSection,
  (before, after) =>
    sameData({ ...before, gate: null }, { ...after, gate: null }) &&
    before.gate?.isOn === after.gate?.isOn &&
    before.gate?.isSaved === after.gate?.isSaved,
);
const OrgSigns = memo(OrgSignsSection, sameData);
const History = memo(HistorySection, sameData);

const OrgInfo = memo(
  OrgInfoSection,
  (before, after) => before.state === after.state && before.busy === after.busy,
);

/** The options page: one section per step of the help article, plus connection and shortcuts. */
export function App() {
  const options = useOptionsState();
  const { state } = options;
  const connection = useConnection({
    email: state?.rootEmail ?? null,
    orgCount: state?.group?.instances.length ?? 0,
  });
  const [current, setCurrent] = useCurrentSection(SECTION_IDS);
  // Collapsed for the Outreach profile (nothing to set there); open for other profiles.
  const [isAdvancedOpen, setAdvancedOpen] = useState(() =>
    isAdvancedOpenAtStart(buildProfile().id, location.hash),
  );
  const request = useRequest(state?.source === 'directory' ? state.rootEmail : null, state?.group ?? null);
  const editor = useManualEditor(options);
  const shortcuts = useShortcuts();
  const history = useHistory();
  const orgSigns = useOrgSigns();
  const gate = useProductionGate();

  // The sections exist only after the first render, so the browser's own jump to #hash misses them.
  useEffect(() => {
    const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    target?.scrollIntoView();
    target?.focus({ preventScroll: true });
  }, []);

  return (
    <>
      <header class="page-header">
        <h1>{t('optionsTitle')}</h1>
      </header>
      <div class="layout">
        <nav class="side-nav" aria-label={t('optionsNavLabel')}>
          <ul class="nav">
            {SECTIONS.map(([id, key]) => (
              <li key={id}>
                <a
                  href={`#${id}`}
                  aria-current={current === id ? 'location' : undefined}
                  onClick={() => {
                    setCurrent(id);
                    if (id === 'advanced') setAdvancedOpen(true);
                  }}
                >
                  {t(key)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <main class="options">
          {options.actionError && <Notice tone="error">{options.actionError.message}</Notice>}
          <Prepare
            rootEmail={request.rootEmail}
            box={request.check.box}
            view={request.view}
            onRootEmail={request.setRootEmail}
            onText={request.check.setText}
            onLine={request.check.setLine}
            onClearList={request.check.clearList}
            onShowMore={request.showMoreRows}
          />
          <Request
            companyName={request.companyName}
            orgs={request.orgs}
            orgCount={request.view.okCount}
            primaryLogin={request.primaryLogin}
            text={request.request.text}
            gaps={request.request.gaps}
            copyStatus={request.copyStatus}
            onCompanyName={request.setCompanyName}
            onOrgName={request.setOrgName}
            onPrimary={request.setPrimary}
            onCopy={() => void request.copy()}
          />
          <OrgInfo
            state={state}
            busy={options.busy === 'load' ? null : options.busy}
            onSignIn={options.signIn}
            onSignOut={options.signOut}
            onRefresh={options.refresh}
            formatTime={formatTime}
          />
          <InstancesSection
            source={state?.source ?? null}
            draft={editor.draft}
            errors={editor.errors}
            errorCount={editor.errorCount}
            isAtLimit={editor.isAtLimit}
            isRestored={editor.isRestored}
            onDiscard={editor.discard}
            pendingDrop={editor.pendingDrop}
            status={editor.status}
            isBusy={options.busy !== null}
            onSource={options.setSource}
            isSourceLocked={connection.managedSource !== null}
            onRootEmail={editor.setRootEmail}
            onOrg={editor.setOrg}
            onAdd={editor.add}
            onMove={editor.move}
            onRemove={editor.remove}
            onSave={editor.save}
            onConfirmSave={editor.confirmSave}
            onCancelSave={editor.cancelSave}
            transfer={
              <Transfer
                exported={editor.exported}
                preview={editor.preview}
                importErrors={editor.importErrors}
                isBusy={options.busy !== null}
                onExport={editor.exportFile}
                onImportFile={(file) => void editor.importFile(file)}
                onApplyImport={() => void editor.applyImport()}
                onCancelImport={editor.cancelImport}
              />
            }
          />
          <Containers {...useContainers()} />
          <Shortcuts
            shortcuts={shortcuts}
            settingsUrl={shortcutSettingsUrl()}
            gate={{ isOn: gate.isOn, isSaved: gate.isSaved, onChange: gate.set }}
          />
          <OrgSigns signs={orgSigns.signs} isSaved={orgSigns.isSaved} onChange={orgSigns.set} />
          <History
            {...history}
            formatTime={formatTime}
            onClear={history.clear}
            onExport={history.exportCsv}
          />
          <details
            id="advanced"
            class="advanced"
            open={isAdvancedOpen}
            onToggle={(event) => setAdvancedOpen(event.currentTarget.open)}
          >
            <summary class="advanced__summary">{t('optionsAdvancedSummary')}</summary>
            <p class="section__intro">{t('optionsAdvancedIntro')}</p>
            <ConnectionSection
              {...connection}
              onProfile={connection.setProfile}
              onField={connection.setField}
              onSave={connection.save}
              onTest={() => void connection.test()}
              onConfirmSave={connection.confirmSave}
              onCancelSave={connection.cancelSave}
            />
          </details>
        </main>
      </div>
    </>
  );
}
