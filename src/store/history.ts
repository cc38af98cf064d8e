import type { Patch } from 'immer';

/** One undoable user intention. */
export interface HistoryEntry {
  label: string;
  patches: Patch[];
  inverse: Patch[];
}

export const HISTORY_CAP = 200;

/** Node ids a set of patches touches, and whether anything beyond node fields changed. */
export function touchedByPatches(patches: readonly Patch[]): { ids: Set<string>; full: boolean } {
  const ids = new Set<string>();
  let full = false;
  for (const p of patches) {
    const [root, id] = p.path;
    if (root === 'nodes' && typeof id === 'string') ids.add(id);
    else if (root === 'nodes' || root === 'project' || root === undefined) full = true;
  }
  return { ids, full };
}
