import { useState } from 'react';
import type { VersionRow } from '../../persistence/db';
import { useStore } from '../../store/store';
import { useT } from '../hooks/useT';
import { fmtDateTime } from '../storage/format';

export interface VersionItemActions {
  restore: (v: VersionRow) => void;
  rename: (v: VersionRow, name: string) => void;
  setLocked: (v: VersionRow, locked: boolean) => void;
  remove: (v: VersionRow) => void;
}

/** One named version: restore, lock, rename and delete (the last two refused while locked). */
export function VersionItem({ v, actions }: { v: VersionRow; actions: VersionItemActions }) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <li className={`ver${v.locked ? ' ver-locked' : ''}`} data-testid="version" data-version-name={v.name} data-version-id={v.id}>
      {draft === null ? (
        <div className="ver-head">
          <span className="ver-name">
            {v.locked && (
              <svg className="ver-lock" viewBox="0 0 16 16" width="13" height="13" role="img" aria-label={t('locked')} data-testid="version-locked">
                <title>{t('locked')}</title>
                <rect x="3" y="7" width="10" height="8" rx="1.5" fill="currentColor" />
                <path d="M5 7V5a3 3 0 0 1 6 0v2" fill="none" stroke="currentColor" strokeWidth="1.6" />
              </svg>
            )}
            {v.name}
          </span>
          <span className="ver-meta">
            {fmtDateTime(v.createdAt, lang)} · {t('nodesCount', { n: v.nodeCount })}
          </span>
        </div>
      ) : (
        <form
          className="ver-rename"
          onSubmit={(e) => {
            e.preventDefault();
            if (draft.trim()) actions.rename(v, draft);
            setDraft(null);
          }}
        >
          <input autoFocus value={draft} onChange={(e) => setDraft(e.target.value)} onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), setDraft(null))} aria-label={t('rename')} data-testid="version-rename-input" />
          <button type="submit" className="primary">
            {t('save')}
          </button>
        </form>
      )}
      <div className="ver-actions">
        <button type="button" onClick={() => actions.restore(v)} data-testid="version-restore">
          {t('restoreVersion')}
        </button>
        <button type="button" onClick={() => actions.setLocked(v, !v.locked)} aria-pressed={v.locked} data-testid="version-lock">
          {v.locked ? t('unlock') : t('lock')}
        </button>
        <button type="button" disabled={v.locked} onClick={() => setDraft(v.name)} data-testid="version-rename">
          {t('rename')}
        </button>
        <button type="button" disabled={v.locked} onClick={() => actions.remove(v)} data-testid="version-delete">
          {t('deleteVersion')}
        </button>
      </div>
    </li>
  );
}
