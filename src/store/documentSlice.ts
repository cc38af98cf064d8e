import { applyPatches, enablePatches, produceWithPatches } from 'immer';
import type { Patch } from 'immer';
import type { StateCreator } from 'zustand';
import { evaluate, reevaluate } from '../domain/evaluate';
import type { Evaluation } from '../domain/evaluate';
import type { KDocument } from '../domain/model';
import { HISTORY_CAP, touchedByPatches } from './history';
import type { HistoryEntry } from './history';
import type { StoreState } from './store';

enablePatches();

export interface DocumentSlice {
  doc: KDocument;
  /** Not frozen, updated in place; `evalVersion` tells subscribers it moved. */
  evaluation: Evaluation;
  evalVersion: number;
  undoStack: HistoryEntry[];
  redoStack: HistoryEntry[];
  /** Bumped on every document change, for autosave. */
  docVersion: number;
  /** Node ids changed since the last save, and whether the project row changed. */
  dirty: { ids: Set<string>; project: boolean };
  /** Replaces the whole document (open, import, restore); clears history. */
  loadDocument: (doc: KDocument) => void;
  /** Every document edit goes through here: one call, one undo step. */
  /** `before` is the document the draft is made from: plain objects, to read without drafting. */
  commit: (label: string, recipe: (draft: KDocument, before: KDocument) => void) => void;
  undo: () => void;
  redo: () => void;
  takeDirty: () => { ids: Set<string>; project: boolean };
}

export const createDocumentSlice = (initial: KDocument): StateCreator<StoreState, [], [], DocumentSlice> => (set, get) => {
  const applyChange = (next: KDocument, patches: Patch[]): Partial<StoreState> => {
    const s = get();
    const { ids, full, meta } = touchedByPatches(patches);
    // A patch that replaces the node set as a whole (restore, merge) names no node: every node
    // before and after it is to be saved (or deleted).
    if (patches.some((p) => p.path.length === 1 && p.path[0] === 'nodes')) {
      for (const id in s.doc.nodes) ids.add(id);
      for (const id in next.nodes) ids.add(id);
    }
    const dirty = { ids: new Set([...s.dirty.ids, ...ids]), project: s.dirty.project || full || meta };
    let ev = s.evaluation;
    if (full) ev = evaluate(next, ev.params);
    else reevaluate(ev, next, ids);
    return { doc: next, evaluation: ev, evalVersion: s.evalVersion + 1, docVersion: s.docVersion + 1, dirty };
  };

  return {
    doc: initial,
    evaluation: evaluate(initial, { year: initial.project.tahun, tw: initial.project.triwulan }),
    evalVersion: 1,
    undoStack: [],
    redoStack: [],
    docVersion: 0,
    dirty: { ids: new Set(), project: false },

    loadDocument: (doc) => {
      const s = get();
      const params = { year: doc.project.tahun, tw: doc.project.triwulan };
      set({
        doc,
        evaluation: evaluate(doc, params),
        evalVersion: s.evalVersion + 1,
        undoStack: [],
        redoStack: [],
        docVersion: s.docVersion + 1,
        dirty: { ids: new Set(Object.keys(doc.nodes)), project: true },
        year: params.year,
        tw: params.tw,
        selectedId: null,
      });
    },

    commit: (label, recipe) => {
      const s = get();
      const [next, patches, inverse] = produceWithPatches(s.doc, (d) => recipe(d, s.doc));
      if (patches.length === 0) return;
      const undoStack = [...s.undoStack, { label, patches, inverse }];
      if (undoStack.length > HISTORY_CAP) undoStack.shift();
      set({ ...applyChange(next, patches), undoStack, redoStack: [] });
    },

    undo: () => {
      const s = get();
      const entry = s.undoStack[s.undoStack.length - 1];
      if (!entry) return;
      const next = applyPatches(s.doc, entry.inverse);
      set({ ...applyChange(next, entry.inverse), undoStack: s.undoStack.slice(0, -1), redoStack: [...s.redoStack, entry] });
    },

    redo: () => {
      const s = get();
      const entry = s.redoStack[s.redoStack.length - 1];
      if (!entry) return;
      const next = applyPatches(s.doc, entry.patches);
      set({ ...applyChange(next, entry.patches), redoStack: s.redoStack.slice(0, -1), undoStack: [...s.undoStack, entry] });
    },

    takeDirty: () => {
      const d = get().dirty;
      set({ dirty: { ids: new Set(), project: false } });
      return d;
    },
  };
};
