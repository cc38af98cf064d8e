import { describe, expect, it } from 'vitest';
import { makeNode, makeProject } from '../domain/model';
import type { KDocument } from '../domain/model';
import { createKaskadeStore } from './store';

const doc = (): KDocument => ({
  schemaVersion: 1,
  project: makeProject({ id: 'p', periodeAwal: 2024, periodeAkhir: 2024, tahun: 2024 }),
  nodes: { a: makeNode({ id: 'a', level: 0, sasaran: 'A' }) },
  acknowledgements: [],
});

describe('what an edit marks for saving', () => {
  it('marks the edited node only', () => {
    const store = createKaskadeStore(doc());
    store.getState().commit('edit', (d) => void ((d.nodes.a as { sasaran: string }).sasaran = 'B'));
    expect([...store.getState().dirty.ids]).toEqual(['a']);
    expect(store.getState().dirty.project).toBe(false);
  });

  it('marks the project row when an acknowledgement changes, and again when it is undone', () => {
    const store = createKaskadeStore(doc());
    store.getState().commit('ack', (d) => void d.acknowledgements.push({ key: 'r:a', reason: 'ok', at: '2024-01-01' }));
    expect(store.getState().dirty.project).toBe(true);
    store.getState().takeDirty();
    store.getState().undo();
    expect(store.getState().dirty.project).toBe(true);
    expect(store.getState().doc.acknowledgements).toEqual([]);
  });
});
