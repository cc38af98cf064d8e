import type { Evaluation } from '../evaluate';
import type { KDocument } from '../model';
import { buildTreeIndex, depthFirstOrder } from '../tree';
import { checkAchievement } from './achievement';
import { checkBudget } from './budget';
import { checkCompleteness } from './completeness';
import { SEVERITY_RANK } from './rules';
import { checkStructure } from './structure';
import { checkTargets } from './targets';
import type { CheckContext, Finding } from './types';

export { RULES, SEVERITY_RANK } from './rules';
export { formatNumber } from './format';
export type { Bilingual, Category, Finding, RuleId, RuleMeta, Severity } from './types';

/** Tree order: depth first from the roots, then nodes no root reaches (on a cycle), by level and key. */
function treeOrder(doc: KDocument, ctxIndex: CheckContext['index']): string[] {
  const order = depthFirstOrder(ctxIndex);
  if (order.length === Object.keys(doc.nodes).length) return order;
  const seen = new Set(order);
  const rest = Object.keys(doc.nodes).filter((id) => !seen.has(id));
  rest.sort((a, b) => {
    const na = doc.nodes[a];
    const nb = doc.nodes[b];
    if (!na || !nb) return 0;
    return na.level - nb.level || na.order - nb.order || (na.kode < nb.kode ? -1 : na.kode > nb.kode ? 1 : a < b ? -1 : a > b ? 1 : 0);
  });
  return order.concat(rest);
}

/**
 * Runs every rule of the consistency checker (domain.md, "the checker") over a document and its
 * evaluation (the year and quarter come from `ev.params`). Pure and total: never throws on a
 * well-typed document, whatever its shape. Findings are sorted by severity (error, warning,
 * info), then by the tree order of their node; a document-wide finding comes first in its group.
 */
export function runChecks(doc: KDocument, ev: Evaluation): Finding[] {
  const index = ev.nodes === doc.nodes ? ev.index : buildTreeIndex(doc.nodes);
  const order = treeOrder(doc, index);
  const position = new Map<string, number>();
  order.forEach((id, i) => position.set(id, i));
  const ctx: CheckContext = { doc, ev, nodes: doc.nodes, index, order, position };
  const out: Finding[] = [];
  checkStructure(ctx, out);
  checkCompleteness(ctx, out);
  checkTargets(ctx, out);
  checkBudget(ctx, out);
  checkAchievement(ctx, out);
  const pos = (f: Finding): number => (f.nodeId === null ? -1 : (position.get(f.nodeId) ?? order.length));
  return out.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || pos(a) - pos(b));
}

/** The key an acknowledgement uses for a finding (`rule:kode`, see model.ts). */
export function findingKey(f: Pick<Finding, 'rule' | 'kode'>): string {
  return `${f.rule}:${f.kode}`;
}
