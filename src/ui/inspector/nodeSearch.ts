import type { KNode, Level } from '../../domain/model';

export interface NodeCandidate {
  id: string;
  kode: string;
  label: string;
  /** Lower-case kode, sasaran and nama, for matching. */
  hay: string;
}

const collator = new Intl.Collator('id', { numeric: true, sensitivity: 'base' });

/** The nodes of one level, sorted by kode then text, ready to be filtered as the user types. */
export function candidatesOfLevel(nodes: Record<string, KNode>, level: Level): NodeCandidate[] {
  const out: NodeCandidate[] = [];
  for (const id in nodes) {
    const n = nodes[id];
    if (!n || n.level !== level) continue;
    const label = n.sasaran.trim() || n.nama.trim();
    out.push({ id, kode: n.kode, label, hay: `${n.kode} ${n.sasaran} ${n.nama}`.toLowerCase() });
  }
  return out.sort((a, b) => collator.compare(a.kode, b.kode) || collator.compare(a.label, b.label) || (a.id < b.id ? -1 : 1));
}

/** Candidates matching every word of the query (kode or text), in order, at most `limit`. */
export function filterCandidates(list: readonly NodeCandidate[], query: string, exclude: ReadonlySet<string>, limit = 50): NodeCandidate[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const out: NodeCandidate[] = [];
  for (const c of list) {
    if (exclude.has(c.id)) continue;
    if (words.every((w) => c.hay.includes(w))) out.push(c);
    if (out.length >= limit) break;
  }
  return out;
}
