import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv, writeCsv } from './csv.ts';
import type { Cell, FlatTable } from './types.ts';

describe('parseCsv', () => {
  it('strips the BOM, detects ;, handles CRLF and quoted fields with ; , quotes and line breaks', () => {
    const t = parseCsv('\uFEFFkode;sasaran;pagu\r\nA;"Meningkatnya; ""kualitas"", ASN";1.905.955.200\r\nB;"baris\r\nkedua";91,36\r\n');
    expect(t.headers).toEqual(['kode', 'sasaran', 'pagu']);
    expect(t.rows).toEqual([
      ['A', 'Meningkatnya; "kualitas", ASN', '1.905.955.200'],
      ['B', 'baris\nkedua', '91,36'],
    ]);
  });

  it('detects , and tab; ; wins over decimal commas in the data', () => {
    expect(parseCsv('kode,level\nA,1').rows).toEqual([['A', '1']]);
    expect(parseCsv('kode\tlevel\nA\t1').rows).toEqual([['A', '1']]);
    expect(detectDelimiter('kode;level;target\nA;1;91,36')).toBe(';');
    expect(detectDelimiter('a;b,c\n')).toBe(';');
    expect(detectDelimiter('"x;y;z",b\n')).toBe(',');
    expect(detectDelimiter('Tabel 2.4\nkode;level;x\n1,5,6,7,8;a;b')).toBe(';');
  });

  it('honours an Excel sep= line and CR-only line ends', () => {
    expect(parseCsv('sep=,\r\nkode;x,level\r\nA;1,2\r\n')).toMatchObject({ headers: ['kode;x', 'level'], rows: [['A;1', '2']] });
    expect(parseCsv('kode;level\rA;1\r').rows).toEqual([['A', '1']]);
  });

  it('empty cells are null, blank lines inside are kept (row numbers), trailing ones dropped', () => {
    const t = parseCsv('kode;level;x\nA;;\n\nB;2;\n\n\n');
    expect(t.rows).toEqual([['A', null, null], [null], ['B', '2', null]]);
    expect(t.headerRow).toBe(1);
  });

  it('gives an empty table for empty text', () => {
    expect(parseCsv('')).toEqual({ headers: [], rows: [], headerRow: 1 });
    expect(parseCsv('\uFEFF \r\n')).toEqual({ headers: [], rows: [], headerRow: 1 });
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        const t = parseCsv(s);
        expect(Array.isArray(t.headers)).toBe(true);
      }),
      { numRuns: 500 },
    );
    fc.assert(fc.property(fc.array(fc.constantFrom('"', ';', ',', '\n', '\r', '\t', 'a', '1', '.', "'", '=', ' ', '\uFEFF'), { maxLength: 60 }), (cs) => void parseCsv(cs.join(''))), { numRuns: 500 });
  });
});

describe('writeCsv', () => {
  const t: FlatTable = {
    headers: ['kode', 'teks', 'angka'],
    rows: [
      ['=HYPERLINK("x")', '+62 812', -5],
      ['@SUM(A1)', '-abc', 1905955200],
      ['\tx', '\rcmd', 0.5],
      ["'=already", 'normal; text', 1.234],
      ['-5', '+3', 1e21],
    ],
  };
  const csv = writeCsv(t);

  it('neutralises formula injection in text but not in numbers', () => {
    const lines = csv.split('\r\n');
    expect(lines[1]).toBe(`"'=HYPERLINK(""x"")",'+62 812,-5`);
    expect(lines[2]).toBe("'@SUM(A1),'-abc,1905955200");
    expect(lines[3]).toBe(`"'\tx","'\rcmd",0.5`);
    expect(lines[4]).toBe(`''=already,"normal; text",1.2340`);
    expect(lines[5]).toBe('-5,+3,1000000000000000000000');
    for (const line of lines.slice(1)) expect(line).not.toMatch(/(^|,)"?[=@]/);
  });

  it('writes numbers in plain form, unambiguous for the reader (1.234 → 1.2340)', () => {
    expect(csv).toContain(",1.2340\r\n");
    expect(csv).not.toMatch(/e\+/);
  });

  it('reads back what it wrote (text cells, with ; and , delimiters)', () => {
    const cellArb: fc.Arbitrary<Cell> = fc.oneof(
      fc.constant(null),
      fc.string({ maxLength: 10 }).filter((s) => s !== ''),
      fc.constantFrom('=1+1', "'=x", "''@y", '-x', '"q"', 'a;b', 'a,b', 'x\ny'),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cellArb, { minLength: 3, maxLength: 3 }), { maxLength: 5 }), fc.constantFrom(',' as const, ';' as const), (rows, delimiter) => {
        const table: FlatTable = { headers: ['kode', 'level', 'x'], rows };
        const back = parseCsv(writeCsv(table, { delimiter }));
        const trimmed = [...rows];
        while (trimmed.length > 0 && (trimmed[trimmed.length - 1] ?? []).every((c) => c === null || (typeof c === 'string' && c.trim() === ''))) trimmed.pop();
        expect(back.rows).toEqual(trimmed);
      }),
      { numRuns: 300 },
    );
  });
});
