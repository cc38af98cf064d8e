import { budgetOf, quarterCapaian } from '../evaluate';
import type { IndicatorResult, NodeResult, QuarterCapaian } from '../evaluate';
import { formatFormulaError } from '../formula';
import type { FormulaError } from '../formula';
import type { Indicator, KNode } from '../model';
import { D, compareDec, dec } from '../numbers';
import type { Dec } from '../numbers';
import { compareRupiah } from '../rupiah';
import { formatNumber, formatPct, formatRp, formatTarget, indicatorLabel, lazyFinding, nodeLabel, num, targetText } from './format';
import type { FindingText } from './format';
import type { Bilingual, CheckContext, Finding } from './types';
import { pausesBefore } from './types';

/**
 * Achievement rules for the evaluated year and quarter:
 * - `composite-mismatch`: a stated value differs from its formula's value, both at the indicator's
 *   decimal places (the formula value is already rounded by the evaluation);
 * - `formula-error`: the formula does not parse, names something unknown, divides by zero…;
 * - `rollup-divergence`: own capaian and the children's roll-up differ by more than `ambangSelisih`;
 *   before TW IV, when both have a value against the quarter targets up to the triwulan
 *   (`quarterCapaian`), they must differ by more than that there too (mid-year, a kumulatif
 *   indicator stands near 50% of its annual target and a nilai akhir one near 100%);
 * - `spending-without-realisation`: spending above zero while no indicator of the node has a
 *   realisation (nodes without indicators are left to `missing-indicator`; spending that is only
 *   the children's sum is judged at the children);
 * - `target-too-easy`: an indicator's capaian at or above `ambangTerlaluMudah`.
 */
export function* checkAchievement(ctx: CheckContext, out: Finding[]): Generator<void, void, void> {
  const settings = ctx.doc.project.settings;
  const gap = dec(settings.ambangSelisih) ?? new D(25);
  const easy = dec(settings.ambangTerlaluMudah) ?? new D(150);
  const { year, tw } = ctx.ev.params;
  const { order, orderNodes, orderResults } = ctx;
  let quarters: ((id: string) => QuarterCapaian) | null = null;
  for (let i = 0; i < order.length; i++) {
    if (pausesBefore(i)) yield;
    const n = orderNodes[i] as KNode;
    const r = orderResults[i];
    if (!r) continue;
    const inds = n.indicators;
    for (let i = 0; i < inds.length; i++) {
      const res = r.indicators[i];
      const ind = inds[i] as Indicator;
      if (res && res.id === ind.id) indicatorRules(n, ind, res, easy, year, tw, out);
    }
    const apart = rollupGap(r, gap, tw, () => (quarters ??= quarterCapaian(ctx.ev))(order[i] as string));
    if (apart && (!apart.quarter || apart.quarter.apart)) divergence(n, r.capaian as Dec, r.capaianTurunan as Dec, apart, gap, tw, out);
    spendingWithoutRealisation(n, r, year, tw, out);
  }
}

/**
 * Spending (up to the quarter) above zero, entered on the node itself, while no indicator of the
 * node has a realisation. A node whose spending is only the sum of its children's is judged at the
 * children (where the money was spent), not again on every ancestor.
 */
function spendingWithoutRealisation(n: KNode, r: NodeResult, year: number, tw: number, out: Finding[]): void {
  if (r.indicators.length === 0) return;
  // Only spending entered on the node counts, so that is the amount to test.
  const entered = budgetOf(r).realisasiEnteredRp;
  if (entered === null || compareRupiah(entered, 0) <= 0 || r.indicators.some((x) => x.realisasi !== null)) return;
  out.push(
    lazyFinding('spending-without-realisation', n, () => {
      const real = r.realisasiAnggaran as Dec;
      const label = nodeLabel(n);
      return {
        message: {
          id: `${label.id} sudah menyerap anggaran ${formatRp(real, 'id')} s/d TW ${tw} ${year}, tetapi belum satu pun indikatornya memiliki realisasi.`,
          en: `${label.en} has spent ${formatRp(real, 'en')} to TW ${tw} ${year}, but none of its indicators has a realisation.`,
        },
        fix: {
          id: 'Isi realisasi indikator untuk triwulan ini (atau data variabel rumusnya).',
          en: "Enter the indicators' realisation for this quarter (or their formula inputs).",
        },
        numbers: { tahun: String(year), tw: String(tw), realisasiAnggaran: num(real), jumlahIndikator: String(r.indicators.length) },
      };
    }),
  );
}

