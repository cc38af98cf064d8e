import { useState } from 'react';
import { exportDocument } from '../files/download';
import { useMsg, useT } from '../hooks/useT';
import { getSession } from '../shell/boot';
import { notify } from '../toast';
import { useSessionView } from './useSession';
import './storage.css';

/**
 * Says plainly when the work is not being stored: IndexedDB unavailable (memory only), a failed
 * save (full disk or other reason), or another tab's save of this project. Each offers the way
 * out: export JSON, try again, reload from the other tab, or keep this tab's state as a copy.
 */
export function StorageBanner() {
  const t = useT();
  const msg = useMsg();
  const available = useSessionView((s) => s.available);
  const conflict = useSessionView((s) => s.conflict);
  const failure = useSessionView((s) => s.failure);
  const [busy, setBusy] = useState(false);
  const session = getSession();

  const doExport = (): void => {
    const s = getStoreSnapshot();
    exportDocument(s.doc, 'json', s.year)
      .then((name) => notify(t('exported', { name }), 'ok'))
      .catch((e: unknown) => notify(`${t('exportFailed')}: ${e instanceof Error ? e.message : String(e)}`, 'error'));
  };
  const act = (p: () => Promise<void>, done?: string): void => {
    setBusy(true);
    p()
      .then(() => done && notify(done, 'ok'))
      .catch((e: unknown) => notify(e instanceof Error ? e.message : String(e), 'error'))
      .finally(() => setBusy(false));
  };
  const exportButton = (
    <button type="button" className="primary" onClick={doExport} data-testid="banner-export">
      {t('bannerExport')}
    </button>
  );

  if (conflict) {
    return (
      <div className="banner banner-conflict" role="alert" data-testid="banner-conflict">
        <span>{t('bannerConflict')}</span>
        <button type="button" className="primary" disabled={busy} onClick={() => act(() => session.reloadFromStorage())} data-testid="banner-reload">
          {t('bannerReload')}
        </button>
        <button type="button" disabled={busy} onClick={() => act(() => session.saveCopyAsNew(t('copySuffix')), t('copySaved'))} data-testid="banner-save-copy">
          {t('bannerSaveCopy')}
        </button>
      </div>
    );
  }
  if (!available) {
    return (
      <div className="banner banner-error" role="alert" data-testid="banner-memory">
        <span>{t('bannerMemory')}</span>
        {exportButton}
      </div>
    );
  }
  if (failure) {
    return (
      <div className="banner banner-error" role="alert" data-testid="banner-failed">
        <span>
          <strong>{t(failure.kind === 'invalid' ? 'bannerInvalid' : 'bannerFailed')}:</strong> {msg(failure.message)}
        </span>
        {exportButton}
        {failure.kind !== 'invalid' && (
          <button type="button" disabled={busy} onClick={() => act(() => session.retry())} data-testid="banner-retry">
            {t('bannerRetry')}
          </button>
        )}
      </div>
    );
  }
  return null;
}

function getStoreSnapshot() {
  return getSession().store.getState();
}
