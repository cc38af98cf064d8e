import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { serializeEnvelope } from '../../io/envelope';
import { readXlsx, writeFlatFile } from '../../io/flatTable';
import { documentArb } from '../../io/flatTable/arbitraries';
import { saveWholeDocument } from '../../persistence/projectRepository';
import { closeAll, dump, freshDb } from '../../persistence/testing';
import { buildLumajang } from '../../samples/lumajang';
import { buildSumenep } from '../../samples/sumenep';
import { exportFileName } from './download';
import { asNewProject, MAX_IMPORT_BYTES, readImport, yearChoices } from './importFile';
import { checkZip } from './zipGuard';

afterEach(closeAll);
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('import preview', () => {
  it('lists every problem of a CSV by row and column: a text in a number cell and an unknown induk', async () => {
    const csv = ['kode;induk;level;sasaran;indikator;target_2024', '1;;1;Tujuan;Indeks;80', '1.01;1;2;Program;Persentase;delapan puluh', '1.02;9;2;Program lain;Jumlah;5'].join('\n');
    const r = await readImport('dinas.csv', enc(csv));
    expect(r.document).toBeNull();
    const errors = r.problems.filter((p) => p.severity === 'error').map((p) => ({ row: p.row, column: p.column }));
    expect(errors).toEqual(expect.arrayContaining([{ row: 3, column: 'target_2024' }, { row: 4, column: 'induk' }]));
    expect(r.problems.every((p) => p.message.id.length > 0 && p.message.en.length > 0)).toBe(true);
  });

  it('refuses a file above the size limit without reading it', async () => {
    const r = await readImport('besar.csv', new Uint8Array(MAX_IMPORT_BYTES + 1));
    expect(r.document).toBeNull();
    expect(r.problems[0]?.message.en).toContain('too large');
  });

  it('refuses unknown types, truncated XLSX and a zip that unpacks too far', async () => {
    expect((await readImport('a.pdf', enc('%PDF'))).problems[0]?.message.en).toContain('unknown file type');
    const xlsx = await writeFlatFile(buildLumajang(), { year: 2024, format: 'xlsx' });
    const cut = await readImport('a.xlsx', xlsx.slice(0, Math.floor(xlsx.length / 2)));
    expect(cut.document).toBeNull();
    expect(cut.problems[0]?.message.en).toContain('not a complete XLSX');
    expect(checkZip(xlsx).ok).toBe(true);
    expect(checkZip(xlsx, 1000)).toEqual({ ok: false, reason: 'too-large' });
  });

  it('gives an imported document a fresh project id', async () => {
    const doc = buildLumajang();
    const r = await readImport('x.json', enc(serializeEnvelope(doc)));
    const fresh = asNewProject(r.document ?? doc, 'x.json');
    expect(fresh.project.id).not.toBe(doc.project.id);
    expect(fresh.nodes).toEqual(doc.nodes);
  });

  it('names exports after the project and the date', () => {
    const doc = buildLumajang();
    const name = exportFileName({ ...doc, project: { ...doc.project, nama: 'BKD Kab. Lumajang — Pohon/Kinerja' } }, 'xlsx', new Date(2024, 4, 1));
    expect(name).toBe('BKD-Kab-Lumajang-Pohon-Kinerja-2024-05-01.xlsx');
    expect(exportFileName({ ...doc, project: { ...doc.project, nama: '', instansi: '' } }, 'json', new Date(2024, 0, 9))).toBe('kaskade-2024-01-09.json');
  });
});

