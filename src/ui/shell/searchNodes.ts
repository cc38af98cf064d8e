import type { KNode } from '../../domain/model';

/** How well a node matches a lower-case query: 0 its kode, 1 a kode starting with it, 2 in the kode, 3 in a text; -1 no match. */
function rankOf(n: KNode, q: string): number {
  const kode = n.kode.toLowerCase();
  if (kode === q) return 0;
  if (kode.startsWith(q)) return 1;
  if (kode.includes(q)) return 2;
  if (n.sasaran.toLowerCase().includes(q) || n.nama.toLowerCase().includes(q)) return 3;
  return n.indicators.some((i) => i.nama.toLowerCase().includes(q)) ? 3 : -1;
}

/**
 * The best `max` nodes for a search text (2 characters or more, case ignored): the node with that
 * very kode first, then kodes starting with it, kodes containing it, and nodes whose sasaran, name
 * or an indicator name contains it; within each, in tree order (`order`: the tree's pre-order;
 * nodes it misses, on a cycle, follow). The order does not depend on the order nodes are stored in.
 */
export function searchNodes(nodes: Readonly<Record<string, KNode>>, order: readonly string[], text: string, max: number): string[] {
  const q = text.trim().toLowerCase();
  if (q.length < 2) return [];
  const byRank: string[][] = [[], [], [], []];
  const visit = (id: string): void => {
    const n = nodes[id];
    if (!n) return;
    const list = byRank[rankOf(n, q)];
    if (list && list.length < max) list.push(id);
  };
  for (const id of order) visit(id);
  if (order.length < Object.keys(nodes).length) {
    const seen = new Set(order);
    for (const id in nodes) if (!seen.has(id)) visit(id);
  }
  return byRank.flat().slice(0, max);
}
