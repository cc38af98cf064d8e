import { useState } from 'react';
import type { ProjectSummary } from '../../persistence/projectList';
import { useStore } from '../../store/store';
import { useT } from '../hooks/useT';
import { fmtDateTime } from '../storage/format';

export interface ProjectItemActions {
  open: (id: string) => void;
  rename: (id: string, nama: string) => void;
  duplicate: (p: ProjectSummary) => void;
  trash: (p: ProjectSummary) => void;
  restore: (p: ProjectSummary) => void;
  purge: (p: ProjectSummary) => void;
}

/** One project in the list (live or in the trash), with its actions and inline rename. */
export function ProjectItem({ p, current, trash, actions }: { p: ProjectSummary; current: boolean; trash: boolean; actions: ProjectItemActions }) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const [draft, setDraft] = useState<string | null>(null);
  const name = p.nama || p.instansi || t('untitled');
  const commitRename = (): void => {
    if (draft !== null && draft.trim() && draft.trim() !== p.nama) actions.rename(p.id, draft.trim());
    setDraft(null);
  };
  return (
    <li className={`proj${current ? ' proj-current' : ''}`} data-testid={`project-${p.id}`} data-project-name={p.nama}>
      <div className="proj-main">
        {draft === null ? (
          <div className="proj-name">
            {name}
            {current && <span className="pill">{t('opened')}</span>}
          </div>
        ) : (
          <form
            className="proj-rename"
            onSubmit={(e) => {
              e.preventDefault();
              commitRename();
            }}
          >
            <input autoFocus value={draft} onChange={(e) => setDraft(e.target.value)} onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), setDraft(null))} aria-label={t('rename')} data-testid="project-rename-input" />
            <button type="submit" className="primary" data-testid="project-rename-save">
              {t('save')}
            </button>
          </form>
        )}
        <div className="proj-meta">
          {p.instansi && p.instansi !== name ? `${p.instansi} · ` : ''}
          {p.periodeAwal}–{p.periodeAkhir} · {t('nodesCount', { n: p.nodeCount })}
          {p.versionCount > 0 ? ` · ${t('versionsCount', { n: p.versionCount })}` : ''} · {trash ? t('deletedOn', { when: fmtDateTime(p.deletedAt, lang) }) : t('updated', { when: fmtDateTime(p.updatedAt, lang) })}
        </div>
      </div>
      <div className="proj-actions">
        {trash ? (
          <>
            <button type="button" onClick={() => actions.restore(p)} data-testid="project-restore">
              {t('restore')}
            </button>
            <button type="button" className="danger" onClick={() => actions.purge(p)} data-testid="project-purge">
              {t('purge')}
            </button>
          </>
        ) : (
          <>
            <button type="button" className="primary" disabled={current} onClick={() => actions.open(p.id)} data-testid="project-open">
              {t('open')}
            </button>
            <button type="button" onClick={() => setDraft(p.nama)} data-testid="project-rename">
              {t('rename')}
            </button>
            <button type="button" onClick={() => actions.duplicate(p)} data-testid="project-duplicate">
              {t('duplicate')}
            </button>
            <button type="button" onClick={() => actions.trash(p)} data-testid="project-trash">
              {t('moveToTrash')}
            </button>
          </>
        )}
      </div>
    </li>
  );
}