describe('exports neutralise spreadsheet formula injection', () => {
  const hostile = ['=HYPERLINK("http://x.invalid","klik")', '+cmd|" /C calc"!A0', '-2+3', '@SUM(A1:A9)'];
  const doc = () => {
    const d = buildLumajang();
    const ids = Object.keys(d.nodes).slice(0, hostile.length);
    ids.forEach((id, i) => (d.nodes[id] = { ...(d.nodes[id] as NonNullable<(typeof d.nodes)[string]>), sasaran: hostile[i] as string }));
    return { d, ids };
  };

  it('CSV: every text cell that a spreadsheet would run starts with an apostrophe, and reads back as typed', async () => {
    const { d, ids } = doc();
    const bytes = await writeFlatFile(d, { year: 2024, format: 'csv' });
    const text = new TextDecoder().decode(bytes);
    for (const h of hostile) expect(text).toContain(`'${h.replace(/"/g, '""')}`);
    const back = await readImport('x.csv', bytes);
    expect(ids.map((id) => back.document?.nodes[id]?.sasaran)).toEqual(hostile);
  });

  it('XLSX: the cells are text, never formulas, and read back as typed', async () => {
    const { d, ids } = doc();
    const bytes = await writeFlatFile(d, { year: 2024, format: 'xlsx' });
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.slice().buffer);
    const cells: unknown[] = [];
    wb.worksheets[0]?.eachRow((row) => row.eachCell((c) => cells.push(c.value)));
    expect(cells.some((v) => typeof v === 'object' && v !== null && 'formula' in v)).toBe(false);
    for (const h of hostile) expect(cells).toContain(`'${h}`);
    const back = await readImport('x.xlsx', bytes);
    expect(ids.map((id) => back.document?.nodes[id]?.sasaran)).toEqual(hostile);
  });
});

describe('round trips', () => {
  it('JSON → import → JSON is the identity (samples and generated documents)', async () => {
    for (const doc of [buildLumajang(), buildSumenep()]) {
      const r = await readImport('p.json', enc(serializeEnvelope(doc)));
      expect(r.problems).toEqual([]);
      expect(r.document).toEqual(doc);
    }
    await fc.assert(
      fc.asyncProperty(documentArb, async (doc) => {
        const text = serializeEnvelope(doc);
        const r = await readImport('p.json', enc(text));
        expect(r.document).toEqual(doc);
        const again = JSON.parse(serializeEnvelope(r.document ?? doc)) as { document: unknown };
        expect(again.document).toEqual((JSON.parse(text) as { document: unknown }).document);
      }),
      { numRuns: 100 },
    );
  });

  it('XLSX → import → XLSX is the identity (one year of quarters)', async () => {
    await fc.assert(
      fc.asyncProperty(documentArb, async (doc) => {
        const year = doc.project.tahun;
        const first = await writeFlatFile(doc, { year, format: 'xlsx' });
        const r = await readImport('p.xlsx', first);
        expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
        expect(r.document?.nodes).toEqual(doc.nodes);
        const second = await writeFlatFile(r.document ?? doc, { year, format: 'xlsx' });
        expect(await readXlsx(second)).toEqual(await readXlsx(first));
      }),
      { numRuns: 25 },
    );
  });

  it('CSV → import → CSV is the identity', async () => {
    await fc.assert(
      fc.asyncProperty(documentArb, async (doc) => {
        const first = await writeFlatFile(doc, { year: doc.project.tahun, format: 'csv' });
        const r = await readImport('p.csv', first);
        expect(r.document?.nodes).toEqual(doc.nodes);
        expect(await writeFlatFile(r.document ?? doc, { year: doc.project.tahun, format: 'csv' })).toEqual(first);
      }),
      { numRuns: 100 },
    );
  });
});

