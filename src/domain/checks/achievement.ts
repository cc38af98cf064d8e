import type { IndicatorResult, NodeResult } from '../evaluate';
import { formatFormulaError } from '../formula';
import type { FormulaError } from '../formula';
import type { Indicator, KNode } from '../model';
import { D, dec } from '../numbers';
import type { Dec } from '../numbers';
import { formatNumber, formatPct, formatRp, formatTarget, indicatorLabel, makeFinding, nodeLabel, num, targetText } from './format';
import type { Bilingual, CheckContext, Finding } from './types';

/**
 * Achievement rules for the evaluated year and quarter:
 * - `composite-mismatch`: a stated value differs from its formula's value, both at the indicator's
 *   decimal places (the formula value is already rounded by the evaluation);
 * - `formula-error`: the formula does not parse, names something unknown, divides by zero…;
 * - `rollup-divergence`: own capaian and the children's roll-up differ by more than `ambangSelisih`;
 * - `spending-without-realisation`: spending above zero while no indicator of the node has a
 *   realisation (nodes without indicators are left to `missing-indicator`; spending that is only
 *   the children's sum is judged at the children);
 * - `target-too-easy`: an indicator's capaian at or above `ambangTerlaluMudah`.
 */
export function checkAchievement(ctx: CheckContext, out: Finding[]): void {
  const settings = ctx.doc.project.settings;
  const gap = dec(settings.ambangSelisih) ?? new D(25);
  const easy = dec(settings.ambangTerlaluMudah) ?? new D(150);
  const { year, tw } = ctx.ev.params;
  for (const id of ctx.order) {
    const n = ctx.nodes[id] as KNode;
    const r = ctx.ev.results.get(id);
    if (!r) continue;
    n.indicators.forEach((ind, i) => {
      const res = r.indicators[i];
      if (!res || res.id !== ind.id) return;
      indicatorRules(n, ind, res, easy, year, tw, out);
    });
    if (r.capaian && r.capaianTurunan && r.capaian.minus(r.capaianTurunan).abs().gt(gap)) divergence(n, r, gap, out);
  }
  spendingWithoutRealisation(ctx, out);
}

/**
 * Spending (up to the quarter) above zero, entered on the node itself, while no indicator of the
 * node has a realisation. A node whose spending is only the sum of its children's is judged at the
 * children (where the money was spent), not again on every ancestor.
 */
function spendingWithoutRealisation(ctx: CheckContext, out: Finding[]): void {
  const { year, tw } = ctx.ev.params;
  for (let i = ctx.order.length - 1; i >= 0; i--) {
    const id = ctx.order[i] as string;
    const r = ctx.ev.results.get(id);
    const real = r?.realisasiAnggaran;
    if (!r || !real || !real.gt(0) || r.indicators.length === 0 || r.indicators.some((x) => x.realisasi !== null)) continue;
    if (r.realisasiAnggaranEntered === null) continue;
    const n = ctx.nodes[id] as KNode;
    const label = nodeLabel(n);
    out.push(
      makeFinding(
        'spending-without-realisation',
        n,
        {
          id: `${label.id} sudah menyerap anggaran ${formatRp(real, 'id')} s/d TW ${tw} ${year}, tetapi belum satu pun indikatornya memiliki realisasi.`,
          en: `${label.en} has spent ${formatRp(real, 'en')} to TW ${tw} ${year}, but none of its indicators has a realisation.`,
        },
        {
          id: 'Isi realisasi indikator untuk triwulan ini (atau data variabel rumusnya).',
          en: "Enter the indicators' realisation for this quarter (or their formula inputs).",
        },
        { tahun: String(year), tw: String(tw), realisasiAnggaran: num(real), jumlahIndikator: String(r.indicators.length) },
      ),
    );
  }
}

