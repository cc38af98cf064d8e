import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatePemda } from '../domain/generate';
import { nodeSchema } from '../domain/model';
import { documentArb } from '../io/flatTable/arbitraries';
import { buildLumajang } from '../samples/lumajang';
import { createActions } from '../store/actions';
import { createKaskadeStore } from '../store/store';
import { packNode, unpackNode } from './rowCodec';

describe('node rows without their default fields', () => {
  it('reads back every node equal, with its fields in the schema’s order', () => {
    const doc = buildLumajang();
    for (const node of Object.values(doc.nodes)) {
      const back = unpackNode(packNode(node));
      expect(back).toEqual(node);
      expect(Object.keys(back)).toEqual(Object.keys(node));
      back.indicators.forEach((ind, i) => expect(Object.keys(ind)).toEqual(Object.keys(node.indicators[i] ?? {})));
    }
  });

  it('round-trips any document the flat table can hold', () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        for (const node of Object.values(doc.nodes)) expect(unpackNode(packNode(node))).toEqual(node);
      }),
      { numRuns: 60 },
    );
  });

  it('leaves the empty fields out, and keeps unknown fields and required ones', () => {
    const node = nodeSchema.parse({ id: 'a', level: 5, sasaran: 'Rapat', extra: 'kept' });
    const packed = packNode(node);
    expect(packed).toEqual({ id: 'a', level: 5, sasaran: 'Rapat', extra: 'kept' });
    expect(unpackNode(packed)).toEqual(node);
  });

  it('leaves a missing required field missing, for the schema check to name', () => {
    const back = unpackNode({ level: 3, sasaran: 'Tanpa id' } as unknown as Parameters<typeof unpackNode>[0]);
    expect(back.id).toBeUndefined();
    expect(nodeSchema.safeParse(back).success).toBe(false);
    const ind = unpackNode({ id: 'n', level: 5, indicators: [{ id: 'i' }] } as unknown as Parameters<typeof unpackNode>[0]).indicators[0];
    expect(ind?.nama).toBeUndefined();
  });

  it('does not let a stored `__proto__` field change what a node is', () => {
    const stored = JSON.parse('{"id": "a", "level": 5, "__proto__": {"polluted": true}}') as Parameters<typeof unpackNode>[0];
    const back = unpackNode(stored);
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
    expect((back as unknown as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('makes a generated 2,000-node project’s rows at least a fifth smaller', () => {
    const doc = generatePemda({ seed: 3, nodes: 2000, year: 2025, tw: 2 });
    const nodes = Object.values(doc.nodes);
    const whole = JSON.stringify(nodes).length;
    const packed = JSON.stringify(nodes.map(packNode)).length;
    expect(packed).toBeLessThan(whole * 0.8);
  });

  it('reads rows stored whole (the earlier format) as they are', () => {
    const node = buildLumajang().nodes['lmj-2'];
    if (!node) throw new Error('sample changed');
    expect(unpackNode(node)).toEqual(node);
  });

  it('shares the empty defaults between nodes read, and an edit changes only the edited node', () => {
    const doc = generatePemda({ seed: 5, nodes: 300, year: 2025, tw: 2 });
    const nodes = Object.fromEntries(Object.values(doc.nodes).map((n) => [n.id, unpackNode(packNode(n))]));
    const empty = Object.values(nodes).filter((n) => Object.keys(n.anggaran.pagu).length === 0);
    expect(empty.length).toBeGreaterThan(2);
    const [a, b] = empty;
    if (!a || !b) throw new Error('no empty budgets');
    expect(a.anggaran).toBe(b.anggaran);
    expect(Object.isFrozen(a.anggaran.pagu)).toBe(true);
    const store = createKaskadeStore({ ...doc, nodes });
    createActions(store).setPagu(a.id, 2025, '1000000');
    const after = store.getState().doc.nodes;
    expect(after[a.id]?.anggaran.pagu['2025']).toBe('1000000');
    expect(after[b.id]?.anggaran.pagu).toEqual({});
    expect(b.anggaran.pagu).toEqual({});
  });
});