describe('hostile and broken files', () => {
  const sampleJson = serializeEnvelope(buildLumajang());
  const names = fc.constantFrom('a.json', 'a.csv', 'a.xlsx', 'a.tsv', 'a.txt', 'a.xls', 'a', 'a.JSON');
  const garbage: fc.Arbitrary<Uint8Array> = fc.oneof(
    fc.uint8Array({ maxLength: 400 }),
    fc.string({ maxLength: 300 }).map(enc),
    fc.string({ unit: 'binary', maxLength: 200 }).map(enc),
    fc.nat({ max: sampleJson.length }).map((n) => enc(sampleJson.slice(0, n))),
    fc.tuple(fc.nat({ max: sampleJson.length - 1 }), fc.string({ maxLength: 5 })).map(([i, s]) => enc(sampleJson.slice(0, i) + s + sampleJson.slice(i + 1))),
    fc.constantFrom(
      '{"type":"kaskade","document":{"schemaVersion":1,"project":{"__proto__":{"polluted":1}},"nodes":{"__proto__":{}}}}',
      '{"type":"kaskade","document":{"schemaVersion":99}}',
      '{"schemaVersion":"1"}',
      '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]',
      'null',
      '"kaskade"',
      'kode,induk,level\n=cmd|"/c calc"!A1,,1\n',
      '\uFEFFsep=;\nkode;level\n1;9\n',
    ).map(enc),
  );

  it('never throws and never changes stored data (random bytes, garbled and truncated JSON, CSV)', async () => {
    const db = await freshDb();
    await saveWholeDocument(db, buildLumajang(), 'tab');
    const before = await dump(db);
    await fc.assert(
      fc.asyncProperty(names, garbage, async (name, bytes) => {
        const r = await readImport(name, bytes);
        expect(Array.isArray(r.problems)).toBe(true);
        if (r.document === null) expect(r.problems.some((p) => p.severity === 'error')).toBe(true);
        for (const p of r.problems) expect(typeof p.message.id).toBe('string');
      }),
      { numRuns: 300 },
    );
    expect(await dump(db)).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never throws on damaged XLSX files (truncated, bytes flipped)', async () => {
    const xlsx = await writeFlatFile(buildLumajang(), { year: 2024, format: 'xlsx' });
    const db = await freshDb();
    await saveWholeDocument(db, buildLumajang(), 'tab');
    const before = await dump(db);
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: xlsx.length }), fc.array(fc.tuple(fc.nat({ max: xlsx.length - 1 }), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }), async (cut, flips) => {
        const bytes = xlsx.slice(0, Math.max(cut, xlsx.length - cut));
        for (const [i, v] of flips) if (i < bytes.length) bytes[i] = v;
        const r = await readImport('x.xlsx', bytes);
        if (r.document === null) expect(r.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 30 },
    );
    expect(await dump(db)).toEqual(before);
  });
});

describe('yearChoices', () => {
  const csv = ['kode;induk;level;sasaran;indikator;target_2024;target_2025;realisasi_tw1', '1;;1;Tujuan;Indeks;80;85;20'].join('\n');

  it('lists the file’s years with the open project’s, for a table whose quarters could be either', async () => {
    const r = await readImport('dinas.csv', new TextEncoder().encode(csv));
    expect(r.problems.map((p) => p.message.en)).toEqual([expect.stringContaining('quarter columns taken as year 2025')]);
    expect(yearChoices(r.document, { periodeAwal: 2021, periodeAkhir: 2023 })).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(yearChoices(r.document, { periodeAwal: 2024, periodeAkhir: 2025 })).toEqual([2024, 2025]);
  });

  it('reads the quarters for the year chosen', async () => {
    const r = await readImport('dinas.csv', new TextEncoder().encode(csv), { year: 2024 });
    const ind = r.document?.nodes['1']?.indicators[0];
    expect(r.document?.project.tahun).toBe(2024);
    expect(ind?.realisasiTw['2024']?.[0]).toBe('20');
    expect(ind?.realisasiTw['2025']).toBeUndefined();
    expect(r.problems).toEqual([]);
  });

  it('offers nothing without a document or with a single year, and caps a wide span', () => {
    expect(yearChoices(null, { periodeAwal: 2024, periodeAkhir: 2026 })).toEqual([]);
    const one = { ...buildLumajang(), project: { ...buildLumajang().project, periodeAwal: 2024, periodeAkhir: 2024 } };
    expect(yearChoices(one, { periodeAwal: 2024, periodeAkhir: 2024 })).toEqual([]);
    const wide = yearChoices(one, { periodeAwal: 1950, periodeAkhir: 2024 });
    expect(wide.length).toBe(30);
    expect(wide[0]).toBe(1995);
    expect(wide[29]).toBe(2024);
  });
});
