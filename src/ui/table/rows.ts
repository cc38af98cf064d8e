import type { KNode, Level } from '../../domain/model';
import { depthFirstOrder } from '../../domain/tree';
import type { TreeIndex } from '../../domain/tree';

/** One line of the cascading matrix: one indicator of a node (or a node without indicators). */
export interface TableRowModel {
  /** Stable across edits of values: `nodeId#indicatorId` (`nodeId#` for a node without indicators). */
  key: string;
  nodeId: string;
  /** Index in `node.indicators`; -1 for a node without indicators. */
  ind: number;
  /** The node's first row: node cells (kode, sasaran, pagu …) are shown only here. */
  first: boolean;
  level: Level;
  /** Test ids name a row by its node's kode, else id (see `testKey`), then this: '' on the node's first row, `-ind<i>` on the rows of its further indicators. */
  testSuffix: string;
}

/**
 * Rows of the whole tree in depth-first order (siblings in `order`), one per indicator, like the
 * flat table. Nodes not reachable from a root (on a parent cycle) follow at the end, so none is
 * hidden.
 */
export function buildTableRows(nodes: Record<string, KNode>, index: TreeIndex): TableRowModel[] {
  const order = depthFirstOrder(index);
  if (order.length < Object.keys(nodes).length) {
    const seen = new Set(order);
    for (const id in nodes) if (!seen.has(id)) order.push(id);
  }
  const rows: TableRowModel[] = [];
  for (const id of order) {
    const n = nodes[id];
    if (!n) continue;
    if (n.indicators.length === 0) {
      rows.push({ key: `${id}#`, nodeId: id, ind: -1, first: true, level: n.level, testSuffix: '' });
      continue;
    }
    n.indicators.forEach((ind, i) => {
      rows.push({ key: `${id}#${ind.id}`, nodeId: id, ind: i, first: i === 0, level: n.level, testSuffix: i === 0 ? '' : `-ind${i}` });
    });
  }
  return rows;
}

/**
 * Changes when nodes or indicators are added or removed. Rows are rebuilt when this or the tree
 * index changes, not on every edit of a value (a 20,000-row rebuild per keystroke-commit is felt).
 */
export function structureStamp(nodes: Record<string, KNode>): string {
  // Store selectors call this on every store change: count each nodes object once.
  const known = stamps.get(nodes);
  if (known !== undefined) return known;
  let n = 0;
  let inds = 0;
  for (const id in nodes) {
    n++;
    inds += nodes[id]?.indicators.length ?? 0;
  }
  const stamp = `${n}:${inds}`;
  stamps.set(nodes, stamp);
  return stamp;
}
const stamps = new WeakMap<object, string>();

/** Row index of each node's first row. */
export function firstRowIndex(rows: readonly TableRowModel[]): Map<string, number> {
  const m = new Map<string, number>();
  rows.forEach((r, i) => {
    if (r.first) m.set(r.nodeId, i);
  });
  return m;
}
