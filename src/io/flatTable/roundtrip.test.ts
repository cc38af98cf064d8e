import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentSchema } from '../../domain/model.ts';
import type { KDocument } from '../../domain/model.ts';
import { documentArb } from './arbitraries.ts';
import { parseCsv, writeCsv } from './csv.ts';
import { documentToTable } from './fromDocument.ts';
import { tableToDocument } from './toDocument.ts';
import type { FlatReadResult } from './types.ts';
import { readXlsx, writeXlsx } from './xlsx.ts';

function expectSame(doc: KDocument, result: FlatReadResult): void {
  if (!result.ok) expect.fail(JSON.stringify(result.problems.slice(0, 3)));
  expect(result.problems).toEqual([]);
  expect(result.document.nodes).toEqual(doc.nodes);
  const { periodeAwal, periodeAkhir, tahun, triwulan } = result.document.project;
  expect({ periodeAwal, periodeAkhir, tahun, triwulan }).toEqual({
    periodeAwal: doc.project.periodeAwal,
    periodeAkhir: doc.project.periodeAkhir,
    tahun: doc.project.tahun,
    triwulan: doc.project.triwulan,
  });
  expect(documentSchema.safeParse(result.document).success).toBe(true);
}

const opts = (doc: KDocument) => ({ year: doc.project.tahun, tw: doc.project.triwulan });

describe('round trip', () => {
  it('document → table → document is the identity', () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        expectSame(doc, tableToDocument(documentToTable(doc, { year: doc.project.tahun }), opts(doc)));
      }),
      { numRuns: 200 },
    );
  });

  it('document → table → CSV → table → document is the identity (both delimiters)', () => {
    fc.assert(
      fc.property(documentArb, fc.constantFrom(',' as const, ';' as const), (doc, delimiter) => {
        const csv = writeCsv(documentToTable(doc, { year: doc.project.tahun }), { delimiter });
        expectSame(doc, tableToDocument(parseCsv(csv), opts(doc)));
      }),
      { numRuns: 200 },
    );
  });

  it('document → table → XLSX → table → document is the identity', async () => {
    await fc.assert(
      fc.asyncProperty(documentArb, async (doc) => {
        const bytes = await writeXlsx(documentToTable(doc, { year: doc.project.tahun }));
        expectSame(doc, tableToDocument(await readXlsx(bytes), opts(doc)));
      }),
      { numRuns: 40 },
    );
  });

  it('needs no year option: the written tahun column tells the reader the year of the quarters', () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        const r = tableToDocument(parseCsv(writeCsv(documentToTable(doc, { year: doc.project.tahun }))), { tw: doc.project.triwulan });
        expectSame(doc, r);
      }),
      { numRuns: 100 },
    );
  });
});
