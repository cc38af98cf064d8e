import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentSchema } from '../../domain/model.ts';
import { parseCsv } from './csv.ts';
import { tableToDocument } from './toDocument.ts';
import type { Cell, FlatTable } from './types.ts';

const HEADERS = ['kode', 'induk', 'level', 'Sasaran', 'indikator', 'polaritas', 'agregasi', 'target_2024', 'Target 2025', 'target_tw1', 'realisasi tw 2', 'pagu', 'pagu_2024', 'rencana_anggaran_tw3', 'crosscutting', 'bobot', 'tahun', 'desimal', 'kondisi_awal', 'Catatan', ''];

const cellArb: fc.Arbitrary<Cell> = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.double(),
  fc.integer({ min: -3, max: 8 }),
  fc.constantFrom('a', 'b', 'c', '1', '2', '1.234', '7-8', '1.000.000', '91,36', 'naik', 'turun', 'nilai akhir', '2024', 'a; b', '-', 'Level 2'),
);

const tableArb: fc.Arbitrary<FlatTable> = fc.record({
  headers: fc.array(fc.oneof(fc.constantFrom(...HEADERS), fc.string({ maxLength: 10 })), { maxLength: 12 }),
  rows: fc.array(fc.array(cellArb, { maxLength: 14 }), { maxLength: 12 }),
  headerRow: fc.option(fc.integer({ min: -2, max: 40 }), { nil: undefined }),
});

const noBadText = (x: unknown): boolean => !/undefined|NaN|Infinity/.test(JSON.stringify(x, (_k, v: unknown) => (typeof v === 'number' ? 0 : v)));

describe('fuzzing the reader', () => {
  it('tableToDocument never throws; a document it gives is valid and free of NaN / undefined', () => {
    fc.assert(
      fc.property(tableArb, fc.option(fc.integer({ min: 1800, max: 2300 }), { nil: undefined }), fc.option(fc.integer({ min: -1, max: 6 }), { nil: undefined }), (table, year, tw) => {
        const r = tableToDocument(table, { year, tw });
        for (const p of r.problems) {
          expect(Number.isInteger(p.row)).toBe(true);
          expect(p.message.id.length).toBeGreaterThan(0);
        }
        if (noBadText(table)) expect(noBadText(r.problems)).toBe(true);
        if (r.ok) {
          expect(r.problems.every((p) => p.severity === 'warning')).toBe(true);
          expect(documentSchema.safeParse(r.document).success).toBe(true);
          if (noBadText(table)) expect(noBadText(r.document)).toBe(true);
        } else expect(r.problems.some((p) => p.severity === 'error')).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });

  it('CSV text → table → document never throws', () => {
    const csvArb = fc
      .array(fc.array(fc.oneof(fc.constantFrom(...HEADERS), fc.string({ maxLength: 6 }), fc.constantFrom('"', '""', '"a;b"', '1.905.955.200', '0,70')), { maxLength: 8 }), { maxLength: 8 })
      .chain((rows) => fc.tuple(fc.constantFrom(';', ',', '\t'), fc.constantFrom('\n', '\r\n', '\r')).map(([d, nl]) => rows.map((r) => r.join(d)).join(nl)));
    fc.assert(
      fc.property(csvArb, (csv) => {
        const r = tableToDocument(parseCsv(csv));
        if (r.ok) expect(documentSchema.safeParse(r.document).success).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('survives malformed tables (holes, non-array rows) without throwing', () => {
    const weird = { headers: ['kode', 'level', undefined, 5], rows: [null, ['a', 1], [undefined, undefined], 'x'] } as unknown as FlatTable;
    const r = tableToDocument(weird);
    expect(r.ok && Object.keys(r.document.nodes)).toEqual(['a']);
  });
});
