import type { KNode } from '../../domain/model';

const collator = new Intl.Collator('id', { numeric: true, sensitivity: 'base' });

interface Hit {
  id: string;
  rank: number;
  kode: string;
}

/** How well a node matches a lower-case query: 0 its kode, 1 a kode starting with it, 2 in the kode, 3 in a text; -1 no match. */
function rankOf(n: KNode, q: string): number {
  const kode = n.kode.toLowerCase();
  if (kode === q) return 0;
  if (kode.startsWith(q)) return 1;
  if (kode.includes(q)) return 2;
  if (n.sasaran.toLowerCase().includes(q) || n.nama.toLowerCase().includes(q)) return 3;
  return n.indicators.some((i) => i.nama.toLowerCase().includes(q)) ? 3 : -1;
}

const before = (a: Hit, b: Hit): boolean => a.rank - b.rank < 0 || (a.rank === b.rank && (collator.compare(a.kode, b.kode) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) < 0);

/**
 * The best `max` nodes for a search text (2 characters or more, case ignored): the node with that
 * very kode first, then kodes starting with it, kodes containing it, and nodes whose sasaran, name
 * or an indicator name contains it; within each, by kode (numeric parts as numbers), then id. The
 * order does not depend on the order nodes are stored in.
 */
export function searchNodes(nodes: Readonly<Record<string, KNode>>, text: string, max: number): string[] {
  const q = text.trim().toLowerCase();
  if (q.length < 2) return [];
  // The best hits so far, in order; a node worse than the last is dropped with one comparison.
  const best: Hit[] = [];
  for (const id in nodes) {
    const n = nodes[id] as KNode;
    const rank = rankOf(n, q);
    if (rank < 0) continue;
    const hit = { id, rank, kode: n.kode };
    if (best.length === max && !before(hit, best[max - 1] as Hit)) continue;
    let i = best.length;
    while (i > 0 && before(hit, best[i - 1] as Hit)) i--;
    best.splice(i, 0, hit);
    if (best.length > max) best.pop();
  }
  return best.map((h) => h.id);
}
