import type { KNode } from '../model';
import type { Dec } from '../numbers';
import { budgetOf } from '../evaluate';
import type { NodeBudget, NodeResult } from '../evaluate';
import { compareRupiah, toDec } from '../rupiah';
import type { Rupiah } from '../rupiah';
import { formatPct, formatRp, kodeOf, lazyFinding, nodeLabel, num } from './format';
import type { FindingText, Lang } from './format';
import type { CheckContext, Finding } from './types';
import { pausesBefore } from './types';

/**
 * Budget rules for the evaluated year (and quarter, for spending):
 * - `pagu-children-mismatch`: an entered pagu differs from the sum of the children's pagu;
 * - `realisasi-children-mismatch`: entered spending differs from the sum of the children's;
 * - `realisasi-above-pagu`: spending above the pagu (not repeated on an ancestor whose values are
 *   both sums of children when a child already has the finding);
 * - `budget-on-node-and-children`: an entered pagu while only some children have a pagu. A budget
 *   entered on a node and on all its children is consistent when it equals their sum (nothing is
 *   reported) and is `pagu-children-mismatch` when it does not, so it is not reported twice.
 */
export function* checkBudget(ctx: CheckContext, out: Finding[]): Generator<void, void, void> {
  const { year, tw } = ctx.ev.params;
  const { order, orderNodes, orderResults } = ctx;
  for (let i = 0; i < order.length; i++) {
    if (pausesBefore(i)) yield;
    const id = order[i] as string;
    const n = orderNodes[i] as KNode;
    const r = orderResults[i];
    if (!r) continue;
    // The exact amounts, compared without building a Decimal for every node.
    const b = budgetOf(r);
    const kids = ctx.index.children.get(id) ?? NO_KIDS;
    sumMismatch(n, b.paguEnteredRp, b.paguChildrenRp, 'pagu', year, tw, out);
    sumMismatch(n, b.realisasiEnteredRp, b.realisasiChildrenRp, 'realisasi', year, tw, out);
    if (overspent(b)) {
      // Sums of children whose overspending a child already reports are not reported again.
      const derived = b.paguEnteredRp === null && b.realisasiEnteredRp === null;
      if (!(derived && kids.some((k) => childOverspent(ctx, k)))) aboveP(n, r, year, tw, out);
    }
    if (b.paguEnteredRp !== null) partialSplit(ctx, n, r, kids, year, out);
  }
}

/** Spending above the pagu (both known). */
function overspent(b: NodeBudget): boolean {
  return b.paguRp !== null && b.realisasiRp !== null && compareRupiah(b.realisasiRp, b.paguRp) > 0;
}

function childOverspent(ctx: CheckContext, id: string): boolean {
  const r = ctx.ev.results.get(id);
  return r !== undefined && overspent(budgetOf(r));
}

const NO_KIDS: readonly string[] = [];

function sumMismatch(n: KNode, enteredAmount: Rupiah | null, childrenAmount: Rupiah | null, what: 'pagu' | 'realisasi', year: number, tw: number, out: Finding[]): void {
  if (enteredAmount === null || childrenAmount === null || compareRupiah(enteredAmount, childrenAmount) === 0) return;
  out.push(lazyFinding(what === 'pagu' ? 'pagu-children-mismatch' : 'realisasi-children-mismatch', n, () => mismatchText(n, toDec(enteredAmount), toDec(childrenAmount), what, year, tw)));
}

