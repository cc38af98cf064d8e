import { useReactFlow } from '@xyflow/react';
import { periodYears } from '../../domain/model';
import { useStore } from '../../store/store';
import { useT } from '../hooks/useT';
import { SaveStatus } from './SaveStatus';
import { SearchBox } from './SearchBox';

/** The top bar: project, period, view switches, search, undo/redo, language, save status. */
export function Toolbar() {
  const project = useStore((s) => s.doc.project);
  const year = useStore((s) => s.year);
  const tw = useStore((s) => s.tw);
  const setPeriod = useStore((s) => s.setPeriod);
  const screen = useStore((s) => s.screen);
  const setScreen = useStore((s) => s.setScreen);
  const mode = useStore((s) => s.layoutMode);
  const setMode = useStore((s) => s.setLayoutMode);
  const lang = useStore((s) => s.lang);
  const setLang = useStore((s) => s.setLang);
  const canUndo = useStore((s) => s.undoStack.length > 0);
  const canRedo = useStore((s) => s.redoStack.length > 0);
  const undo = useStore((s) => s.undo);
  const redo = useStore((s) => s.redo);
  const t = useT();
  const flow = useReactFlow();
  const years = periodYears(project);
  if (!years.includes(year)) years.push(year);
  return (
    <header className="toolbar">
      <div className="brand">
        <span className="logo" aria-hidden>
          ◆
        </span>
        <div>
          <div className="brand-name">Kaskade</div>
          <div className="project-name" data-testid="project-name" title={project.nama}>
            {project.instansi || project.nama}
            {project.periodeAwal ? ` · ${project.periodeAwal}–${project.periodeAkhir}` : ''}
          </div>
        </div>
      </div>
      <div className="group">
        <label>
          {t('year')}{' '}
          <select value={year} onChange={(e) => setPeriod(Number(e.target.value), tw)} data-testid="select-year">
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('tw')}{' '}
          <select value={tw} onChange={(e) => setPeriod(year, Number(e.target.value))} data-testid="select-tw">
            {[1, 2, 3, 4].map((q) => (
              <option key={q} value={q}>
                TW {['I', 'II', 'III', 'IV'][q - 1]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="group seg" role="tablist">
        <button type="button" role="tab" aria-selected={screen === 'canvas'} className={screen === 'canvas' ? 'on' : ''} onClick={() => setScreen('canvas')} data-testid="tab-canvas">
          {t('canvas')}
        </button>
        <button type="button" role="tab" aria-selected={screen === 'table'} className={screen === 'table' ? 'on' : ''} onClick={() => setScreen('table')} data-testid="tab-table">
          {t('table')}
        </button>
        <button type="button" role="tab" aria-selected={screen === 'charts'} className={screen === 'charts' ? 'on' : ''} onClick={() => setScreen('charts')} data-testid="tab-charts">
          {t('charts')}
        </button>
      </div>
      {screen === 'canvas' && (
        <div className="group seg">
          <button type="button" className={mode === 'compact' ? 'on' : ''} onClick={() => setMode('compact')} data-testid="layout-compact">
            {t('layoutCompact')}
          </button>
          <button type="button" className={mode === 'wide' ? 'on' : ''} onClick={() => setMode('wide')} data-testid="layout-wide">
            {t('layoutWide')}
          </button>
          <button type="button" onClick={() => void flow.fitView({ duration: 250 })} title={t('fit')} data-testid="btn-fit">
            ⤢
          </button>
        </div>
      )}
      <SearchBox />
      <div className="group">
        <button type="button" onClick={undo} disabled={!canUndo} title={t('undo')} aria-label={t('undo')} data-testid="btn-undo">
          ↶
        </button>
        <button type="button" onClick={redo} disabled={!canRedo} title={t('redo')} aria-label={t('redo')} data-testid="btn-redo">
          ↷
        </button>
      </div>
      <div className="spacer" />
      <SaveStatus />
      <button type="button" className="lang" onClick={() => setLang(lang === 'id' ? 'en' : 'id')} data-testid="btn-lang">
        {t('language')}
      </button>
    </header>
  );
}