/** How the indicator rules name an indicator and what every one of them quotes. */
function indicatorContext(n: KNode, ind: Indicator, year: number, tw: number): { label: Bilingual; il: Bilingual; base: Record<string, string> } {
  return {
    label: nodeLabel(n),
    il: { id: indicatorLabel(ind.nama, 'id'), en: indicatorLabel(ind.nama, 'en') },
    base: { indikator: ind.nama, indikatorId: ind.id, tahun: String(year), tw: String(tw) },
  };
}

function indicatorRules(n: KNode, ind: Indicator, res: IndicatorResult, easy: Dec, year: number, tw: number, out: Finding[]): void {
  // Texts are written only when read: most indicators have no finding, and most findings are never shown.
  if (res.stated && res.computed) {
    const stated = res.stated.toDecimalPlaces(ind.desimal, D.ROUND_HALF_UP);
    const computed = res.computed;
    const written = res.stated;
    if (!stated.eq(computed)) {
      out.push(
        lazyFinding('composite-mismatch', n, () => {
          const { label, il, base } = indicatorContext(n, ind, year, tw);
          const f = (v: Dec, lang: 'id' | 'en'): string => formatNumber(v, lang, ind.desimal);
          return {
            message: {
              id: `Nilai indikator ${il.id} pada ${label.id} tertulis ${f(stated, 'id')}, tetapi rumusnya (${ind.rumus.trim()}) menghasilkan ${f(computed, 'id')} (selisih ${f(stated.minus(computed), 'id')}).`,
              en: `Indicator ${il.en} of ${label.en} states ${f(stated, 'en')}, but its formula (${ind.rumus.trim()}) gives ${f(computed, 'en')} (difference ${f(stated.minus(computed), 'en')}).`,
            },
            fix: {
              id: 'Periksa angka komponen rumus dan hitungannya, lalu perbaiki nilai tertulis atau rumusnya.',
              en: 'Check the inputs and arithmetic of the formula, then correct the stated value or the formula.',
            },
            numbers: { ...base, rumus: ind.rumus.trim(), tertulis: num(written), hasilRumus: num(computed), selisih: num(stated.minus(computed)) },
          };
        }),
      );
    }
  }
  const error = res.formulaError;
  if (error) {
    out.push(
      lazyFinding('formula-error', n, () => {
        const { label, il, base } = indicatorContext(n, ind, year, tw);
        return formulaText(ind, error, label, il, base);
      }),
    );
  }
  const capaian = res.capaian;
  if (capaian && compareDec(capaian, easy) >= 0) {
    const t = res.target;
    const real = res.realisasi;
    out.push(
      lazyFinding('target-too-easy', n, () => {
        const { label, il, base } = indicatorContext(n, ind, year, tw);
        return {
          message: {
            id: `Capaian indikator ${il.id} pada ${label.id} ${formatPct(capaian, 'id')}% (realisasi ${real ? formatNumber(real, 'id') : '—'}, target ${t ? formatTarget(t, 'id') : '—'}), ≥ ${formatNumber(easy, 'id')}%: target kurang menantang.`,
            en: `Indicator ${il.en} of ${label.en} reaches ${formatPct(capaian, 'en')}% (realisation ${real ? formatNumber(real, 'en') : '—'}, target ${t ? formatTarget(t, 'en') : '—'}), ≥ ${formatNumber(easy, 'en')}%: the target is not challenging.`,
          },
          fix: {
            id: 'Tinjau kembali target (terlalu rendah?) atau periksa realisasi (salah satuan atau salah ketik?).',
            en: 'Revisit the target (too low?) or check the realisation (wrong unit or a typo?).',
          },
          numbers: { ...base, capaian: num(capaian, 2), ambang: num(easy), ...(t ? { target: targetText(t) } : {}), ...(real ? { realisasi: num(real) } : {}) },
        };
      }),
    );
  }
}

const FIX: Record<FormulaError['kind'], (e: FormulaError) => Bilingual> = {
  syntax: (e) => ({ id: `Perbaiki penulisan rumus di sekitar kolom ${e.position + 1}.`, en: `Correct the formula around column ${e.position + 1}.` }),
  'unknown-name': (e) => ({
    id: `Perbaiki ejaan '${e.name ?? ''}', atau tambahkan variabel atau alias indikator dengan nama itu.`,
    en: `Correct the spelling of '${e.name ?? ''}', or add a variable or an indicator alias with that name.`,
  }),
  'division-by-zero': () => ({ id: 'Periksa nilai pembagi (mis. Jumlah ASN) pada periode ini.', en: 'Check the divisor (e.g. Jumlah ASN) in this period.' }),
  'ambiguous-number': (e) => ({
    id: `Tulis angka pada kolom ${e.position + 1} tanpa pemisah ribuan, dengan titik sebagai pemisah desimal.`,
    en: `Write the number at column ${e.position + 1} without thousands separators, with a dot as the decimal mark.`,
  }),
};

