import { quote } from './cells.ts';
import { error } from './problems.ts';
import type { FlatProblem } from './types.ts';

export interface TreeEntry {
  kode: string;
  /** First row of the node. */
  row: number;
  induk: string;
  crosscutting: string[];
}

/**
 * Checks that every `induk` and crosscutting parent names a kode of the file, and that `induk`
 * has no cycle (each cycle reported once, naming its kodes in order). Level steps are not checked
 * here: the tree is kept as written and the checker reports them.
 */
export function checkTree(entries: TreeEntry[], indukHeader: string, crosscuttingHeader: string): FlatProblem[] {
  const problems: FlatProblem[] = [];
  const byKode = new Map(entries.map((e) => [e.kode, e]));
  for (const e of entries) {
    if (e.induk !== '' && !byKode.has(e.induk)) {
      problems.push(error(e.row, indukHeader, 'unknown-induk', `induk ${quote(e.induk)} bukan kode yang ada di berkas`, `induk ${quote(e.induk)} is not a kode in the file`));
    }
    for (const p of e.crosscutting) {
      if (!byKode.has(p)) {
        problems.push(error(e.row, crosscuttingHeader, 'unknown-crosscutting', `${quote(p)} bukan kode yang ada di berkas`, `${quote(p)} is not a kode in the file`));
      }
    }
  }
  const state = new Map<string, 1 | 2>();
  for (const e of entries) {
    const path: TreeEntry[] = [];
    let cur: TreeEntry | undefined = e;
    while (cur && !state.has(cur.kode)) {
      state.set(cur.kode, 1);
      path.push(cur);
      cur = cur.induk === '' ? undefined : byKode.get(cur.induk);
    }
    if (cur && state.get(cur.kode) === 1) {
      const cycle = path.slice(path.indexOf(cur));
      const names = cycle.map((c) => c.kode);
      const shown = [...names, names[0] ?? ''].join(' → ');
      const row = Math.min(...cycle.map((c) => c.row));
      problems.push(error(row, indukHeader, 'induk-cycle', `induk berputar: ${shown}`, `induk forms a cycle: ${shown}`));
    }
    for (const p of path) state.set(p.kode, 2);
  }
  return problems;
}
