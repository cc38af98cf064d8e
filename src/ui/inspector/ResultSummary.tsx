import { rollupGap } from '../../domain/checks';
import { quarterCapaian } from '../../domain/evaluate';
import type { NodeResult } from '../../domain/evaluate';
import { dec } from '../../domain/numbers';
import type { Dec } from '../../domain/numbers';
import { useStore } from '../../store/store';
import { PredikatBadge } from '../fields/PredikatBadge';
import { reasonKey, twVars } from '../fields/display';
import { fmtPct, fmtRupiah } from '../format';
import { useResult } from '../hooks/useNode';
import { useT } from '../hooks/useT';
import { ExplainButton } from '../review/ExplainButton';
import { Metric } from './Metric';
import { Section } from './Section';

type T = ReturnType<typeof useT>;

const pct = (d: NodeResult['capaian']): string => (d ? `${fmtPct(d)}%` : '—');
const rp = (d: NodeResult['pagu']): string => (d ? `Rp ${fmtRupiah(d)}` : '—');

function rollupNote(r: NodeResult, t: T): string | null {
  const n = r.rollupIncluded.length + r.rollupExcluded.length;
  if (n === 0) return t('rollNoChildren');
  if (!r.capaianTurunan) return t('rollNoneWithCapaian', { n });
  if (r.rollupExcluded.length > 0) return t('rollExcluded', { n: r.rollupExcluded.length, m: n });
  return t('rollAll', { n });
}

function budgetNotes(r: NodeResult, t: T, tv: ReturnType<typeof twVars>) {
  const pagu = r.paguEntered ? t('paguEntered') : r.paguChildren ? t('paguFromChildren') : t('paguNone');
  const paguWarn = r.paguEntered && r.paguChildren && !r.paguEntered.eq(r.paguChildren) ? t('paguDiffers', { diff: `Rp ${fmtRupiah(r.paguEntered.minus(r.paguChildren).abs())}`, sum: `Rp ${fmtRupiah(r.paguChildren)}` }) : null;
  const real = r.realisasiAnggaranEntered ? t('realEntered', tv) : r.realisasiAnggaranChildren ? t('realFromChildren', tv) : t('realNone', tv);
  let capAngg: string | null;
  if (r.capaianAnggaran) capAngg = r.capaianRencana ? t('capAnggVsPlan', { pct: `${fmtPct(r.capaianRencana)}%`, ...tv }) : null;
  else if (!r.pagu) capAngg = t('capAnggNoPagu');
  else if (r.pagu.isZero()) capAngg = t('capAnggPaguZero');
  else capAngg = t('capAnggNoReal', tv);
  const overspend = r.pagu && r.realisasiAnggaran && r.realisasiAnggaran.gt(r.pagu) ? t('realAbovePagu') : null;
  return { pagu, paguWarn, real, capAngg, overspend };
}

/** Computed results of the selected node at the selected year and triwulan. */
export function ResultSummary({ nodeId }: { nodeId: string }) {
  const t = useT();
  const r = useResult(nodeId);
  const year = useStore((s) => s.year);
  const tw = useStore((s) => s.tw);
  const ambang = useStore((s) => s.doc.project.settings.ambangSelisih);
  // Re-rendered with the result (the evaluation object itself is updated in place).
  const evaluation = useStore((s) => s.evaluation);
  if (!r) return null;
  const tv = twVars(tw);
  const own = r.capaian ? null : t(reasonKey(r.capaianReason), { year, ...tv });
  const limit = dec(ambang);
  const gap = limit ? rollupGap(r, limit, tw, () => quarterCapaian(evaluation)(nodeId)) : null;
  let rollNote = rollupNote(r, t);
  let diverge: string | null = null;
  if (gap) {
    const vars = { diff: fmtPct(gap.diff), limit: fmtPct(limit as Dec), ...tv };
    if (!gap.quarter) diverge = t('rollDiverge', vars);
    else {
      const q = { diffTw: fmtPct(gap.quarter.diff), own: fmtPct(gap.quarter.own), roll: fmtPct(gap.quarter.roll) };
      if (gap.quarter.apart) diverge = t('rollDivergeTw', { ...vars, ...q });
      else rollNote = [rollNote, t('rollInLineTw', { ...vars, ...q })].filter(Boolean).join('. ');
    }
  }
  const b = budgetNotes(r, t, tv);
  const predNote = r.capaian ? t('predFromOwn') : r.capaianTurunan ? t('predFromRollup') : t('predNone');
  return (
    <Section title={t('secSummary', { year, ...tv })} data-testid="insp-sec-summary">
      <div className="metric-grid">
        <Metric label={t('mCapaianOwn')} value={pct(r.capaian)} note={own} data-testid="insp-sum-capaian" />
        <Metric label={t('mCapaianRollup')} value={pct(r.capaianTurunan)} note={rollNote} warn={diverge} data-testid="insp-sum-turunan" />
        <Metric wide label={t('mPredikat')} value={<PredikatBadge label={r.predikat} />} note={predNote} data-testid="insp-sum-predikat" />
        <Metric wide label={t('mPagu', { year })} value={rp(r.pagu)} note={b.pagu} warn={b.paguWarn} data-testid="insp-sum-pagu" />
        <Metric wide label={t('mRealAnggaran', tv)} value={rp(r.realisasiAnggaran)} note={b.real} warn={b.overspend} data-testid="insp-sum-realisasi-anggaran" />
        <Metric label={t('mCapaianAnggaran')} value={pct(r.capaianAnggaran)} note={b.capAngg} data-testid="insp-sum-capaian-anggaran" />
        <Metric label={t('mEfisiensi')} value={r.efisiensi ? fmtPct(r.efisiensi) : '—'} note={r.efisiensi ? t('efisiensiHow') : t('efisiensiNeeds')} data-testid="insp-sum-efisiensi" />
      </div>
      <div className="why-row">
        <ExplainButton nodeId={nodeId} />
      </div>
    </Section>
  );
}
