import { describe, expect, it } from 'vitest';
import { evaluate } from '../../domain/evaluate';
import type { KDocument } from '../../domain/model';
import { createActions } from '../../store/actions';
import { createKaskadeStore } from '../../store/store';
import { cellView, commitCell, editText } from './cellValues';
import type { CellCtx } from './cellValues';
import { sampleDoc } from './testDoc';

function ctxOf(doc: KDocument, nodeId: string, ind: number, year = 2024, tw = 1): CellCtx {
  const ev = evaluate(doc, { year, tw });
  const node = doc.nodes[nodeId]!;
  const indicator = node.indicators[ind];
  const result = ev.results.get(nodeId);
  return { node, ind: indicator, result, indResult: result?.indicators.find((r) => r.id === indicator?.id), year, tw };
}

describe('cellView', () => {
  const doc = sampleDoc();
  it('shows targets, realisation (computed from a formula, marked) and capaian Indonesian style', () => {
    const b = ctxOf(doc, 'b', 0);
    expect(cellView('target', b).text).toBe('40');
    expect(cellView('realisasi', b)).toMatchObject({ text: '37,49 ƒ', derived: true });
    expect(cellView('capaian', b).text).toBe('93,73%');
    expect(cellView('capaian', ctxOf(doc, 'b', 1)).text).toBe('120,00%');
    expect(cellView('capaian', ctxOf(doc, 'c', 0)).text).toBe('103,33%');
  });
  it('sums the children’s pagu when none is entered, and says so', () => {
    expect(cellView('pagu', ctxOf(doc, 'b', 0))).toMatchObject({ text: '1.019.518.800', derived: true });
    expect(cellView('pagu', ctxOf(doc, 'c', 0))).toMatchObject({ text: '519.791.600' });
    expect(cellView('pctAnggaran', ctxOf(doc, 'c', 0)).text).toBe('19,24%');
    expect(cellView('realisasiAnggaran', ctxOf(doc, 'c', 0)).text).toBe('100.000.000');
  });
  it('gives "—" with a reason when a value cannot be computed', () => {
    const e = ctxOf(doc, 'e', -1);
    expect(cellView('pagu', e)).toMatchObject({ text: '—', title: { key: 'paguNone' } });
    expect(cellView('pctAnggaran', e)).toMatchObject({ text: '—', title: { key: 'capAnggNoPagu' } });
    expect(cellView('indikator', e)).toMatchObject({ text: '—', title: { key: 'reasonNoIndicator' } });
    const d = ctxOf(doc, 'd', 0, 2025, 1);
    expect(cellView('capaian', d)).toMatchObject({ text: '—', title: { key: 'reasonNoTarget', vars: { year: 2025, tw: 'I', q: 1 } } });
  });
  it('starts editors from the stored values of the selected year and quarter', () => {
    expect(editText('realisasi', ctxOf(doc, 'c', 0))).toBe('12,4');
    expect(editText('realisasi', ctxOf(doc, 'c', 0, 2024, 2))).toBe('');
    expect(editText('pagu', ctxOf(doc, 'c', 0))).toBe('519.791.600');
    expect(editText('sasaran', ctxOf(doc, 'c', 0))).toBe('Meningkatnya kualifikasi ASN');
  });
});

describe('commitCell', () => {
  it('writes one undo step per changed cell and none for an unchanged one', () => {
    const store = createKaskadeStore(sampleDoc());
    const a = createActions(store);
    const ctx = (): CellCtx => ctxOf(store.getState().doc, 'c', 0);
    commitCell(a, 'realisasi', ctx(), '13');
    expect(store.getState().doc.nodes.c?.indicators[0]?.realisasiTw['2024']).toEqual(['13', null, null, null]);
    expect(store.getState().undoStack).toHaveLength(1);
    commitCell(a, 'realisasi', ctx(), '13');
    expect(store.getState().undoStack).toHaveLength(1);
    commitCell(a, 'target', ctx(), '7-8');
    commitCell(a, 'pagu', ctx(), null);
    commitCell(a, 'sasaran', ctx(), 'Baru');
    const c = store.getState().doc.nodes.c!;
    expect(c.indicators[0]?.target['2024']).toBe('7-8');
    expect(c.anggaran.pagu['2024']).toBeUndefined();
    expect(c.sasaran).toBe('Baru');
    expect(store.getState().undoStack).toHaveLength(4);
  });
});
