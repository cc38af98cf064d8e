import type { Patch } from 'immer';

/** One undoable user intention. */
export interface HistoryEntry {
  label: string;
  patches: Patch[];
  inverse: Patch[];
}

export const HISTORY_CAP = 200;

/**
 * What a set of patches touches: node ids; `full` when the project or the node set as a whole
 * changed (everything is re-evaluated); `meta` when only document-level data beside the nodes
 * changed (acknowledgements): saved with the project row, nothing to re-evaluate.
 */
export function touchedByPatches(patches: readonly Patch[]): { ids: Set<string>; full: boolean; meta: boolean } {
  const ids = new Set<string>();
  let full = false;
  let meta = false;
  for (const p of patches) {
    const [root, id] = p.path;
    if (root === 'nodes' && typeof id === 'string') ids.add(id);
    else if (root === 'nodes' || root === 'project' || root === undefined) full = true;
    else meta = true;
  }
  return { ids, full, meta };
}
