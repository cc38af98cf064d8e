import { describe, expect, it } from 'vitest';
import { makeNode, makeProject, SCHEMA_VERSION } from '../../domain/model.ts';
import type { KDocument } from '../../domain/model.ts';
import { decodeText, readFlatFile, writeFlatFile } from './index.ts';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

const doc: KDocument = {
  schemaVersion: SCHEMA_VERSION,
  project: makeProject({ id: 'p', periodeAwal: 2024, periodeAkhir: 2024, tahun: 2024 }),
  nodes: { A: makeNode({ id: 'A', kode: 'A', level: 1, sasaran: 'Meningkatnya kualitas ASN' }) },
  acknowledgements: [],
};

describe('readFlatFile', () => {
  it('reads .csv and .txt as text, .xlsx as a workbook', async () => {
    for (const name of ['pohon.csv', 'POHON.TXT']) {
      const r = await readFlatFile(name, enc('kode;level\nA;1\n'));
      expect(r.ok && r.document.nodes['A']?.level).toBe(1);
    }
    const r = await readFlatFile('pohon.xlsx', await writeFlatFile(doc, { year: 2024, format: 'xlsx' }));
    expect(r.ok && r.document.nodes['A']?.sasaran).toBe('Meningkatnya kualitas ASN');
    expect(r.ok && r.document.project.nama).toBe('pohon');
  });

  it('round-trips a CSV file written with a BOM and ;', async () => {
    const bytes = await writeFlatFile(doc, { year: 2024, format: 'csv', delimiter: ';' });
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const r = await readFlatFile('x.csv', bytes, { year: 2024 });
    expect(r.ok && r.document.nodes).toEqual(doc.nodes);
  });

  it('gives an error result, not a throw, for an unreadable or unsupported file', async () => {
    const bad = await readFlatFile('rusak.xlsx', enc('bukan zip'));
    expect(bad.ok).toBe(false);
    expect(bad.problems[0]).toMatchObject({ severity: 'error', code: 'unreadable-file', row: 1, column: null });
    expect(bad.problems[0]?.message.id).toContain('rusak.xlsx');
    expect((await readFlatFile('lama.xls', enc('x'))).problems[0]?.code).toBe('unsupported-file');
    expect((await readFlatFile('pohon.pdf', enc('x'))).problems[0]?.code).toBe('unsupported-file');
    expect((await readFlatFile('tanpa-ekstensi', new Uint8Array())).ok).toBe(false);
  });
});

describe('decodeText', () => {
  it('decodes UTF-8, UTF-16 with BOM and Windows-1252', () => {
    expect(decodeText(enc('kode;é'))).toBe('kode;é');
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'kode\té'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(decodeText(utf16)).toBe('kode\té');
    expect(decodeText(new Uint8Array([0x6b, 0x3b, 0xe9]))).toBe('k;é');
  });
});
