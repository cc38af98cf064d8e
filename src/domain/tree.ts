import type { KNode } from './model';

/** Parent/children lookups over the primary tree, built once per structural change. */
export interface TreeIndex {
  /** Nodes without a parent, or whose parent does not exist, in sibling order. */
  roots: string[];
  /** Children by parent id (primary links), in sibling order. */
  children: Map<string, string[]>;
  /** Nodes that contribute to a parent through a crosscutting link, by that parent id. */
  crossChildren: Map<string, string[]>;
  /** Nodes whose `parentId` names a node that does not exist. */
  orphans: string[];
}

/**
 * Sibling order of two nodes: `order`, then `kode`, then id (`aId`, `bId`: the keys the nodes are
 * stored under, their own ids by default). The canvas, the checker and the flat table all use it.
 */
export function compareSiblings(na: KNode, nb: KNode, aId: string = na.id, bId: string = nb.id): number {
  return na.order - nb.order || (na.kode < nb.kode ? -1 : na.kode > nb.kode ? 1 : aId < bId ? -1 : aId > bId ? 1 : 0);
}

function bySiblingOrder(nodes: Record<string, KNode>) {
  return (a: string, b: string): number => {
    const na = nodes[a];
    const nb = nodes[b];
    return na && nb ? compareSiblings(na, nb, a, b) : 0;
  };
}

/** The node ids an index was built from, in `Object.keys` order (see {@link indexedIds}). */
const idsOfIndex = new WeakMap<TreeIndex, readonly string[]>();

/**
 * The ids of the nodes `index` was built from, in `Object.keys` (and `for…in`) order, shared and
 * read-only; null for an index built elsewhere. Listing the keys of a 20k-node record costs a few
 * milliseconds each time, and the evaluator and the checker need them several times.
 */
export function indexedIds(index: TreeIndex): readonly string[] | null {
  return idsOfIndex.get(index) ?? null;
}

/** Builds the children index. O(n log n); sibling order is `order`, then `kode`, then id. */
export function buildTreeIndex(nodes: Record<string, KNode>): TreeIndex {
  const children = new Map<string, string[]>();
  const crossChildren = new Map<string, string[]>();
  const roots: string[] = [];
  const orphans: string[] = [];
  const ids = Object.keys(nodes);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as string;
    const n = nodes[id];
    if (!n) continue;
    const p = n.parentId;
    if (p === null || p === '') roots.push(id);
    else if (!nodes[p]) {
      orphans.push(id);
      roots.push(id);
    } else {
      const list = children.get(p);
      if (list) list.push(id);
      else children.set(p, [id]);
    }
    for (const c of n.crosscutting) {
      if (!nodes[c.parentId]) continue;
      const list = crossChildren.get(c.parentId);
      if (list) list.push(id);
      else crossChildren.set(c.parentId, [id]);
    }
  }
  const cmp = bySiblingOrder(nodes);
  roots.sort(cmp);
  for (const list of children.values()) list.sort(cmp);
  const index = { roots, children, crossChildren, orphans };
  idsOfIndex.set(index, ids);
  return index;
}

/** What changed in the primary tree, for {@link indexAfterChange}. */
export interface IndexChange {
  /** New nodes, each the child of a node in the new record. */
  added: readonly string[];
  /** Nodes gone, whole subtrees at a time; `from` is the parent each had. */
  removed: readonly { id: string; from: string }[];
  /** Nodes now under another parent (named in the new record); `from` is the one they left. */
  moved: readonly { id: string; from: string }[];
  /** Parents whose children changed their `order`. */
  reordered: Iterable<string>;
}

/**
 * The index of `nodes` after `change`, built from `index` (the index before it) without listing
 * and sorting every node again: only the children lists of the parents concerned are rebuilt.
 * Equal to `buildTreeIndex(nodes)` when nothing else changed: no root added, removed or moved, no
 * node left without its parent, no crosscutting link changed (the caller checks that).
 * `index` itself is unchanged.
 */