function formulaText(ind: Indicator, e: FormulaError, label: Bilingual, il: Bilingual, base: Record<string, string>): FindingText {
  return {
    message: {
      id: `Rumus indikator ${il.id} pada ${label.id} tidak dapat dihitung: ${formatFormulaError(e, 'id')}.`,
      en: `The formula of indicator ${il.en} of ${label.en} cannot be computed: ${formatFormulaError(e, 'en')}.`,
    },
    fix: FIX[e.kind](e),
    numbers: { ...base, rumus: ind.rumus, jenis: e.kind, kolom: String(e.position + 1), ...(e.name !== undefined ? { nama: e.name } : {}) },
  };
}

/** How far a node's own capaian and roll-up are apart, when further than the threshold. */
export interface RollupGap {
  /** |own − roll-up|. */
  diff: Dec;
  /**
   * Before TW IV, when both sides have a value against the quarter targets (`quarterCapaian`): the
   * same comparison there, and whether it is beyond the threshold too. `rollup-divergence` reports
   * a node when there is no such comparison or when it is.
   */
  quarter: { own: Dec; roll: Dec; diff: Dec; apart: boolean } | null;
}

/** The latest threshold {@link beyond} was given, and its negation. */
let negated: { of: Dec; neg: Dec } | null = null;

/** Whether |d| > gap (gap ≥ 0), without building |d| for the many values within it. */
function beyond(d: Dec, gap: Dec): boolean {
  if (compareDec(d, gap) > 0) return true;
  if (negated?.of !== gap) negated = { of: gap, neg: gap.neg() };
  return compareDec(d, negated.neg) < 0;
}

/**
 * `rollup-divergence`'s test of a node's result against threshold `gap` at triwulan `tw`; null
 * when own capaian and roll-up are within it (or either is missing). `quarterOf` gives the node's
 * capaian against the quarter targets; it is asked only for a node apart, before TW IV. The
 * inspector shows the same comparisons.
 */
export function rollupGap(r: NodeResult, gap: Dec, tw: number, quarterOf: () => QuarterCapaian): RollupGap | null {
  const own = r.capaian;
  const roll = r.capaianTurunan;
  if (!own || !roll) return null;
  const diff = own.minus(roll);
  if (!beyond(diff, gap)) return null;
  const q = tw < 4 ? quarterOf() : null;
  if (!q?.own || !q.rollup) return { diff: diff.abs(), quarter: null };
  const qDiff = q.own.minus(q.rollup);
  return { diff: diff.abs(), quarter: { own: q.own, roll: q.rollup, diff: qDiff.abs(), apart: beyond(qDiff, gap) } };
}

function divergence(n: KNode, own: Dec, roll: Dec, apart: RollupGap, gap: Dec, twNumber: number, out: Finding[]): void {
  const diff = apart.diff;
  out.push(
    lazyFinding('rollup-divergence', n, () => {
      const label = nodeLabel(n);
      const q = apart.quarter;
      const tw = `TW ${twNumber}`;
      return {
        message: {
          id:
            `Capaian ${label.id} sendiri ${formatPct(own, 'id')}%, sedangkan capaian turunan dari anak-anaknya ${formatPct(roll, 'id')}%: selisih ${formatPct(diff, 'id')} poin (> ${formatNumber(gap, 'id')}).` +
            (q ? ` Terhadap target s/d ${tw} pun keduanya berselisih ${formatPct(q.diff, 'id')} poin (sendiri ${formatPct(q.own, 'id')}%, turunan ${formatPct(q.roll, 'id')}%).` : ''),
          en:
            `The own capaian of ${label.en} is ${formatPct(own, 'en')}% while its children's roll-up is ${formatPct(roll, 'en')}%: ${formatPct(diff, 'en')} points apart (> ${formatNumber(gap, 'en')}).` +
            (q ? ` Against the targets up to ${tw} they are still ${formatPct(q.diff, 'en')} points apart (own ${formatPct(q.own, 'en')}%, roll-up ${formatPct(q.roll, 'en')}%).` : ''),
        },
        fix: {
          id: 'Periksa apakah indikator anak benar-benar mendukung sasaran simpul ini, dan periksa target serta realisasinya.',
          en: "Check that the children's indicators really drive this node's sasaran, and check their targets and realisations.",
        },
        numbers: {
          capaian: num(own, 2),
          capaianTurunan: num(roll, 2),
          selisih: num(diff, 2),
          ambang: num(gap),
          ...(q ? { tw: String(twNumber), capaianTw: num(q.own, 2), capaianTurunanTw: num(q.roll, 2), selisihTw: num(q.diff, 2) } : {}),
        },
      };
    }),
  );
}
