import { useState } from 'react';
import type { VersionRow } from '../../persistence/db';
import { createVersion, deleteVersion, loadVersionDocument, renameVersion, setVersionLocked } from '../../persistence/versionRepository';
import { getAppStore } from '../../store/store';
import { confirmDialog } from '../confirm';
import { useActions } from '../hooks/useActions';
import { useMsg, useT } from '../hooks/useT';
import { getDb, getSession, TAB_ID } from '../shell/boot';
import { notify } from '../toast';
import { ComparePanel } from './ComparePanel';
import { useVersions } from './useVersions';
import { VersionItem } from './VersionItem';
import type { VersionItemActions } from './VersionItem';
import '../storage/storage.css';
import './versions.css';

const SUGGESTED = ['Rancangan Awal', 'Rancangan Akhir', 'Penetapan', 'Perubahan'];

/** Named versions of the open project: save, list, lock, rename, restore, delete, compare. */
export function VersionsPanel() {
  const t = useT();
  const msg = useMsg();
  const actions = useActions();
  const { versions } = useVersions();
  const [name, setName] = useState('');
  const db = getDb();
  const session = getSession();

  if (!db) {
    return (
      <div className="versions" data-testid="versions-panel">
        <h3>{t('versionsTitle')}</h3>
        <p className="notice notice-warn">{t('versionsUnavailable')}</p>
      </div>
    );
  }

  const fail = (e: unknown): void => notify(e instanceof Error ? e.message : String(e), 'error');
  const refusedOrReload = (r: { ok: boolean; reason?: { id: string; en: string } }): void => {
    if (!r.ok && r.reason) notify(msg(r.reason), 'error');
    session.listsChanged();
  };

  const save = (): void => {
    const doc = getAppStore().getState().doc;
    createVersion(db, doc, name, TAB_ID)
      .then((v) => {
        setName('');
        session.listsChanged();
        notify(t('versionSaved', { name: v.name }), 'ok');
      })
      .catch(fail);
  };

  const itemActions: VersionItemActions = {
    restore: (v: VersionRow) => {
      loadVersionDocument(db, v.id)
        .then((doc) => {
          if (!doc) return;
          // Keep the open project's id: a restored state replaces the content, not the project.
          const cur = getAppStore().getState().doc.project;
          actions.replaceDocument(`${t('restoreLabel')}: ${v.name}`, { ...doc, project: { ...doc.project, id: cur.id } });
          getAppStore().getState().select(null);
          notify(t('restoredVersion', { name: v.name }), 'ok');
        })
        .catch(fail);
    },
    rename: (v, n) => void renameVersion(db, v.id, n).then(refusedOrReload).catch(fail),
    setLocked: (v, locked) => void setVersionLocked(db, v.id, locked).then(refusedOrReload).catch(fail),
    remove: (v) => {
      void confirmDialog(t('confirmDeleteVersion', { name: v.name })).then((ok) => {
        if (ok) deleteVersion(db, v.id).then(refusedOrReload).catch(fail);
      });
    },
  };

  return (
    <div className="versions" data-testid="versions-panel">
      <h3>{t('versionsTitle')}</h3>
      <form
        className="ver-save"
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <input value={name} onChange={(e) => setName(e.target.value)} placeholder={t('versionName')} aria-label={t('versionName')} list="kaskade-version-names" data-testid="version-name-input" />
        <datalist id="kaskade-version-names">
          {SUGGESTED.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
        <button type="submit" className="primary" data-testid="version-save">
          {t('saveVersion')}
        </button>
      </form>
      {versions.length === 0 ? (
        <p className="muted">{t('noVersions')}</p>
      ) : (
        <ul className="ver-list" data-testid="version-list">
          {versions.map((v) => (
            <VersionItem key={v.id} v={v} actions={itemActions} />
          ))}
        </ul>
      )}
      {versions.length > 0 && <ComparePanel versions={versions} />}
    </div>
  );
}