export function indexAfterChange(index: TreeIndex, nodes: Record<string, KNode>, change: IndexChange): TreeIndex {
  const children = new Map(index.children);
  const touched = new Set<string>(change.reordered);
  // New children by parent: added nodes and nodes moved in.
  const incoming = new Map<string, string[]>();
  const arrive = (id: string): void => {
    const p = (nodes[id] as KNode).parentId as string;
    const list = incoming.get(p);
    if (list) list.push(id);
    else incoming.set(p, [id]);
    touched.add(p);
  };
  for (const id of change.added) arrive(id);
  for (const m of change.moved) {
    arrive(m.id);
    touched.add(m.from);
  }
  for (const r of change.removed) {
    children.delete(r.id);
    touched.add(r.from);
  }
  const cmp = bySiblingOrder(nodes);
  for (const p of touched) {
    if (!nodes[p]) {
      children.delete(p);
      continue;
    }
    // The children that stay (not removed, not moved away), then the new ones, in sibling order.
    const kept = (index.children.get(p) ?? []).filter((c) => nodes[c]?.parentId === p);
    const list = kept.concat(incoming.get(p) ?? []).sort(cmp);
    if (list.length > 0) children.set(p, list);
    else children.delete(p);
  }
  const next: TreeIndex = { roots: index.roots, children, crossChildren: index.crossChildren, orphans: index.orphans };
  // New keys come last in a record's key order, unless they look like array indices.
  const ids = idsOfIndex.get(index);
  if (ids && !change.added.some((id) => /^\d+$/.test(id))) {
    const gone = change.removed.length > 0 ? new Set(change.removed.map((r) => r.id)) : null;
    const left = gone ? ids.filter((id) => !gone.has(id)) : ids;
    idsOfIndex.set(next, change.added.length > 0 ? [...left, ...change.added] : left);
  }
  return next;
}

/** Ancestors of a node along primary links, nearest first; stops at a cycle. */
export function ancestorsOf(nodes: Record<string, KNode>, id: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>([id]);
  let p = nodes[id]?.parentId ?? null;
  while (p !== null && nodes[p] && !seen.has(p)) {
    out.push(p);
    seen.add(p);
    p = nodes[p]?.parentId ?? null;
  }
  return out;
}

/** Every node reachable from the roots, depth first in sibling order (pre-order). */
export function depthFirstOrder(index: TreeIndex): string[] {
  const out: string[] = [];
  const stack = [...index.roots].reverse();
  // An index from buildTreeIndex lists every node once (as a root or in its one parent's
  // children), and a walk from the roots never enters a cycle, so nothing is met twice and the
  // set of visited ids (20k insertions) is only needed for an index built some other way.
  const seen = idsOfIndex.has(index) ? null : new Set<string>();
  while (stack.length) {
    const id = stack.pop() as string;
    if (seen) {
      if (seen.has(id)) continue;
      seen.add(id);
    }
    out.push(id);
    const kids = index.children.get(id);
    if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as string);
  }
  return out;
}

const preOrders = new WeakMap<TreeIndex, readonly string[]>();

/**
 * {@link depthFirstOrder}, computed once per index and shared (read-only): the evaluator and the
 * checker both walk the same index in this order.
 */
export function preOrder(index: TreeIndex): readonly string[] {
  let order = preOrders.get(index);
  if (!order) preOrders.set(index, (order = depthFirstOrder(index)));
  return order;
}

/** Descendants of a node (primary links), not including the node itself. */
export function descendantsOf(index: TreeIndex, id: string): string[] {
  const out: string[] = [];
  const stack = [...(index.children.get(id) ?? [])];
  const seen = new Set<string>([id]);
  while (stack.length) {
    const c = stack.pop() as string;
    if (seen.has(c)) continue;
    seen.add(c);
    out.push(c);
    const kids = index.children.get(c);
    if (kids) stack.push(...kids);
  }
  return out;
}

/**
 * Cycles through parent links, crosscutting links included. Each cycle is listed once as the ids
 * along it. Iterative three-colour DFS so a 20k-deep chain cannot overflow the stack.
 */
export function findCycles(nodes: Record<string, KNode>): string[][] {
  const WHITE = 0;
  const GREY = 1;
  const BLACK = 2;
  const colour = new Map<string, number>();
  const cycles: string[][] = [];
  const edgesOf = (id: string): string[] => {
    const n = nodes[id];
    if (!n) return [];
    const out: string[] = [];
    if (n.parentId && nodes[n.parentId]) out.push(n.parentId);
    for (const c of n.crosscutting) if (nodes[c.parentId]) out.push(c.parentId);
    return out;
  };
  for (const start in nodes) {
    if ((colour.get(start) ?? WHITE) !== WHITE) continue;
    const path: string[] = [];
    const iters: { id: string; edges: string[]; i: number }[] = [{ id: start, edges: edgesOf(start), i: 0 }];
    colour.set(start, GREY);
    path.push(start);
    while (iters.length) {
      const top = iters[iters.length - 1] as { id: string; edges: string[]; i: number };
      if (top.i >= top.edges.length) {
        colour.set(top.id, BLACK);
        iters.pop();
        path.pop();
        continue;
      }
      const next = top.edges[top.i++] as string;
      const c = colour.get(next) ?? WHITE;
      if (c === GREY) cycles.push(path.slice(path.indexOf(next)));
      else if (c === WHITE) {
        colour.set(next, GREY);
        path.push(next);
        iters.push({ id: next, edges: edgesOf(next), i: 0 });
      }
    }
  }
  return cycles;
}
