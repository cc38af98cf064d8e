import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.ts';
import { tableToDocument } from './toDocument.ts';
import type { FlatProblem, FlatReadResult, FlatTable } from './types.ts';

const table = (headers: string[], ...rows: FlatTable['rows']): FlatTable => ({ headers, rows });

/** The read failed: no document, and the problems (errors first) are returned. */
function failed(r: FlatReadResult): FlatProblem[] {
  expect(r.ok).toBe(false);
  expect('document' in r).toBe(false);
  for (const p of r.problems) {
    expect(p.message.id).not.toMatch(/undefined|NaN/);
    expect(p.message.en).not.toMatch(/undefined|NaN/);
  }
  return r.problems.filter((p) => p.severity === 'error');
}

const H = ['kode', 'induk', 'level', 'indikator', 'target_2024', 'polaritas', 'agregasi'];

describe('tableToDocument: errors give no document', () => {
  it('missing required columns, naming them', () => {
    expect(failed(tableToDocument(table(['induk', 'sasaran'], ['a', 'b'])))).toMatchObject([
      { row: 1, column: 'kode', code: 'missing-column' },
      { row: 1, column: 'level', code: 'missing-column' },
    ]);
    const [p] = failed(tableToDocument(table(['kode', 'sasaran'])));
    expect(p?.message.id).toBe("Baris 1, kolom level: kolom wajib 'level' tidak ada");
    expect(p?.message.en).toBe("Row 1, column level: required column 'level' is missing");
  });

  it('a column given twice', () => {
    expect(failed(tableToDocument(table(['kode', 'level', 'Target 2024', 'target_2024'])))).toMatchObject([{ row: 1, column: 'target_2024', code: 'duplicate-column' }]);
    expect(failed(tableToDocument(table(['kode', 'level', 'pagu', 'pagu_2024']), { year: 2024 }))).toMatchObject([{ code: 'duplicate-column', column: 'pagu_2024' }]);
  });

  it('a row without kode', () => {
    expect(failed(tableToDocument(table(H, ['a', null, 1], [null, 'a', 2, 'x'])))).toMatchObject([{ row: 3, column: 'kode', code: 'missing-kode' }]);
  });

  it('level empty, not 0–5, not an integer', () => {
    const errs = failed(tableToDocument(table(H, ['a', null, null], ['b', null, 6], ['c', null, '2,5'], ['d', null, 1.5], ['e', null, 'tiga'])));
    expect(errs.map((p) => [p.row, p.column, p.code])).toEqual([
      [2, 'level', 'missing-level'],
      [3, 'level', 'invalid-level'],
      [4, 'level', 'invalid-level'],
      [5, 'level', 'invalid-level'],
      [6, 'level', 'invalid-level'],
    ]);
  });

  it('text in a number cell, with the message of the contract', () => {
    const csv = ['kode;induk;level;target_2024;pagu', 'a;;1;1;1', 'b;a;2;2;2', 'c;a;2;3;3', 'd;a;2;4;4', 'e;a;2;5;5', 'f;a;2;abc;6'].join('\n');
    const [p, ...rest] = failed(tableToDocument(parseCsv(csv)));
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ severity: 'error', row: 7, column: 'target_2024', code: 'not-a-number' });
    expect(p?.message).toEqual({ id: "Baris 7, kolom target_2024: 'abc' bukan angka", en: "Row 7, column target_2024: 'abc' is not a number" });
  });

  it('a unit typed into a target suggests the satuan column', () => {
    const [p] = failed(tableToDocument(table(H, ['a', null, 1, 'Jumlah Laporan', '1 Laporan'])));
    expect(p).toMatchObject({ row: 2, column: 'target_2024', code: 'not-a-number' });
    expect(p?.message.id).toContain('satuan');
  });

  it('an ambiguous number (1.234: thousands or decimals?)', () => {
    const errs = failed(tableToDocument(table(['kode', 'level', 'Pagu 2024', 'realisasi_tw1'], ['a', 1, '1.500', '2,5'], ['b', 1, '1.500.000', '1.234'])));
    expect(errs.map((p) => [p.row, p.column, p.code])).toEqual([
      [2, 'Pagu 2024', 'ambiguous-number'],
      [3, 'realisasi_tw1', 'ambiguous-number'],
    ]);
  });

  it('an ambiguous bound of a range target', () => {
    expect(failed(tableToDocument(table(H, ['a', null, 1, 'x', '1.000-2.000'])))).toMatchObject([{ row: 2, column: 'target_2024', code: 'ambiguous-number' }]);
  });

  it('a repeated kode with other node data, naming both rows', () => {
    const errs = failed(
      tableToDocument(table(['kode', 'induk', 'level', 'sasaran', 'indikator', 'pagu_2024'], ['p', null, 1, 'P', 'ip'], ['a', 'p', 2, 'S', 'i1', 10], ['b', 'p', 2, 'T', 'j'], ['a', 'p', 3, 'S', 'i2', 10], ['a', null, null, 'X', 'i3', 11], ['a', 'b', null, null, 'i4'])),
    );
    expect(errs.map((p) => [p.row, p.column, p.code])).toEqual([
      [5, 'level', 'conflicting-row'],
      [6, 'sasaran', 'conflicting-row'],
      [6, 'pagu_2024', 'conflicting-row'],
      [7, 'induk', 'conflicting-row'],
    ]);
    expect(errs[0]?.message.id).toContain('baris 3');
    expect(errs[0]?.message.en).toContain('row 3');
    expect(errs[0]?.message.en).toContain('row 5');
  });

  it('a repeated kode under another parent when the first row is a root', () => {
    expect(failed(tableToDocument(table(H, ['a', null, 1, 'i'], ['b', null, 1, 'j'], ['a', 'b', null, 'k'])))).toMatchObject([{ row: 4, column: 'induk', code: 'conflicting-row' }]);
  });

  it('an induk that names no kode', () => {
    const [p] = failed(tableToDocument(table(H, ['a', null, 1], ['b', 'zz', 2])));
    expect(p).toMatchObject({ row: 3, column: 'induk', code: 'unknown-induk' });
    expect(p?.message.en).toContain("'zz'");
  });

  it('a crosscutting parent that names no kode', () => {
    expect(failed(tableToDocument(table(['kode', 'level', 'crosscutting'], ['a', 1, null], ['b', 2, 'a; nope'])))).toMatchObject([{ row: 3, column: 'crosscutting', code: 'unknown-crosscutting' }]);
  });

  it('a cycle in induk, naming its kodes', () => {
    const errs = failed(tableToDocument(table(H, ['r', null, 0], ['a', 'c', 1], ['b', 'a', 2], ['c', 'b', 3], ['d', 'c', 4], ['s', 's', 1])));
    expect(errs.map((p) => [p.row, p.column, p.code])).toEqual([
      [3, 'induk', 'induk-cycle'],
      [7, 'induk', 'induk-cycle'],
    ]);
    expect(errs[0]?.message.id).toContain('a → c → b → a');
    expect(errs[1]?.message.en).toContain('s → s');
  });

  it('bad polaritas and agregasi', () => {
    const errs = failed(tableToDocument(table(H, ['a', null, 1, 'i', 1, 'naik-turun', 'rata-rata'])));
    expect(errs.map((p) => [p.row, p.column, p.code])).toEqual([
      [2, 'polaritas', 'invalid-polaritas'],
      [2, 'agregasi', 'invalid-agregasi'],
    ]);
    expect(errs[0]?.message.id).toContain('naik / turun / rentang');
  });

  it('bad rumus_turun and desimal', () => {
    const errs = failed(tableToDocument(table(['kode', 'level', 'rumus_turun', 'desimal'], ['a', 1, 'bagi', 11], ['b', 1, null, '2,5'])));
    expect(errs.map((p) => [p.row, p.column, p.code])).toEqual([
      [2, 'rumus_turun', 'invalid-rumus-turun'],
      [2, 'desimal', 'invalid-desimal'],
      [3, 'desimal', 'invalid-desimal'],
    ]);
  });

  it('reports every error of the file at once, with rows after a header that is not on row 1', () => {
    const r = tableToDocument({ headers: H, rows: [['a', null, 1, 'i', 'x'], [], ['b', 'q', 9]], headerRow: 3 });
    expect(failed(r).map((p) => [p.row, p.code])).toEqual([
      [4, 'not-a-number'],
      [6, 'invalid-level'],
      [6, 'unknown-induk'],
    ]);
  });
});
