import { describe, expect, it } from 'vitest';
import { evaluate } from '../domain/evaluate';
import type { Evaluation } from '../domain/evaluate';
import { makeIndicator, makeNode, makeProject } from '../domain/model';
import type { KDocument, KNode, Level } from '../domain/model';
import { createActions } from './actions';
import { createKaskadeStore } from './store';

/**
 * A root `r` with children a (order 0), b (1), c (2); a has children a1, a2; c2 (under c) has a
 * crosscutting link to a.
 */
function tree(): KDocument {
  // Each node with an indicator (target 80, realisasi by id) and a budget, so that roll-ups have numbers.
  const n = (id: string, level: Level, parentId: string | null, order: number, extra: Partial<KNode> = {}): [string, KNode] => [
    id,
    makeNode({
      id,
      level,
      parentId,
      order,
      sasaran: id,
      indicators: [makeIndicator({ id: `i-${id}`, nama: `ind ${id}`, target: { '2024': '80' }, realisasiTw: { '2024': [String(40 + id.length * 7), null, null, null] } })],
      anggaran: { pagu: { '2024': String(1000 * id.length) }, rencanaTw: {}, realisasiTw: {} },
      ...extra,
    }),
  ];
  return {
    schemaVersion: 1,
    project: makeProject({ id: 'p', periodeAwal: 2024, periodeAkhir: 2024, tahun: 2024 }),
    nodes: Object.fromEntries([
      n('r', 0, null, 0),
      n('a', 1, 'r', 0),
      n('b', 1, 'r', 1),
      n('c', 1, 'r', 2),
      n('a1', 2, 'a', 0),
      n('a2', 2, 'a', 1),
      n('c2', 2, 'c', 0, { crosscutting: [{ parentId: 'a', bobot: null }] }),
    ]),
    acknowledgements: [],
  };
}

/** Every node's figures, to compare the store's evaluation with a fresh one. */
const figures = (ev: Evaluation): string[] =>
  [...ev.results.values()].map((r) => [r.id, r.capaian?.toFixed(), r.capaianTurunan?.toFixed(), r.pagu?.toFixed(), r.rollupIncluded.join(',')].join('|')).sort();

function setup() {
  const store = createKaskadeStore(tree());
  const s = () => store.getState();
  /** The evaluation the edits kept up to date equals one made from scratch. */
  const expectFresh = (): void => expect(figures(s().evaluation)).toEqual(figures(evaluate(s().doc, s().evaluation.params)));
  return { store, actions: createActions(store), nodes: () => s().doc.nodes, expectFresh };
}

/** Children of `parentId` by sibling order, as ids. */
const kids = (nodes: Record<string, KNode>, parentId: string): string[] =>
  Object.values(nodes)
    .filter((n) => n.parentId === parentId)
    .sort((x, y) => x.order - y.order)
    .map((n) => n.id);

describe('structural edits', () => {
  it('adds a child as the last one, one level down', () => {
    const { actions, nodes, store, expectFresh } = setup();
    const r = actions.addChild('a');
    expectFresh();
    expect(r.ok).toBe(true);
    const id = r.id as string;
    expect(nodes()[id]).toMatchObject({ parentId: 'a', level: 2, order: 2 });
    expect(kids(nodes(), 'a')).toEqual(['a1', 'a2', id]);
    expect(store.getState().evaluation.index.children.get('a')).toEqual(['a1', 'a2', id]);
    expect(store.getState().selectedId).toBe(id);
  });

  it('adds a sibling right after a node, moving the later siblings on, and leaves the rest untouched', () => {
    const { actions, nodes, expectFresh } = setup();
    const before = nodes();
    const id = actions.addSibling('a');
    expectFresh();
    expect(kids(nodes(), 'r')).toEqual(['a', id, 'b', 'c']);
    expect(nodes()[id]).toMatchObject({ level: 1, order: 1 });
    expect(nodes().a).toBe(before.a);
    expect(nodes().a1).toBe(before.a1);
    expect(nodes().b).not.toBe(before.b);
  });

  it('deletes a subtree and the crosscutting links into it, and nothing else', () => {
    const { actions, nodes, store, expectFresh } = setup();
    const before = nodes();
    actions.deleteSubtree('a');
    expectFresh();
    expect(Object.keys(nodes()).sort()).toEqual(['b', 'c', 'c2', 'r']);
    expect(nodes().c2?.crosscutting).toEqual([]);
    expect(nodes().b).toBe(before.b);
    store.getState().undo();
    expectFresh();
    expect(nodes().a2).toEqual(before.a2);
    expect(nodes().c2?.crosscutting).toEqual([{ parentId: 'a', bobot: null }]);
  });

  it('moves a node among its siblings and under another parent as its last child', () => {
    const { actions, nodes, expectFresh } = setup();
    actions.moveAmongSiblings('c', -1);
    expectFresh();
    expect(kids(nodes(), 'r')).toEqual(['a', 'c', 'b']);
    expect(actions.reparent('a2', 'c').ok).toBe(true);
    expectFresh();
    // A branch nothing links into (b, a leaf).
    actions.deleteSubtree('b');
    expectFresh();
    expect(kids(nodes(), 'r')).toEqual(['a', 'c']);
    expect(kids(nodes(), 'c')).toEqual(['c2', 'a2']);
    expect(kids(nodes(), 'a')).toEqual(['a1']);
  });

  it('pastes a copied branch as the last child', () => {
    const { actions, nodes, expectFresh } = setup();
    expect(actions.copy('a')).toBe(true);
    expect(actions.paste('r')).toBe(true);
    expectFresh();
    const top = kids(nodes(), 'r');
    expect(top.slice(0, 3)).toEqual(['a', 'b', 'c']);
    const pasted = top[3] as string;
    expect(nodes()[pasted]).toMatchObject({ sasaran: 'a', level: 1, order: 3 });
    expect(kids(nodes(), pasted).map((id) => nodes()[id]?.sasaran)).toEqual(['a1', 'a2']);
    actions.deleteSubtree('c');
    expectFresh();
  });
});
