import { useMemo, useState } from 'react';
import { useStore, getAppStore } from '../../store/store';
import { totalResult } from '../../io/reports/engine';
import { twVars } from '../fields/display';
import { fmtPct, fmtRupiah } from '../format';
import { useT } from '../hooks/useT';
import { levelItems, pickBars, predikatDistribution } from './achievementModel';
import type { Ranking } from './achievementModel';
import { CapaianChart } from './CapaianChart';
import { CapaianLegend } from './CapaianLegend';
import { EfisiensiChart } from './EfisiensiChart';
import { PredikatChart } from './PredikatChart';
import { useFocusNode } from './useReview';
import { useReviewFindings } from './useReviewFindings';
import { WeakSpots } from './WeakSpots';
import '../review.css';

const COUNTS = [5, 10, 20, 50] as const;

/**
 * Grafik: capaian and capaian anggaran per program (level 2) or kegiatan (level 3) for the selected
 * year and triwulan, efisiensi, the predikat distribution and the cascade's weak spots, readable on
 * a projector. Charts draw at most N bars (best or worst N), so a 20,000-node tree stays usable.
 * No props.
 */
export function AchievementView() {
  const t = useT();
  const evalVersion = useStore((s) => s.evalVersion);
  const year = useStore((s) => s.year);
  const tw = useStore((s) => s.tw);
  const scale = useStore((s) => s.doc.project.settings.predikat);
  const levelNames = useStore((s) => s.doc.project.levelNames);
  const [level, setLevel] = useState<2 | 3>(2);
  const [ranking, setRanking] = useState<Ranking>('worst');
  const [n, setN] = useState<number>(10);
  const { findings } = useReviewFindings(true);
  const focus = useFocusNode();
  const items = useMemo(() => (evalVersion ? levelItems(getAppStore().getState().evaluation, level, scale) : []), [evalVersion, level, scale]);
  const total = useMemo(() => {
    const s = getAppStore().getState();
    return evalVersion ? totalResult(s.doc, s.evaluation) : null;
  }, [evalVersion]);
  const picked = useMemo(() => pickBars(items, ranking, n), [items, ranking, n]);
  const dist = useMemo(() => predikatDistribution(items, scale, t('achNoCapaian')), [items, scale, t]);
  const levelName = levelNames[String(level) as '2'] || (level === 2 ? t('achProgram') : t('achKegiatan'));
  const kpis: [string, string, string][] = [
    [t('achKpiCapaian'), total?.capaianEfektif ? `${fmtPct(total.capaianEfektif)}%` : '—', 'ach-kpi-capaian'],
    [t('achKpiAnggaran'), total?.capaianAnggaran ? `${fmtPct(total.capaianAnggaran)}%` : '—', 'ach-kpi-anggaran'],
    [t('achKpiEfisiensi'), total?.efisiensi ? fmtPct(total.efisiensi) : '—', 'ach-kpi-efisiensi'],
    [t('achKpiPagu'), total?.pagu ? `Rp ${fmtRupiah(total.pagu)}` : '—', 'ach-kpi-pagu'],
    [t('achKpiReal'), total?.realisasiAnggaran ? `Rp ${fmtRupiah(total.realisasiAnggaran)}` : '—', 'ach-kpi-realisasi'],
  ];
  return (
    <div className="ach" data-testid="achievement-view">
      <header className="ach-head">
        <h2>{t('achTitle', { year, ...twVars(tw) })}</h2>
        <div className="ach-controls">
          <div className="seg" role="group" aria-label={t('filterLevel')}>
            {([2, 3] as const).map((l) => (
              <button key={l} type="button" className={level === l ? 'on' : ''} aria-pressed={level === l} onClick={() => setLevel(l)} data-testid={`ach-level-${l}`}>
                {levelNames[String(l) as '2'] || (l === 2 ? t('achProgram') : t('achKegiatan'))}
              </button>
            ))}
          </div>
          <div className="seg" role="group">
            {(['worst', 'top'] as const).map((r) => (
              <button key={r} type="button" className={ranking === r ? 'on' : ''} aria-pressed={ranking === r} onClick={() => setRanking(r)} data-testid={`ach-rank-${r}`}>
                {r === 'top' ? t('achTop') : t('achWorst')} {n}
              </button>
            ))}
          </div>
          <label>
            {t('achCount')}{' '}
            <select value={n} onChange={(e) => setN(Number(e.target.value))} data-testid="ach-count">
              {COUNTS.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </label>
        </div>
      </header>
      <div className="ach-kpis">
        {kpis.map(([label, value, id]) => (
          <div key={id} className={id === 'ach-kpi-pagu' || id === 'ach-kpi-realisasi' ? 'ach-kpi ach-kpi-money' : 'ach-kpi'}>
            <div className="ach-kpi-label">{label}</div>
            <div className="ach-kpi-value" data-testid={id}>
              {value}
            </div>
          </div>
        ))}
      </div>
      <div className="ach-grid">
        <section className="ach-card ach-wide" data-testid="ach-chart-capaian">
          <h3>{t('achChartCapaian', { level: levelName })}</h3>
          <p className="rv-muted" data-testid="ach-shown">
            {t('achShown', { n: picked.bars.length, m: items.length, k: picked.without })}
          </p>
          {picked.bars.length === 0 ? (
            <p className="rv-empty">{t('achEmpty', { level: levelName })}</p>
          ) : (
            <>
              <CapaianLegend scale={scale} />
              <CapaianChart bars={picked.bars} onPick={focus} />
            </>
          )}
        </section>
        <section className="ach-card" data-testid="ach-chart-predikat">
          <h3>{t('achChartPredikat', { level: levelName })}</h3>
          <PredikatChart counts={dist} />
        </section>
        <section className="ach-card" data-testid="ach-weak">
          <h3>{t('achWeak')}</h3>
          <WeakSpots findings={findings} onPick={focus} />
        </section>
        <section className="ach-card ach-wide" data-testid="ach-chart-efisiensi">
          <h3>{t('achChartEfisiensi', { level: levelName })}</h3>
          {picked.bars.length === 0 ? <p className="rv-empty">{t('achEmpty', { level: levelName })}</p> : <EfisiensiChart bars={picked.bars} onPick={focus} />}
        </section>
      </div>
    </div>
  );
}
