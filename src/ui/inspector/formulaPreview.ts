import type { Evaluation } from '../../domain/evaluate';
import { evaluateFormula, parseFormula } from '../../domain/formula';
import type { FormulaError } from '../../domain/formula';
import type { Indicator } from '../../domain/model';
import { D, dec } from '../../domain/numbers';
import type { Dec } from '../../domain/numbers';

export type FormulaPreview =
  | { kind: 'empty' }
  | { kind: 'error'; error: FormulaError }
  /** `value` null with `missing` names: an input has no value in the period. */
  | { kind: 'value'; value: Dec | null; rounded: Dec | null; missing: string[]; names: string[] };

/** A formula variable's value in a period: `YYYY-TWn`, else the latest earlier quarter, else `YYYY` (as the evaluation reads it). */
export function variableValue(periods: Record<string, string>, year: number, tw: number): Dec | null {
  for (let q = tw; q >= 1; q--) {
    const v = periods[`${year}-TW${q}`];
    if (v !== undefined) return dec(v);
  }
  return dec(periods[String(year)]);
}

/**
 * What a formula being typed would give, against the document's current evaluation: its own
 * variables first, then other indicators' aliases (their realisation in the period). For the live
 * check under the formula field; the committed formula is evaluated by the domain as usual.
 */
export function previewFormula(src: string, ind: Pick<Indicator, 'variabel' | 'desimal'>, ev: Pick<Evaluation, 'aliases' | 'results' | 'params'>): FormulaPreview {
  if (src.trim() === '') return { kind: 'empty' };
  const parsed = parseFormula(src);
  if (!parsed.ok) return { kind: 'error', error: parsed.error };
  const { year, tw } = ev.params;
  const r = evaluateFormula(parsed.ast, (name) => {
    const own = ind.variabel[name];
    if (own) return variableValue(own, year, tw);
    const ref = ev.aliases.get(name);
    if (!ref) return undefined;
    return ev.results.get(ref.nodeId)?.indicators.find((x) => x.id === ref.indicatorId)?.realisasi ?? null;
  });
  if (!r.ok) return { kind: 'error', error: r.error };
  return { kind: 'value', value: r.value, rounded: r.value === null ? null : r.value.toDecimalPlaces(ind.desimal, D.ROUND_HALF_UP), missing: r.missing, names: parsed.names };
}
