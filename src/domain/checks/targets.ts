import { comparePlainText, isTargetText, parseTarget } from '../capaian';
import type { Target } from '../capaian';
import { periodYears } from '../model';
import type { Indicator, KNode } from '../model';
import { D, commonScale, compareDec, readScaled, roundTo, scaledAt, scaledSum, toCanonical } from '../numbers';
import type { Dec } from '../numbers';
import { formatNumber, formatTarget, indicatorLabel, makeFinding, nodeLabel, targetText } from './format';
import type { Lang } from './format';
import type { Bilingual, CheckContext, Finding } from './types';
import { pausesBefore } from './types';

/**
 * Target rules: `quarter-target-mismatch` (every year with an annual target and all four quarter
 * targets; kumulatif: TW I..IV sum to the annual target, nilai akhir: TW IV equals it; compared at
 * the indicator's decimal places), `yearly-target-direction` (annual targets over the period years
 * present never move against a `naik`/`turun` polarity; `rentang` is not checked, kondisi awal is
 * not part of the sequence), `outcome-worded-as-output` (an indicator named "Jumlah …" on levels
 * 0..`levelOutcomeMaks`).
 */
export function* checkTargets(ctx: CheckContext, out: Finding[]): Generator<void, void, void> {
  const outcomeMax = ctx.doc.project.settings.levelOutcomeMaks;
  const years = periodYears(ctx.doc.project);
  const yearKeys = years.map(String);
  const { order, orderNodes } = ctx;
  for (let i = 0; i < order.length; i++) {
    if (pausesBefore(i)) yield;
    const n = orderNodes[i] as KNode;
    for (const ind of n.indicators) {
      // No memo per Indicator object: the usual case is decided on the texts, without a Decimal,
      // and a WeakMap entry per indicator cost more (insertion, every scavenge after) than it saved.
      quarterTargets(n, ind, out);
      if (movesAgainst(ind, yearKeys)) direction(n, ind, years, out);
      if (n.level <= outcomeMax && /^jumlah(?![a-z])/i.test(ind.nama.trim())) {
        const label = nodeLabel(n);
        out.push(
          makeFinding(
            'outcome-worded-as-output',
            n,
            {
              id: `Indikator ${indicatorLabel(ind.nama, 'id')} pada ${label.id} (level ${n.level}, level outcome) berbunyi output ("Jumlah …").`,
              en: `Indicator ${indicatorLabel(ind.nama, 'en')} of ${label.en} (level ${n.level}, an outcome level) is worded as an output ("Jumlah …").`,
            },
            {
              id: 'Rumuskan sebagai outcome (persentase, indeks, tingkat …) dan pindahkan ukuran "Jumlah …" ke kegiatan atau sub kegiatan.',
              en: 'Word it as an outcome (a percentage, index, rate …) and move the "Jumlah …" count down to a kegiatan or sub kegiatan.',
            },
            { indikator: ind.nama, indikatorId: ind.id, level: String(n.level), levelOutcomeMaks: String(outcomeMax) },
          ),
        );
      }
    }
  }
}

/** Whether the annual targets over `yearKeys` ever move against the polarity (see {@link direction}). */
function movesAgainst(ind: Indicator, yearKeys: readonly string[]): boolean {
  if (ind.polaritas === 'rentang') return false;
  const naik = ind.polaritas === 'naik';
  // Single values (the usual case) are compared as texts, exactly, without a Decimal each.
  let prevText: string | null = null;
  for (const y of yearKeys) {
    const s = ind.target[y];
    if (!isTargetText(s)) continue;
    if (prevText !== null) {
      const c = comparePlainText(s as string, prevText);
      // NaN: a range, compared bound by bound below.
      if (c !== c) return movesAgainstParsed(naik, ind, yearKeys);
      if (naik ? c < 0 : c > 0) return true;
    }
    prevText = s as string;
  }
  // A lone range never moves; a range after single values was seen above.
  return false;
}