function mismatchText(n: KNode, entered: Dec, children: Dec, what: 'pagu' | 'realisasi', year: number, tw: number): FindingText {
  const diff = entered.minus(children);
  const label = nodeLabel(n);
  const more = diff.gt(0);
  const rel = (lang: Lang): string => (lang === 'id' ? (more ? 'lebih besar' : 'lebih kecil') : more ? 'more' : 'less');
  const pagu = what === 'pagu';
  const period = { id: pagu ? `tahun ${year}` : `s/d TW ${tw} ${year}`, en: pagu ? `for ${year}` : `to TW ${tw} ${year}` };
  const thing = pagu ? { id: 'Pagu', en: 'The pagu' } : { id: 'Realisasi anggaran', en: 'The spending' };
  return {
    message: {
      id: `${thing.id} ${label.id} ${period.id} ${formatRp(entered, 'id')} ≠ jumlah anak-anaknya ${formatRp(children, 'id')}: selisih ${formatRp(diff.abs(), 'id')} (${rel('id')}).`,
      en: `${thing.en} of ${label.en} ${period.en}, ${formatRp(entered, 'en')}, ≠ the sum of its children, ${formatRp(children, 'en')}: ${formatRp(diff.abs(), 'en')} ${rel('en')}.`,
    },
    fix: pagu
      ? {
          id: 'Samakan pagu simpul dengan jumlah pagu anak-anaknya: perbaiki salah satunya, atau kosongkan pagu simpul agar dihitung dari anak.',
          en: "Make the node's pagu equal its children's sum: correct one side, or clear the node's pagu so it is summed from the children.",
        }
      : {
          id: 'Samakan realisasi anggaran simpul dengan jumlah anak-anaknya, atau kosongkan agar dihitung dari anak.',
          en: "Make the node's spending equal its children's sum, or clear it so it is summed from the children.",
        },
    numbers: pagu
      ? { tahun: String(year), pagu: num(entered), jumlahAnak: num(children), selisih: num(diff) }
      : { tahun: String(year), tw: String(tw), realisasiAnggaran: num(entered), jumlahAnak: num(children), selisih: num(diff) },
  };
}

function aboveP(n: KNode, r: NodeResult, year: number, tw: number, out: Finding[]): void {
  out.push(
    lazyFinding('realisasi-above-pagu', n, () => {
      const pagu = r.pagu as Dec;
      const real = r.realisasiAnggaran as Dec;
      const diff = real.minus(pagu);
      const label = nodeLabel(n);
      const pct = r.capaianAnggaran;
      return {
        message: {
          id: `Realisasi anggaran ${label.id} s/d TW ${tw} ${year} ${formatRp(real, 'id')} melebihi pagu ${formatRp(pagu, 'id')} sebesar ${formatRp(diff, 'id')}${pct ? ` (${formatPct(pct, 'id')}%)` : ''}.`,
          en: `Spending of ${label.en} to TW ${tw} ${year}, ${formatRp(real, 'en')}, exceeds the pagu ${formatRp(pagu, 'en')} by ${formatRp(diff, 'en')}${pct ? ` (${formatPct(pct, 'en')}%)` : ''}.`,
        },
        fix: {
          id: 'Periksa angka realisasi (salah ketik?) atau pagu setelah perubahan anggaran.',
          en: 'Check the spending figures (a typo?) or the pagu after a budget revision.',
        },
        numbers: { tahun: String(year), tw: String(tw), pagu: num(pagu), realisasiAnggaran: num(real), selisih: num(diff), ...(pct ? { capaianAnggaran: num(pct, 2) } : {}) },
      };
    }),
  );
}

function partialSplit(ctx: CheckContext, n: KNode, r: NodeResult, kids: readonly string[], year: number, out: Finding[]): void {
  const withPagu: string[] = [];
  const without: string[] = [];
  for (const k of kids) {
    const kr = ctx.ev.results.get(k);
    (kr && budgetOf(kr).paguRp !== null ? withPagu : without).push(k);
  }
  if (withPagu.length === 0 || without.length === 0) return;
  out.push(
    lazyFinding('budget-on-node-and-children', n, () => {
      const pagu = r.paguEntered as Dec;
      const names = without.map((k) => (ctx.nodes[k] ? kodeOf(ctx.nodes[k]) : k)).join(', ');
      const label = nodeLabel(n);
      return {
        message: {
          id: `${label.id} berpagu ${formatRp(pagu, 'id')} (${year}) dan ${withPagu.length} dari ${kids.length} anaknya juga berpagu, tetapi ${names} tidak: tidak jelas apakah pagu simpul ini mencakup anak tersebut.`,
          en: `${label.en} has a pagu of ${formatRp(pagu, 'en')} (${year}) and ${withPagu.length} of its ${kids.length} children have one too, but ${names} do not: it is unclear whether the node's pagu covers them.`,
        },
        fix: {
          id: 'Isi pagu setiap anak (jumlahnya = pagu simpul), atau catat pagu hanya pada satu tingkat.',
          en: "Give every child a pagu (summing to the node's), or record the budget on one level only.",
        },
        numbers: { tahun: String(year), pagu: num(pagu), anakBerpagu: String(withPagu.length), anakTanpaPagu: String(without.length), tanpaPagu: names },
      };
    }),
  );
}
