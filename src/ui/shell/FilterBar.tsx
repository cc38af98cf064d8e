import { useState } from 'react';
import { LEVELS } from '../../domain/model';
import { getAppStore, useStore } from '../../store/store';
import { useT } from '../hooks/useT';

/** Highlight by level, predikat, penanggung jawab or check findings; the rest is dimmed. */
export function FilterBar() {
  const filter = useStore((s) => s.filter);
  const setFilter = useStore((s) => s.setFilter);
  const scale = useStore((s) => s.doc.project.settings.predikat);
  // The list of units is built when the select is opened, not on every edit (~17 ms at 20k nodes).
  const [units, setUnits] = useState<string[]>([]);
  const loadUnits = (): void => {
    const nodes = getAppStore().getState().doc.nodes;
    setUnits([...new Set(Object.values(nodes).map((n) => n.penanggungJawab).filter(Boolean))].sort());
  };
  const levelNames = useStore((s) => s.doc.project.levelNames);
  const t = useT();
  return (
    <div className="filterbar" data-testid="filterbar">
      <label>
        {t('filterLevel')}{' '}
        <select value={filter.level ?? ''} onChange={(e) => setFilter({ level: e.target.value === '' ? null : Number(e.target.value) })} data-testid="filter-level">
          <option value="">{t('all')}</option>
          {LEVELS.map((l) => (
            <option key={l} value={l}>
              {l} · {levelNames[`${l}`]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('filterPredikat')}{' '}
        <select value={filter.predikat ?? ''} onChange={(e) => setFilter({ predikat: e.target.value || null })} data-testid="filter-predikat">
          <option value="">{t('all')}</option>
          {scale.map((b) => (
            <option key={b.label} value={b.label}>
              {b.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('filterPj')}{' '}
        <select value={filter.penanggungJawab ?? ''} onFocus={loadUnits} onMouseDown={loadUnits} onChange={(e) => setFilter({ penanggungJawab: e.target.value || null })} data-testid="filter-pj">
          <option value="">{t('all')}</option>
          {(filter.penanggungJawab && !units.includes(filter.penanggungJawab) ? [filter.penanggungJawab, ...units] : units).map((u) => (
            <option key={u} value={u}>
              {u}
            </option>
          ))}
        </select>
      </label>
      <label className="check">
        <input type="checkbox" checked={filter.findingsOnly} onChange={(e) => setFilter({ findingsOnly: e.target.checked })} data-testid="filter-findings" /> {t('withFindings')}
      </label>
    </div>
  );
}
