import { useMemo } from 'react';
import { periodYears } from '../../domain/model';
import type { Indicator } from '../../domain/model';
import { useStore } from '../../store/store';
import { TargetField } from '../fields/TargetField';
import { useActions } from '../hooks/useActions';
import { useT } from '../hooks/useT';

/** Annual targets for every year of the Renstra period (and the selected year, if outside it). */
export function IndicatorTargets({ nodeId, ind, testPrefix }: { nodeId: string; ind: Indicator; testPrefix: string }) {
  const t = useT();
  const a = useActions();
  const awal = useStore((s) => s.doc.project.periodeAwal);
  const akhir = useStore((s) => s.doc.project.periodeAkhir);
  const year = useStore((s) => s.year);
  const years = useMemo(() => {
    const ys = periodYears({ periodeAwal: awal, periodeAkhir: akhir });
    return ys.includes(year) ? ys : [...ys, year].sort((x, y) => x - y);
  }, [awal, akhir, year]);
  return (
    <div className="ind-targets" role="group" aria-label={t('targetsPerYear')}>
      <div className="ind-subhead">{t('targetsPerYear')}</div>
      <div className="ind-target-grid">
        {years.map((y) => (
          <TargetField
            key={y}
            label={String(y)}
            className={y === year ? 'fld-current' : undefined}
            value={ind.target[String(y)] ?? null}
            onCommit={(v) => a.setTarget(nodeId, ind.id, y, v)}
            data-testid={`${testPrefix}-target-${y}`}
          />
        ))}
      </div>
      <div className="fld-hint">{t('targetHint')}</div>
    </div>
  );
}
