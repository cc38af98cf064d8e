import { useState } from 'react';
import { newId } from '../../domain/model';
import { duplicateProject, mostRecentLive, purgeProject, renameProject, restoreProject, trashProject } from '../../persistence/projectList';
import type { ProjectSummary } from '../../persistence/projectList';
import { visibleSamples } from '../../samples';
import { useStore } from '../../store/store';
import { confirmDialog } from '../confirm';
import { useActions } from '../hooks/useActions';
import { useMsg, useT } from '../hooks/useT';
import { getDb, getSession, TAB_ID } from '../shell/boot';
import { notify } from '../toast';
import { Modal } from './Modal';
import { blankDocument, sampleDocument } from './newDocuments';
import { ProjectItem } from './ProjectItem';
import type { ProjectItemActions } from './ProjectItem';
import { StorageInfo } from './StorageInfo';
import { useProjectList } from './useProjectList';

/** The project list: create (blank or from a sample), open, rename, duplicate, trash and restore. */
export function ProjectsDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const msg = useMsg();
  const lang = useStore((s) => s.lang);
  const currentId = useStore((s) => s.doc.project.id);
  const actions = useActions();
  const lists = useProjectList();
  const [tab, setTab] = useState<'live' | 'trash'>('live');
  const db = getDb();
  const session = getSession();

  const run = (p: Promise<unknown>, after?: () => void): void => {
    p.then(() => {
      session.listsChanged();
      after?.();
    }).catch((e: unknown) => notify(`${t('saveFailed')}: ${e instanceof Error ? e.message : String(e)}`, 'error'));
  };
  const refused = (r: { ok: boolean; reason?: { id: string; en: string } }): void => {
    if (!r.ok && r.reason) notify(msg(r.reason), 'error');
  };
  const label = (p: ProjectSummary): string => p.nama || p.instansi || t('untitled');

  const itemActions: ProjectItemActions = {
    open: (id) => run(session.open(id), onClose),
    rename: (id, nama) => {
      if (id === currentId) {
        actions.updateProject({ nama });
        run(session.flush());
      } else if (db) run(renameProject(db, id, nama, TAB_ID).then(refused));
    },
    duplicate: (p) => {
      if (!db) return;
      run(session.flush().then(() => duplicateProject(db, p.id, newId('p'), `${label(p)} ${t('copySuffix')}`, TAB_ID)));
    },
    trash: (p) => {
      if (!db) return;
      const next = async (): Promise<void> => {
        await session.flush();
        refused(await trashProject(db, p.id, TAB_ID));
        if (p.id === currentId) {
          const other = await mostRecentLive(db, p.id);
          if (other) await session.open(other);
          else await session.openNew(blankDocument());
        }
      };
      run(next(), () => notify(t('movedToTrash', { name: label(p) }), 'info'));
    },
    restore: (p) => {
      if (db) run(restoreProject(db, p.id, TAB_ID).then(refused), () => notify(t('restored', { name: label(p) }), 'ok'));
    },
    purge: (p) => {
      if (!db) return;
      void confirmDialog(t('confirmPurge', { name: label(p) })).then((ok) => ok && run(purgeProject(db, p.id).then(refused)));
    },
  };

  const create = (doc: ReturnType<typeof blankDocument>): void => run(session.openNew(doc), onClose);
  const shown = tab === 'live' ? lists.live : lists.trash;

  return (
    <Modal title={t('projectsTitle')} onClose={onClose} testId="projects-dialog" wide footer={<StorageInfo estimate={lists.loading ? null : lists.estimate} />}>
      <section className="proj-create" aria-label={t('newProject')}>
        <button type="button" className="primary" onClick={() => create(blankDocument(lang === 'id' ? 'Proyek baru' : 'New project'))} data-testid="btn-new-project">
          + {t('createBlank')}
        </button>
        <span className="muted">{t('createFromSample')}:</span>
        {visibleSamples().map((s) => (
          <button type="button" key={s.id} onClick={() => create(sampleDocument(s))} data-testid={`btn-sample-${s.id}`} title={s.title[lang]}>
            {s.title[lang].split(' — ')[0]}
          </button>
        ))}
      </section>
      {!db ? (
        <p className="notice notice-warn" data-testid="projects-memory">
          {t('memoryNoProjects')}
        </p>
      ) : (
        <>
          <div className="ktabs" role="tablist">
            <button type="button" role="tab" aria-selected={tab === 'live'} className={tab === 'live' ? 'on' : ''} onClick={() => setTab('live')} data-testid="tab-projects">
              {t('projects')} ({lists.live.length})
            </button>
            <button type="button" role="tab" aria-selected={tab === 'trash'} className={tab === 'trash' ? 'on' : ''} onClick={() => setTab('trash')} data-testid="tab-trash">
              {t('trash')} ({lists.trash.length})
            </button>
          </div>
          {lists.error && <p className="notice notice-error">{lists.error}</p>}
          {!lists.loading && shown.length === 0 && <p className="muted">{tab === 'live' ? t('noProjects') : t('trashEmpty')}</p>}
          <ul className="proj-list" data-testid={tab === 'live' ? 'project-list' : 'trash-list'} aria-busy={lists.loading}>
            {shown.map((p) => (
              <ProjectItem key={p.id} p={p} current={p.id === currentId} trash={tab === 'trash'} actions={itemActions} />
            ))}
          </ul>
        </>
      )}
    </Modal>
  );
}
