import { addChild, addSibling, canAddChild, canCrosscut, canReparent, cloneSubtree, moveAmongSiblings, nextOrder, removeSubtree, reparent } from '../domain/edit';
import type { ChildrenLists, EditCheck } from '../domain/edit';
import { childrenListsOf } from '../domain/evaluate';
import { makeIndicator, makeNode, newId } from '../domain/model';
import type { Indicator, KDocument, KNode, Level, Project } from '../domain/model';
import type { KaskadeStore } from './store';

type QuarterField = 'targetTw' | 'realisasiTw';
type BudgetQuarterField = 'rencanaTw' | 'realisasiTw';

const EMPTY_Q = (): (string | null)[] => [null, null, null, null];

/** Document edits, each one undo step. Components reach these through `useActions`. */
export function createActions(store: KaskadeStore) {
  const commit = (label: string, recipe: (d: KDocument, before: KDocument) => void): void => store.getState().commit(label, recipe);
  /** The children lists of `before`, the document a recipe's draft is made from. */
  const childrenIn = (before: KDocument): ChildrenLists | undefined => childrenListsOf(store.getState().evaluation, before.nodes);
  const node = (d: KDocument, id: string): KNode | undefined => d.nodes[id];
  const indicator = (d: KDocument, nodeId: string, indId: string): Indicator | undefined => node(d, nodeId)?.indicators.find((i) => i.id === indId);
  let clipboard: { nodes: Record<string, KNode>; rootId: string } | null = null;

  return {
    addRoot(level: Level = 0): string {
      const id = newId();
      commit('Tambah node', (d) => {
        d.nodes[id] = makeNode({ id, level, order: Object.keys(d.nodes).length });
      });
      store.getState().select(id);
      return id;
    },
    addChild(parentId: string): EditCheck & { id?: string } {
      const check = canAddChild(store.getState().doc, parentId);
      if (!check.ok) return check;
      let id = '';
      // The edits read siblings and subtrees in `before` and its children lists, not through the
      // draft (see domain/edit).
      commit('Tambah anak', (d, before) => {
        id = addChild(d, parentId, {}, before.nodes, childrenIn(before));
      });
      const s = store.getState();
      if (s.collapsed.has(parentId)) s.toggleCollapsed(parentId);
      s.select(id);
      return { ok: true, id };
    },
    addSibling(id: string): string {
      let nid = '';
      commit('Tambah saudara', (d, before) => {
        nid = addSibling(d, id, {}, before.nodes, childrenIn(before));
      });
      store.getState().select(nid);
      return nid;
    },
    updateNode(id: string, patch: Partial<Pick<KNode, 'sasaran' | 'nama' | 'kode' | 'fenomena' | 'penanggungJawab' | 'keterangan' | 'bobot'>>): void {
      commit('Ubah node', (d) => {
        const n = node(d, id);
        if (n) Object.assign(n, patch);
      });
    },
    deleteSubtree(id: string): void {
      const s = store.getState();
      const parent = s.doc.nodes[id]?.parentId ?? null;
      commit('Hapus node', (d, before) => {
        removeSubtree(d, id, before.nodes, childrenIn(before));
      });
      store.getState().select(parent);
    },
    reparent(id: string, newParentId: string): EditCheck {
      const check = canReparent(store.getState().doc, id, newParentId);
      if (check.ok) commit('Pindah node', (d, before) => reparent(d, id, newParentId, before.nodes, childrenIn(before)));
      return check;
    },
    moveAmongSiblings(id: string, delta: -1 | 1): void {
      commit('Urutkan', (d, before) => {
        moveAmongSiblings(d, id, delta, before.nodes);
      });
    },
    addCrosscut(id: string, parentId: string): EditCheck {
      const check = canCrosscut(store.getState().doc, id, parentId);
      if (check.ok) commit('Tambah crosscutting', (d) => void node(d, id)?.crosscutting.push({ parentId, bobot: null }));
      return check;
    },
    removeCrosscut(id: string, parentId: string): void {
      commit('Hapus crosscutting', (d) => {
        const n = node(d, id);
        if (n) n.crosscutting = n.crosscutting.filter((c) => c.parentId !== parentId);
      });
    },
    addIndicator(nodeId: string): string {
      const id = newId('i');
      commit('Tambah indikator', (d) => void node(d, nodeId)?.indicators.push(makeIndicator({ id, nama: '' })));
      return id;
    },
    removeIndicator(nodeId: string, indId: string): void {
      commit('Hapus indikator', (d) => {
        const n = node(d, nodeId);
        if (n) n.indicators = n.indicators.filter((i) => i.id !== indId);
      });
    },
    updateIndicator(nodeId: string, indId: string, patch: Partial<Pick<Indicator, 'nama' | 'alias' | 'satuan' | 'polaritas' | 'agregasi' | 'rumus' | 'definisi' | 'sumberData' | 'rumusTurun' | 'desimal'>>): void {
      commit('Ubah indikator', (d) => {
        const ind = indicator(d, nodeId, indId);
        if (ind) Object.assign(ind, patch);
      });
    },
    setTarget(nodeId: string, indId: string, year: number, value: string | null): void {
      commit('Ubah target', (d) => {
        const ind = indicator(d, nodeId, indId);
        if (!ind) return;
        if (value === null) delete ind.target[String(year)];
        else ind.target[String(year)] = value;
      });
    },
    setIndicatorQuarter(nodeId: string, indId: string, field: QuarterField, year: number, q: number, value: string | null): void {
      commit(field === 'targetTw' ? 'Ubah target triwulan' : 'Ubah realisasi', (d) => {
        const ind = indicator(d, nodeId, indId);
        if (!ind) return;
        const y = String(year);
        const arr = ind[field][y] ?? EMPTY_Q();
        arr[q - 1] = value;
        ind[field][y] = arr;
      });
    },
    setPagu(nodeId: string, year: number, value: string | null): void {
      commit('Ubah pagu', (d) => {
        const n = node(d, nodeId);
        if (!n) return;
        if (value === null) delete n.anggaran.pagu[String(year)];
        else n.anggaran.pagu[String(year)] = value;
      });
    },
    setBudgetQuarter(nodeId: string, field: BudgetQuarterField, year: number, q: number, value: string | null): void {
      commit(field === 'rencanaTw' ? 'Ubah rencana anggaran' : 'Ubah realisasi anggaran', (d) => {
        const n = node(d, nodeId);
        if (!n) return;
        const y = String(year);
        const arr = n.anggaran[field][y] ?? EMPTY_Q();
        arr[q - 1] = value;
        n.anggaran[field][y] = arr;
      });
    },
    /** Replaces the whole document as one undoable step (restoring a version, merging a file). */
    replaceDocument(label: string, next: KDocument): void {
      commit(label, (d) => {
        d.project = next.project;
        d.nodes = next.nodes;
        d.acknowledgements = next.acknowledgements;
      });
    },
    updateProject(patch: Partial<Project>): void {
      commit('Ubah proyek', (d) => {
        Object.assign(d.project, patch);
      });
    },
    copy(id: string): boolean {
      const doc = store.getState().doc;
      if (!doc.nodes[id]) return false;
      clipboard = { nodes: doc.nodes, rootId: id };
      return true;
    },
    /** Pastes the copied subtree under `parentId`; false when the levels would not fit. */
    paste(parentId: string): boolean {
      if (!clipboard) return false;
      const parent = store.getState().doc.nodes[parentId];
      if (!parent) return false;
      const copy = cloneSubtree(clipboard.nodes, clipboard.rootId, parent);
      if (!copy || !copy[0]) return false;
      const rootId = copy[0].id;
      commit('Tempel cabang', (d, before) => {
        const order = nextOrder(before.nodes, parentId, childrenIn(before));
        for (const n of copy) d.nodes[n.id] = n.id === rootId ? { ...n, order } : n;
      });
      store.getState().select(rootId);
      return true;
    },
  };
}

export type Actions = ReturnType<typeof createActions>;
