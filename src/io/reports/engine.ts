import { evaluate } from '../../domain/evaluate';
import type { EvalParams, Evaluation, NodeResult } from '../../domain/evaluate';
import { trustedNode } from '../../domain/model';
import type { KDocument, KNode } from '../../domain/model';
import { depthFirstOrder } from '../../domain/tree';

/**
 * What the reports need from the evaluation engine. Every total and subtotal a report prints is a
 * NodeResult of `evaluate` — nothing is added up in the report code — so the report and the app
 * can never disagree.
 */

const TOTAL_ID = '__kaskade_total__';

/** Node ids in tree order (depth first, sibling order), then any node no root reaches. */
export function treeOrder(ev: Evaluation): string[] {
  const order = depthFirstOrder(ev.index);
  if (order.length === Object.keys(ev.nodes).length) return order;
  const seen = new Set(order);
  for (const id in ev.nodes) if (!seen.has(id)) order.push(id);
  return order;
}

/**
 * The whole tree's result (JUMLAH TOTAL): the single root's own result, or, with several roots, the
 * engine's result for a virtual node above them (pagu and spending summed, capaian rolled up, by
 * `evaluate` itself).
 */
export function totalResult(doc: KDocument, ev: Evaluation): NodeResult | null {
  const roots = ev.index.roots;
  if (roots.length === 0) return null;
  if (roots.length === 1) return ev.results.get(roots[0] as string) ?? null;
  const nodes: Record<string, KNode> = { ...ev.nodes, [TOTAL_ID]: trustedNode({ id: TOTAL_ID, level: 0 }) };
  for (const id of roots) nodes[id] = { ...(ev.nodes[id] as KNode), parentId: TOTAL_ID };
  return evaluate({ ...doc, project: ev.project, nodes }, ev.params).results.get(TOTAL_ID) ?? null;
}

function onlyQuarter<T>(values: readonly T[] | undefined, q: number, empty: T): T[] | undefined {
  return values ? values.map((v, i) => (i === q - 1 ? v : empty)) : undefined;
}

/**
 * The document as if only triwulan `q` of `year` had values (realisation and spending of the other
 * quarters blanked), so evaluating it at `q` gives each node's figures for that quarter alone —
 * subtotals of a quarter column come from the engine like every other total.
 */
export function quarterOnlyDocument(doc: KDocument, year: number, q: number): KDocument {
  const y = String(year);
  const nodes: Record<string, KNode> = {};
  for (const id in doc.nodes) {
    const n = doc.nodes[id] as KNode;
    const real = onlyQuarter(n.anggaran.realisasiTw[y], q, null);
    const plan = onlyQuarter(n.anggaran.rencanaTw[y], q, null);
    nodes[id] = {
      ...n,
      anggaran: { ...n.anggaran, realisasiTw: real ? { ...n.anggaran.realisasiTw, [y]: real } : n.anggaran.realisasiTw, rencanaTw: plan ? { ...n.anggaran.rencanaTw, [y]: plan } : n.anggaran.rencanaTw },
      indicators: n.indicators.map((ind) => {
        const r = onlyQuarter(ind.realisasiTw[y], q, null);
        return r ? { ...ind, realisasiTw: { ...ind.realisasiTw, [y]: r } } : ind;
      }),
    };
  }
  return { ...doc, nodes };
}

/** Per-quarter evaluations (TW I … the evaluated triwulan), each of {@link quarterOnlyDocument}. */
export function quarterEvaluations(doc: KDocument, params: EvalParams): Evaluation[] {
  const out: Evaluation[] = [];
  for (let q = 1; q <= params.tw; q++) out.push(evaluate(quarterOnlyDocument(doc, params.year, q), { year: params.year, tw: q }));
  return out;
}
