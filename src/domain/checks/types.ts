import type { Evaluation, NodeResult } from '../evaluate';
import type { KDocument, KNode } from '../model';
import type { TreeIndex } from '../tree';

/** How serious a finding is. `error` makes the command-line checker exit with status 1. */
export type Severity = 'error' | 'warning' | 'info';

/** The four groups of the checker (domain.md, "the checker"). */
export type Category = 'struktur' | 'target' | 'anggaran' | 'capaian';

/** A text in Bahasa Indonesia and English. */
export interface Bilingual {
  id: string;
  en: string;
}

/** Stable rule ids (kebab-case English). They appear in files and acknowledgements: never rename one. */
export type RuleId =
  | 'level-step'
  | 'orphan'
  | 'cycle'
  | 'missing-sasaran'
  | 'missing-indicator'
  | 'indicator-missing-satuan'
  | 'indicator-missing-target-year'
  | 'code-not-nested'
  | 'duplicate-code'
  | 'duplicate-sibling-name'
  | 'branch-stops-early'
  | 'quarter-target-mismatch'
  | 'yearly-target-direction'
  | 'outcome-worded-as-output'
  | 'pagu-children-mismatch'
  | 'realisasi-children-mismatch'
  | 'realisasi-above-pagu'
  | 'budget-on-node-and-children'
  | 'composite-mismatch'
  | 'formula-error'
  | 'rollup-divergence'
  | 'spending-without-realisation'
  | 'target-too-easy';

/** What the registry knows about a rule. */
export interface RuleMeta {
  severity: Severity;
  title: Bilingual;
  category: Category;
}

/**
 * One problem found in a document. `nodeId` leads to the node (null for a document-wide finding);
 * `kode` is the node's kode, or its id when the kode is empty. `numbers` holds the values the
 * message quotes, as canonical plain decimal strings (`"1905955200"`, `"91.36"`) or plain text.
 */
export interface Finding {
  rule: RuleId;
  severity: Severity;
  nodeId: string | null;
  kode: string;
  message: Bilingual;
  fix: Bilingual;
  numbers: Record<string, string>;
}

/** What every rule module receives: the document, its evaluation and shared lookups. */
export interface CheckContext {
  doc: KDocument;
  ev: Evaluation;
  nodes: Record<string, KNode>;
  /** Children lookups over `nodes` (the evaluation's own when it was built from the same nodes). */
  index: TreeIndex;
  /** Node ids in tree order (depth first, sibling order), then nodes not reachable from a root. */
  order: readonly string[];
  /**
   * The node and the evaluation's result of each id in `order`, at the same positions: looked up
   * once for every rule (each rule walks the whole order, and a lookup by id in a 20k-key record or
   * map costs more than the rest of most rules' work on a node).
   */
  orderNodes: readonly KNode[];
  orderResults: readonly (NodeResult | undefined)[];
  /** How many of `order` are reachable from a root (the rest can be on a cycle). */
  reachable: number;
}

/**
 * A group of rules over the whole tree, in tree order, run as a generator: it pauses (yields)
 * where {@link pausesBefore} says, and `checkSteps` moves on to the next rule there, going through
 * the tree with all of them together.
 */
export type Rule = (ctx: CheckContext, out: Finding[]) => Generator<void, void, void>;

/**
 * How many nodes a rule goes through between pauses: few enough for the nodes every rule reads to
 * stay in the processor's cache until the last rule has read them, well under a millisecond.
 */
export const NODES_PER_PAUSE = 256;

/**
 * Whether a rule pauses before the node at position `i` of the tree order. Every rule pauses at
 * the same positions, so that all of them go through the same stretch between two pauses.
 */
export function pausesBefore(i: number): boolean {
  return (i + 1) % NODES_PER_PAUSE === 0;
}
