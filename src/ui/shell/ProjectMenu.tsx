import { makeProject, newId, SCHEMA_VERSION } from '../../domain/model';
import type { KDocument } from '../../domain/model';
import { SAMPLES } from '../../samples';
import { useStore } from '../../store/store';
import { notify } from '../toast';
import { useT } from '../hooks/useT';
import { openDocument } from './boot';
import { FilterBar } from './FilterBar';

function blankDocument(): KDocument {
  const year = new Date().getFullYear();
  return { schemaVersion: SCHEMA_VERSION, project: makeProject({ id: newId('p'), nama: 'Proyek baru', instansi: '', periodeAwal: year, periodeAkhir: year + 4, tahun: year, triwulan: 1 }), nodes: {}, acknowledgements: [] };
}

/** Start a blank project or open a sample as a new project. */
export function ProjectMenu() {
  const lang = useStore((s) => s.lang);
  const screen = useStore((s) => s.screen);
  const t = useT();
  const open = (doc: KDocument): void => {
    openDocument(doc).catch((e: unknown) => notify(`${t('saveFailed')}: ${e instanceof Error ? e.message : String(e)}`, 'error'));
  };
  return (
    <nav className="projectbar" aria-label="Proyek">
      <button type="button" onClick={() => open(blankDocument())} data-testid="btn-new-project">
        {t('newProject')}
      </button>
      {SAMPLES.filter((s) => !s.hidden).map((s) => (
        <button
          type="button"
          key={s.id}
          onClick={() => {
            const doc = s.build();
            open({ ...doc, project: { ...doc.project, id: newId('p') } });
          }}
          data-testid={`btn-sample-${s.id}`}
        >
          {t('sample')}: {s.title[lang]}
        </button>
      ))}
      <span className="spacer" />
      {screen === 'canvas' && <FilterBar />}
    </nav>
  );
}