/** {@link movesAgainst} over parsed targets (ranges among them). */
function movesAgainstParsed(naik: boolean, ind: Indicator, yearKeys: readonly string[]): boolean {
  let prev: Target | null = null;
  for (const y of yearKeys) {
    const t = parseTarget(ind.target[y]);
    if (!t) continue;
    if (prev) {
      // A single value has lo === hi (one object): comparing hi again would repeat lo.
      const bounds = t.lo !== t.hi || prev.lo !== prev.hi;
      const lo = compareDec(t.lo, prev.lo);
      const hi = bounds ? compareDec(t.hi, prev.hi) : lo;
      if (naik ? lo < 0 || hi < 0 : lo > 0 || hi > 0) return true;
    }
    prev = t;
  }
  return false;
}

const indLabel = (ind: Indicator): Bilingual => ({ id: indicatorLabel(ind.nama, 'id'), en: indicatorLabel(ind.nama, 'en') });

/**
 * Whether four quarter targets sum exactly to the annual target, decided in integers when all five
 * are short plain decimals (true/false), else null (ranges, long numbers: use Decimals). The sums
 * are exact either way, so "equal" here is "equal" for decimal.js, and equal values round alike.
 */
function quartersSumTo(quarters: readonly (string | null)[], annual: string): boolean | null {
  if (!readScaled(annual, 0)) return null;
  for (let i = 0; i < 4; i++) {
    const q = quarters[i];
    if (!q || !readScaled(q, i + 1)) return null;
  }
  const scale = commonScale(0, 5);
  const whole = scaledAt(0, scale);
  const sum = scaledSum(1, 5, scale);
  // Outside the safe range the integers may be rounded: let decimal.js decide.
  return sum !== null && Number.isSafeInteger(whole) ? sum === whole : null;
}

function quarterTargets(n: KNode, ind: Indicator, out: Finding[]): void {
  const years = Object.keys(ind.targetTw);
  if (years.length > 1) years.sort();
  for (const year of years) {
    const annualText = ind.target[year];
    const quarterTexts = ind.targetTw[year] ?? [];
    const kumulatif = ind.agregasi === 'kumulatif';
    // The usual case: the quarters add up exactly (kumulatif) or TW IV is the annual target as
    // written (nilai akhir). Neither needs decimal.js; anything else goes the exact way below.
    if (annualText && quarterTexts.length === 4 && quarterTexts.every(isTargetText)) {
      if (kumulatif ? quartersSumTo(quarterTexts, annualText) === true : quarterTexts[3] === annualText) continue;
    }
    const annual = parseTarget(annualText);
    const quarters = quarterTexts.map((t) => parseTarget(t));
    if (!annual || quarters.length !== 4 || quarters.some((q) => q === null)) continue;
    const qs = quarters as Target[];
    const combined: Target = kumulatif
      ? qs.reduce<Target>((a, q) => ({ lo: a.lo.plus(q.lo), hi: a.hi.plus(q.hi) }), { lo: new D(0), hi: new D(0) })
      : (qs[3] as Target);
    const same = (a: Dec, b: Dec): boolean => roundTo(a, ind.desimal) === roundTo(b, ind.desimal);
    if (same(combined.lo, annual.lo) && same(combined.hi, annual.hi)) continue;
    const diff = combined.lo.minus(annual.lo);
    const label = nodeLabel(n);
    const il = indLabel(ind);
    const what = (lang: Lang): string =>
      kumulatif
        ? `${lang === 'id' ? 'jumlah target TW I–IV' : 'the sum of the TW I–IV targets'} ${qs.map((q) => formatTarget(q, lang)).join(' + ')} = ${formatTarget(combined, lang)}`
        : `${lang === 'id' ? 'target TW IV' : 'the TW IV target'} ${formatTarget(combined, lang)}`;
    out.push(
      makeFinding(
        'quarter-target-mismatch',
        n,
        {
          id: `Indikator ${il.id} pada ${label.id}, ${year} (${kumulatif ? 'kumulatif' : 'nilai akhir'}): ${what('id')} ≠ target tahunan ${formatTarget(annual, 'id')} (selisih ${formatNumber(diff, 'id')}).`,
          en: `Indicator ${il.en} of ${label.en}, ${year} (${kumulatif ? 'cumulative' : 'final value'}): ${what('en')} ≠ the annual target ${formatTarget(annual, 'en')} (difference ${formatNumber(diff, 'en')}).`,
        },
        kumulatif
          ? {
              id: 'Sesuaikan target triwulan agar jumlahnya sama dengan target tahunan; bila target triwulan ditulis s/d triwulan, ubah agregasi menjadi nilai akhir.',
              en: 'Adjust the quarter targets to sum to the annual target; if they are written as to-date values, set the aggregation to final value (nilai akhir).',
            }
          : {
              id: 'Samakan target TW IV dengan target tahunan; bila target triwulan adalah bagian per triwulan, ubah agregasi menjadi kumulatif.',
              en: 'Make the TW IV target equal the annual target; if the quarter targets are per-quarter shares, set the aggregation to cumulative (kumulatif).',
            },
        {
          indikator: ind.nama,
          indikatorId: ind.id,
          tahun: year,
          agregasi: ind.agregasi,
          target: targetText(annual),
          ...(kumulatif ? { jumlahTw: targetText(combined) } : { targetTw4: targetText(combined) }),
          selisih: toCanonical(diff),
        },
      ),
    );
  }
}

