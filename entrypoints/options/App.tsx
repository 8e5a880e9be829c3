import { useEffect } from 'preact/hooks';
import { ConnectionSection } from '../../components/options/ConnectionSection';
import { Notice } from '../../components/options/Field';
import { InstancesSection } from '../../components/options/InstancesSection';
import { ListTransfer } from '../../components/options/ListTransfer';
import { OrgInfoSection } from '../../components/options/OrgInfoSection';
import { PrepareSection } from '../../components/options/PrepareSection';
import { RequestSection } from '../../components/options/RequestSection';
import { ShortcutsSection } from '../../components/options/ShortcutsSection';
import { HistorySection } from '../../components/options/HistorySection';
import { OrgSignsSection } from '../../components/options/OrgSignsSection';
import { t } from '../../lib/i18n/t';
import type { MessageKey } from '../../lib/i18n/t';
import { useConnection } from './use-connection';
import { useManualEditor } from './use-manual-editor';
import { useOptionsState } from './use-options-state';
import { useHistory } from './use-history';
import { useOrgSigns } from './use-org-signs';
import { useRequest } from './use-request';
import { shortcutSettingsUrl, useShortcuts } from './use-shortcuts';

const SECTIONS: [string, MessageKey][] = [
  ['connection', 'optionsConnectionTitle'],
  ['prepare', 'optionsPrepareTitle'],
  ['request', 'optionsRequestTitle'],
  ['org-info', 'optionsOrgInfoTitle'],
  ['instances', 'optionsInstancesTitle'],
  ['shortcuts', 'optionsShortcutsTitle'],
  ['org-signs', 'optionsOrgSignsTitle'],
  ['history', 'optionsHistoryTitle'],
];

const formatTime = (ms: number) => new Date(ms).toLocaleString();

/** The options page: one section per step of the help article, plus connection and shortcuts. */
export function App() {
  const options = useOptionsState();
  const { state } = options;
  const connection = useConnection();
  const request = useRequest(state?.source === 'directory' ? state.rootEmail : null, state?.group ?? null);
  const editor = useManualEditor(options);
  const shortcuts = useShortcuts();
  const history = useHistory();
  const orgSigns = useOrgSigns();

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
        <nav aria-label={t('optionsNavLabel')}>
          <ul class="nav">
            {SECTIONS.map(([id, key]) => (
              <li key={id}>
                <a href={`#${id}`}>{t(key)}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main class="options">
        {options.actionError && <Notice tone="error">{options.actionError.message}</Notice>}
        <ConnectionSection
          {...connection}
          onProfile={connection.setProfile}
          onField={connection.setField}
          onSave={connection.save}
        />
        <PrepareSection
          rootEmail={request.rootEmail}
          logins={request.logins}
          view={request.view}
          onRootEmail={request.setRootEmail}
          onLogins={request.setLogins}
        />
        <RequestSection
          companyName={request.companyName}
          orgs={request.orgs}
          primaryLogin={request.primaryLogin}
          text={request.request.text}
          gaps={request.request.gaps}
          copyStatus={request.copyStatus}
          onCompanyName={request.setCompanyName}
          onOrgName={request.setOrgName}
          onPrimary={request.setPrimary}
          onCopy={() => void request.copy()}
        />
        <OrgInfoSection
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
          logins={editor.logins}
          pendingDrop={editor.pendingDrop}
          status={editor.status}
          isBusy={options.busy !== null}
          onSource={options.setSource}
          onRootEmail={editor.setRootEmail}
          onOrg={editor.setOrg}
          onAdd={editor.add}
          onMove={editor.move}
          onRemove={editor.remove}
          onSave={editor.save}
          onConfirmSave={editor.confirmSave}
          onCancelSave={editor.cancelSave}
          transfer={
            <ListTransfer
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
        <ShortcutsSection shortcuts={shortcuts} settingsUrl={shortcutSettingsUrl()} />
        <OrgSignsSection signs={orgSigns.signs} isSaved={orgSigns.isSaved} onChange={orgSigns.set} />
        <HistorySection
          {...history}
          formatTime={formatTime}
          onClear={history.clear}
          onExport={history.exportCsv}
        />
      </main>
    </>
  );
}