function indicatorRules(n: KNode, ind: Indicator, res: IndicatorResult, easy: Dec, year: number, tw: number, out: Finding[]): void {
  const label = nodeLabel(n);
  const il: Bilingual = { id: indicatorLabel(ind.nama, 'id'), en: indicatorLabel(ind.nama, 'en') };
  const base = { indikator: ind.nama, indikatorId: ind.id, tahun: String(year), tw: String(tw) };
  if (res.stated && res.computed) {
    const stated = res.stated.toDecimalPlaces(ind.desimal, D.ROUND_HALF_UP);
    if (!stated.eq(res.computed)) {
      const f = (v: Dec, lang: 'id' | 'en'): string => formatNumber(v, lang, ind.desimal);
      out.push(
        makeFinding(
          'composite-mismatch',
          n,
          {
            id: `Nilai indikator ${il.id} pada ${label.id} tertulis ${f(stated, 'id')}, tetapi rumusnya (${ind.rumus.trim()}) menghasilkan ${f(res.computed, 'id')} (selisih ${f(stated.minus(res.computed), 'id')}).`,
            en: `Indicator ${il.en} of ${label.en} states ${f(stated, 'en')}, but its formula (${ind.rumus.trim()}) gives ${f(res.computed, 'en')} (difference ${f(stated.minus(res.computed), 'en')}).`,
          },
          {
            id: 'Periksa angka komponen rumus dan hitungannya, lalu perbaiki nilai tertulis atau rumusnya.',
            en: 'Check the inputs and arithmetic of the formula, then correct the stated value or the formula.',
          },
          { ...base, rumus: ind.rumus.trim(), tertulis: num(res.stated), hasilRumus: num(res.computed), selisih: num(stated.minus(res.computed)) },
        ),
      );
    }
  }
  if (res.formulaError) formulaFinding(n, ind, res.formulaError, label, il, base, out);
  if (res.capaian && res.capaian.gte(easy)) {
    const t = res.target;
    const real = res.realisasi;
    out.push(
      makeFinding(
        'target-too-easy',
        n,
        {
          id: `Capaian indikator ${il.id} pada ${label.id} ${formatPct(res.capaian, 'id')}% (realisasi ${real ? formatNumber(real, 'id') : '—'}, target ${t ? formatTarget(t, 'id') : '—'}), ≥ ${formatNumber(easy, 'id')}%: target kurang menantang.`,
          en: `Indicator ${il.en} of ${label.en} reaches ${formatPct(res.capaian, 'en')}% (realisation ${real ? formatNumber(real, 'en') : '—'}, target ${t ? formatTarget(t, 'en') : '—'}), ≥ ${formatNumber(easy, 'en')}%: the target is not challenging.`,
        },
        {
          id: 'Tinjau kembali target (terlalu rendah?) atau periksa realisasi (salah satuan atau salah ketik?).',
          en: 'Revisit the target (too low?) or check the realisation (wrong unit or a typo?).',
        },
        { ...base, capaian: num(res.capaian, 2), ambang: num(easy), ...(t ? { target: targetText(t) } : {}), ...(real ? { realisasi: num(real) } : {}) },
      ),
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

function formulaFinding(n: KNode, ind: Indicator, e: FormulaError, label: Bilingual, il: Bilingual, base: Record<string, string>, out: Finding[]): void {
  out.push(
    makeFinding(
      'formula-error',
      n,
      {
        id: `Rumus indikator ${il.id} pada ${label.id} tidak dapat dihitung: ${formatFormulaError(e, 'id')}.`,
        en: `The formula of indicator ${il.en} of ${label.en} cannot be computed: ${formatFormulaError(e, 'en')}.`,
      },
      FIX[e.kind](e),
      { ...base, rumus: ind.rumus, jenis: e.kind, kolom: String(e.position + 1), ...(e.name !== undefined ? { nama: e.name } : {}) },
    ),
  );
}

function divergence(n: KNode, r: NodeResult, gap: Dec, out: Finding[]): void {
  const own = r.capaian as Dec;
  const roll = r.capaianTurunan as Dec;
  const diff = own.minus(roll).abs();
  const label = nodeLabel(n);
  out.push(
    makeFinding(
      'rollup-divergence',
      n,
      {
        id: `Capaian ${label.id} sendiri ${formatPct(own, 'id')}%, sedangkan capaian turunan dari anak-anaknya ${formatPct(roll, 'id')}%: selisih ${formatPct(diff, 'id')} poin (> ${formatNumber(gap, 'id')}).`,
        en: `The own capaian of ${label.en} is ${formatPct(own, 'en')}% while its children's roll-up is ${formatPct(roll, 'en')}%: ${formatPct(diff, 'en')} points apart (> ${formatNumber(gap, 'en')}).`,
      },
      {
        id: 'Periksa apakah indikator anak benar-benar mendukung sasaran simpul ini, dan periksa target serta realisasinya.',
        en: "Check that the children's indicators really drive this node's sasaran, and check their targets and realisations.",
      },
      { capaian: num(own, 2), capaianTurunan: num(roll, 2), selisih: num(diff, 2), ambang: num(gap) },
    ),
  );
}