function direction(n: KNode, ind: Indicator, years: number[], out: Finding[]): void {
  if (ind.polaritas === 'rentang') return;
  const naik = ind.polaritas === 'naik';
  const seq = years.flatMap((y) => {
    const t = parseTarget(ind.target[String(y)]);
    return t ? [{ year: y, t }] : [];
  });
  const bad: { from: (typeof seq)[number]; to: (typeof seq)[number] }[] = [];
  for (let i = 1; i < seq.length; i++) {
    const from = seq[i - 1] as (typeof seq)[number];
    const to = seq[i] as (typeof seq)[number];
    const against = naik ? to.t.lo.lt(from.t.lo) || to.t.hi.lt(from.t.hi) : to.t.lo.gt(from.t.lo) || to.t.hi.gt(from.t.hi);
    if (against) bad.push({ from, to });
  }
  const first = bad[0];
  if (!first) return;
  const list = (lang: Lang): string => bad.map((b) => `${b.from.year}: ${formatTarget(b.from.t, lang)} → ${b.to.year}: ${formatTarget(b.to.t, lang)}`).join('; ');
  const label = nodeLabel(n);
  const il = indLabel(ind);
  out.push(
    makeFinding(
      'yearly-target-direction',
      n,
      {
        id: `Target tahunan indikator ${il.id} pada ${label.id} ${naik ? 'turun' : 'naik'}, padahal polaritasnya ${naik ? 'naik (makin tinggi makin baik)' : 'turun (makin rendah makin baik)'}: ${list('id')}.`,
        en: `The yearly targets of indicator ${il.en} of ${label.en} ${naik ? 'fall' : 'rise'} although its polarity is ${naik ? 'naik (higher is better)' : 'turun (lower is better)'}: ${list('en')}.`,
      },
      {
        id: `Periksa target tahun ${first.to.year} atau polaritas indikator.`,
        en: `Check the ${first.to.year} target or the indicator's polarity.`,
      },
      {
        indikator: ind.nama,
        indikatorId: ind.id,
        polaritas: ind.polaritas,
        tahunDari: String(first.from.year),
        targetDari: targetText(first.from.t),
        tahunKe: String(first.to.year),
        targetKe: targetText(first.to.t),
        jumlahPelanggaran: String(bad.length),
      },
    ),
  );
}
