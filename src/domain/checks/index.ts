import type { Evaluation, NodeResult } from '../evaluate';
import type { KDocument, KNode } from '../model';
import { buildTreeIndex, indexedIds, preOrder } from '../tree';
import type { TreeIndex } from '../tree';
import { checkAchievement } from './achievement';
import { checkBudget } from './budget';
import { checkCompleteness } from './completeness';
import { SEVERITY_RANK } from './rules';
import { structureSteps } from './structure';
import { checkTargets } from './targets';
import type { CheckContext, Finding, Rule } from './types';

export { RULES, SEVERITY_RANK } from './rules';
export { formatNumber } from './format';
export { rollupGap } from './achievement';
export type { RollupGap } from './achievement';
export type { Bilingual, Category, Finding, RuleId, RuleMeta, Severity } from './types';

/** Tree order: depth first from the roots, then nodes no root reaches (on a cycle), by level and key. */
function treeOrder(doc: KDocument, index: TreeIndex, reached: readonly string[]): readonly string[] {
  // The ids the index was built from (the same nodes), not listed again.
  const ids = indexedIds(index) ?? Object.keys(doc.nodes);
  if (reached.length === ids.length) return reached;
  const seen = new Set(reached);
  const rest = ids.filter((id) => !seen.has(id));
  rest.sort((a, b) => {
    const na = doc.nodes[a];
    const nb = doc.nodes[b];
    if (!na || !nb) return 0;
    return na.level - nb.level || na.order - nb.order || (na.kode < nb.kode ? -1 : na.kode > nb.kode ? 1 : a < b ? -1 : a > b ? 1 : 0);
  });
  return reached.concat(rest);
}

/** What the rules read: the tree order, and the node and result at each of its positions. */
export function checkContext(doc: KDocument, ev: Evaluation): CheckContext {
  const index = ev.nodes === doc.nodes ? ev.index : buildTreeIndex(doc.nodes);
  // The evaluation walked the same index in the same order: share it.
  const reached = preOrder(index);
  const order = treeOrder(doc, index, reached);
  const orderNodes = new Array<KNode>(order.length);
  const orderResults = new Array<NodeResult | undefined>(order.length);
  for (let i = 0; i < order.length; i++) {
    const id = order[i] as string;
    orderNodes[i] = doc.nodes[id] as KNode;
    orderResults[i] = ev.results.get(id);
  }
  return { doc, ev, nodes: doc.nodes, index, order, orderNodes, orderResults, reachable: reached.length };
}

/**
 * Runs every rule of the consistency checker (domain.md, "the checker") over a document and its
 * evaluation (the year and quarter come from `ev.params`). Pure and total: never throws on a
 * well-typed document, whatever its shape. Findings are sorted by severity (error, warning,
 * info), then by the tree order of their node; a document-wide finding comes first in its group.
 * Their texts (`message`, `fix`, `numbers`) are written when first read.
 */
export function runChecks(doc: KDocument, ev: Evaluation): Finding[] {
  const steps = checkSteps(doc, ev);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * {@link runChecks} in steps of a millisecond or two: every rule goes through the next
 * `NODES_PER_PAUSE` nodes, then it pauses (yields); it returns the findings at the end, so a
 * caller can give the main thread back between steps. The document and evaluation must not change
 * meanwhile (they are immutable; a caller drops the steps of an evaluation that was replaced).
 */
export function* checkSteps(doc: KDocument, ev: Evaluation): Generator<void, Finding[], void> {
  const ctx = checkContext(doc, ev);
  const { order } = ctx;
  const rules: Rule[] = [...structureSteps(), checkCompleteness, checkTargets, checkBudget, checkAchievement];
  // The rules go through the tree together, a stretch of nodes at a time: every rule reads the
  // stretch while its nodes are still in the processor's cache. One rule after another over 20k
  // nodes fetched each node from memory once per rule, which cost more than the rules' own work.
  // Each rule writes to a list of its own, joined in rule order: the order one rule after another
  // would give.
  const outs = rules.map((): Finding[] => []);
  let running = rules.map((rule, k) => rule(ctx, outs[k] as Finding[]));
  while (running.length > 0) {
    yield;
    running = running.filter((steps) => !steps.next().done);
  }
  return sortFindings(outs.flat(), order);
}

/**
 * Sorts by severity, then tree position (document-wide first); stable, so one node's findings
 * keep the order the rules produced them in. Positions are looked up only for nodes with a finding.
 */
function sortFindings(out: Finding[], order: readonly string[]): Finding[] {
  const wanted = new Map<string, number>();
  for (const f of out) if (f.nodeId !== null) wanted.set(f.nodeId, order.length);
  if (wanted.size > 0) for (let i = 0; i < order.length; i++) if (wanted.has(order[i] as string)) wanted.set(order[i] as string, i);
  const keyed = out.map((f, i) => ({ f, i, rank: SEVERITY_RANK[f.severity], pos: f.nodeId === null ? -1 : (wanted.get(f.nodeId) as number) }));
  keyed.sort((a, b) => a.rank - b.rank || a.pos - b.pos || a.i - b.i);
  return keyed.map((k) => k.f);
}

/** The key an acknowledgement uses for a finding (`rule:kode`, see model.ts). */
export function findingKey(f: Pick<Finding, 'rule' | 'kode'>): string {
  return `${f.rule}:${f.kode}`;
}
