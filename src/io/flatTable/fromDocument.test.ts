import { describe, expect, it } from 'vitest';
import { makeIndicator, makeNode, makeProject, SCHEMA_VERSION } from '../../domain/model.ts';
import type { KDocument, KNode } from '../../domain/model.ts';
import { documentToTable, numberCell } from './fromDocument.ts';
import { tableToDocument } from './toDocument.ts';

function docOf(nodes: KNode[], period: [number, number] = [2024, 2026]): KDocument {
  return {
    schemaVersion: SCHEMA_VERSION,
    project: makeProject({ id: 'p', periodeAwal: period[0], periodeAkhir: period[1], tahun: 2025 }),
    nodes: Object.fromEntries(nodes.map((n) => [n.id, n])),
    acknowledgements: [],
  };
}

describe('documentToTable', () => {
  const doc = docOf([
    makeNode({ id: 'k2', kode: 'K2', level: 3, parentId: 'p', order: 1 }),
    makeNode({
      id: 'p',
      kode: 'P',
      level: 2,
      sasaran: 'Meningkatnya profesionalitas ASN',
      nama: 'Program Kepegawaian Daerah',
      anggaran: { pagu: { '2025': '1905955200' }, rencanaTw: { '2025': ['758058000', null, null, null] }, realisasiTw: {} },
      indicators: [
        makeIndicator({ id: 'i1', nama: 'Persentase', satuan: '%', target: { '2024': '50', '2025': '7-8', '2026': '12345678901234567890.5' }, targetTw: { '2025': ['1', '2', '3', '4'], '2024': ['9', '9', '9', '9'] } }),
        makeIndicator({ id: 'i2', nama: 'Indeks', polaritas: 'turun', agregasi: 'nilai_akhir' }),
      ],
    }),
    makeNode({ id: 'k1', kode: 'K1', level: 3, parentId: 'p', order: 0, custom: { Catatan: 'cek' } }),
  ]);
  const t = documentToTable(doc, { year: 2025 });
  const col = (h: string): number => t.headers.indexOf(h);

  it('orders the columns as the contract does, optional ones only when used', () => {
    expect(t.headers).toEqual([
      'kode', 'induk', 'level', 'sasaran', 'nama', 'fenomena', 'penanggung_jawab', 'keterangan',
      'indikator', 'alias', 'satuan', 'polaritas', 'agregasi', 'rumus',
      'target_2024', 'target_2025', 'target_2026', 'tahun',
      'target_tw1', 'target_tw2', 'target_tw3', 'target_tw4', 'realisasi_tw1', 'realisasi_tw2', 'realisasi_tw3', 'realisasi_tw4',
      'pagu_2024', 'pagu_2025', 'pagu_2026',
      'rencana_anggaran_tw1', 'rencana_anggaran_tw2', 'rencana_anggaran_tw3', 'rencana_anggaran_tw4',
      'realisasi_anggaran_tw1', 'realisasi_anggaran_tw2', 'realisasi_anggaran_tw3', 'realisasi_anggaran_tw4',
      'Catatan',
    ]);
  });

  it('writes nodes depth-first by order, one row per indicator, node data on the first row only', () => {
    expect(t.rows.map((r) => [r[0], r[col('induk')], r[col('indikator')]])).toEqual([
      ['P', null, 'Persentase'],
      ['P', null, 'Indeks'],
      ['K1', 'P', null],
      ['K2', 'P', null],
    ]);
    expect(t.rows[1]?.[col('sasaran')]).toBeNull();
    expect(t.rows[1]?.[col('pagu_2025')]).toBeNull();
    expect(t.rows[1]?.[col('polaritas')]).toBe('turun');
    expect(t.rows[2]?.[col('Catatan')]).toBe('cek');
    expect(t.rows.map((r) => r[col('tahun')])).toEqual([2025, 2025, 2025, 2025]);
  });

  it('writes numbers as numeric cells when exact, else canonical text; quarters of the chosen year', () => {
    const r = t.rows[0] ?? [];
    expect(r[col('pagu_2025')]).toBe(1905955200);
    expect(r[col('target_2024')]).toBe(50);
    expect(r[col('target_2025')]).toBe('7-8');
    expect(r[col('target_2026')]).toBe('12345678901234567890.5');
    expect([col('target_tw1'), col('target_tw4')].map((i) => r[i])).toEqual([1, 4]);
    expect(r[col('rencana_anggaran_tw1')]).toBe(758058000);
  });

  it('numberCell keeps values the reader cannot take for thousands', () => {
    expect(numberCell('0.1')).toBe(0.1);
    expect(numberCell('1.234')).toBe(1.234);
    expect(numberCell('1.234-2')).toBe('1.2340-2');
    expect(numberCell('-5--1.5')).toBe('-5--1.5');
    expect(numberCell(null)).toBeNull();
  });

  it('keeps any document readable: empty or repeated kode → id, orphan → root, custom header clash renamed', () => {
    const d = docOf([
      makeNode({ id: 'a', kode: '', level: 1 }),
      makeNode({ id: 'b', kode: 'X', level: 2, parentId: 'a' }),
      makeNode({ id: 'c', kode: 'X', level: 2, parentId: 'a', order: 1, custom: { Kode: 'k', level: 'l' } }),
      makeNode({ id: 'd', kode: 'D', level: 2, parentId: 'gone' }),
    ]);
    const table = documentToTable(d, { year: 2025 });
    expect(table.rows.map((r) => [r[0], r[1]])).toEqual([
      ['a', null],
      ['X', 'a'],
      ['c', 'a'],
      ['D', null],
    ]);
    expect(table.headers.slice(-2)).toEqual(['Kode (kustom)', 'level (kustom)']);
    const back = tableToDocument(table, { year: 2025 });
    expect(back.ok && back.document.nodes['c']?.custom).toEqual({ 'Kode (kustom)': 'k', 'level (kustom)': 'l' });
  });

  it('still writes nodes caught in a parent cycle (the reader then reports the cycle)', () => {
    const d = docOf([makeNode({ id: 'a', kode: 'A', level: 1, parentId: 'b' }), makeNode({ id: 'b', kode: 'B', level: 2, parentId: 'a' })]);
    const table = documentToTable(d, { year: 2025 });
    expect(table.rows).toHaveLength(2);
    const back = tableToDocument(table, { year: 2025 });
    expect(!back.ok && back.problems.map((p) => p.code)).toEqual(['induk-cycle']);
  });

  it('writes crosscutting parents by their kode', () => {
    const d = docOf([makeNode({ id: 'a', kode: 'A', level: 1 }), makeNode({ id: 'b', kode: 'B', level: 1 }), makeNode({ id: 'c', kode: 'C', level: 2, parentId: 'a', crosscutting: [{ parentId: 'b', bobot: '0.5' }, { parentId: 'zz', bobot: null }] })]);
    const table = documentToTable(d, { year: 2025 });
    expect(table.rows[1]?.[table.headers.indexOf('crosscutting')]).toBe('B');
  });
});
