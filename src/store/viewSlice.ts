import type { StateCreator } from 'zustand';
import { evaluate } from '../domain/evaluate';
import { ancestorsOf } from '../domain/tree';
import type { StoreState } from './store';

export type Lang = 'id' | 'en';
export type LayoutMode = 'compact' | 'wide';
export type Screen = 'canvas' | 'table' | 'charts';
export type SidePanel = 'inspector' | 'review' | 'versions';
/** How a node differs in a version comparison, shown on the canvas. */
export type DiffMark = 'added' | 'changed' | 'moved' | 'removed';

/** What the canvas highlights; nodes that do not match are dimmed. */
export interface Filter {
  level: number | null;
  predikat: string | null;
  penanggungJawab: string | null;
  findingsOnly: boolean;
}

/** Where the work is kept and how the last save went (shown in the toolbar). */
export interface StorageStatus {
  save: 'idle' | 'saving' | 'saved' | 'failed' | 'memory';
  error: string | null;
  persisted: boolean | null;
}

export const NO_FILTER: Filter = { level: null, predikat: null, penanggungJawab: null, findingsOnly: false };

/** What the user is looking at. Never part of the document or its history. */
export interface ViewSlice {
  selectedId: string | null;
  year: number;
  tw: number;
  lang: Lang;
  layoutMode: LayoutMode;
  screen: Screen;
  collapsed: ReadonlySet<string>;
  /** Node id being edited inline on the canvas, if any. */
  editingId: string | null;
  /** Text that replaces the sasaran when editing starts by typing a character. */
  editSeed: string | null;
  filter: Filter;
  sidePanel: SidePanel;
  setSidePanel: (p: SidePanel) => void;
  sideOpen: boolean;
  toggleSide: () => void;
  /** Nodes marked by a version comparison; null when no comparison is shown. */
  diffMarks: ReadonlyMap<string, DiffMark> | null;
  setDiffMarks: (m: ReadonlyMap<string, DiffMark> | null) => void;
  storage: StorageStatus;
  setStorage: (s: Partial<StorageStatus>) => void;
  /** Bumped to ask the canvas to centre `selectedId` (search, findings, table). */
  focusSeq: number;
  /** Selects a node, opens its collapsed ancestors and asks the view to centre it. */
  focus: (id: string) => void;
  setFilter: (f: Partial<Filter>) => void;
  select: (id: string | null) => void;
  setPeriod: (year: number, tw: number) => void;
  setLang: (lang: Lang) => void;
  setLayoutMode: (mode: LayoutMode) => void;
  setScreen: (screen: Screen) => void;
  toggleCollapsed: (id: string) => void;
  setCollapsed: (ids: ReadonlySet<string>) => void;
  setEditing: (id: string | null, seed?: string | null) => void;
}

export const createViewSlice: StateCreator<StoreState, [], [], ViewSlice> = (set, get) => ({
  selectedId: null,
  year: 2024,
  tw: 4,
  lang: 'id',
  layoutMode: 'compact',
  screen: 'canvas',
  collapsed: new Set(),
  editingId: null,
  editSeed: null,
  filter: NO_FILTER,
  focusSeq: 0,
  sidePanel: 'inspector',
  setSidePanel: (sidePanel) => set({ sidePanel, sideOpen: true }),
  sideOpen: true,
  toggleSide: () => set({ sideOpen: !get().sideOpen }),
  diffMarks: null,
  setDiffMarks: (diffMarks) => set({ diffMarks }),
  storage: { save: 'idle', error: null, persisted: null },
  setStorage: (st) => set({ storage: { ...get().storage, ...st } }),
  focus: (id) => {
    const s = get();
    let collapsed = s.collapsed;
    for (const a of ancestorsOf(s.doc.nodes, id)) {
      if (collapsed.has(a)) {
        if (collapsed === s.collapsed) collapsed = new Set(collapsed);
        (collapsed as Set<string>).delete(a);
      }
    }
    set({ selectedId: id, collapsed, focusSeq: s.focusSeq + 1 });
  },
  setFilter: (f) => set({ filter: { ...get().filter, ...f } }),
  select: (id) => set({ selectedId: id }),
  setPeriod: (year, tw) => {
    const s = get();
    set({ year, tw, evaluation: evaluate(s.doc, { year, tw }), evalVersion: s.evalVersion + 1 });
  },
  setLang: (lang) => set({ lang }),
  setLayoutMode: (layoutMode) => set({ layoutMode }),
  setScreen: (screen) => set({ screen }),
  toggleCollapsed: (id) => {
    const next = new Set(get().collapsed);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    set({ collapsed: next });
  },
  setCollapsed: (collapsed) => set({ collapsed }),
  setEditing: (editingId, seed = null) => set({ editingId, editSeed: seed }),
});
