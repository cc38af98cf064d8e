import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { tableToDocument } from './toDocument.ts';
import type { FlatTable } from './types.ts';
import { readXlsx, writeXlsx, xlsxValue } from './xlsx.ts';

async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('readXlsx', () => {
  it('reads numbers, formula results, rich text, dates, percent cells, merged cells, first sheet only', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Tabel 2.4');
    ws.addRow(['Tabel 2.4 Rencana Kinerja BKPSDM Sumenep']);
    ws.addRow([]);
    ws.addRow(['Kode', 'Level', 'Sasaran', 'Indikator', 'Target 2024', 'Pagu 2024', 'Catatan', 'Tanggal']);
    ws.addRow(['P.02', 2, { richText: [{ text: 'Meningkatnya ' }, { text: 'Profesionalitas', font: { bold: true } }] }, 'Persentase', 0.55, { formula: 'SUM(F5:F6)', result: 1905955200 }, { text: 'tautan', hyperlink: 'https://example.org' }, new Date(Date.UTC(2024, 2, 31))]);
    ws.addRow(['K.02.01', 3, null, 'Jumlah Laporan', 1, 519791600, { error: '#N/A' }, null]);
    ws.addRow(['K.02.01', null, null, 'Jumlah Dokumen', '1.234,5', null, null, null]);
    ws.getCell('E4').numFmt = '0%';
    ws.mergeCells('C5:C6');
    ws.getCell('C5').value = 'Terlaksananya pengadaan';
    wb.addWorksheet('Lain').addRow(['abaikan']);

    const table = await readXlsx(await bytesOf(wb));
    expect(table.headerRow).toBe(3);
    expect(table.headers).toEqual(['Kode', 'Level', 'Sasaran', 'Indikator', 'Target 2024', 'Pagu 2024', 'Catatan', 'Tanggal']);
    expect(table.rows[0]).toEqual(['P.02', 2, 'Meningkatnya Profesionalitas', 'Persentase', '55', 1905955200, 'tautan', '2024-03-31']);
    expect(table.rows[1]).toEqual(['K.02.01', 3, 'Terlaksananya pengadaan', 'Jumlah Laporan', 1, 519791600, '#N/A']);
    expect(table.rows[2]?.[2]).toBe('Terlaksananya pengadaan');

    const r = tableToDocument(table);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.document.nodes['P.02']?.indicators[0]?.target).toEqual({ '2024': '55' });
    expect(r.document.nodes['P.02']?.anggaran.pagu).toEqual({ '2024': '1905955200' });
    expect(r.document.nodes['K.02.01']?.indicators.map((i) => i.target['2024'])).toEqual(['1', '1234.5']);
    expect(r.document.nodes['K.02.01']?.custom).toEqual({ Catatan: '#N/A' });
  });

  it('converts cell values without throwing', () => {
    expect(xlsxValue(undefined)).toBeNull();
    expect(xlsxValue(Number.NaN)).toBeNull();
    expect(xlsxValue(true)).toBe('TRUE');
    expect(xlsxValue(new Date('x'))).toBeNull();
    expect(xlsxValue(new Date(Date.UTC(2024, 0, 2, 3, 4, 5)))).toBe('2024-01-02T03:04:05Z');
    expect(xlsxValue({ formula: 'A1', result: undefined })).toBeNull();
    expect(xlsxValue({ sharedFormula: 'A1', result: 'x' } as ExcelJS.CellValue)).toBe('x');
    expect(xlsxValue(0.12345, true)).toBe('12.3450');
    expect(xlsxValue("'=cmd")).toBe('=cmd');
  });

  it('rejects data that is not an XLSX file', async () => {
    await expect(readXlsx(new TextEncoder().encode('kode;level'))).rejects.toThrow();
  });
});

describe('writeXlsx', () => {
  const table: FlatTable = {
    headers: ['kode', 'sasaran', 'pagu_2024'],
    rows: [
      ['=1+1', '@SUM(A1)', -5],
      ['A', 'teks biasa yang cukup panjang untuk melebarkan kolom ini', 1905955200],
      ['B', 'bad\u0000char', null],
    ],
  };

  it('writes numbers as numbers, neutralises formulas, bold frozen header, widths', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeXlsx(table)).slice().buffer);
    const ws = wb.worksheets[0];
    if (!ws) throw new Error('no sheet');
    expect(ws.getCell('A2').value).toBe("'=1+1");
    expect(ws.getCell('B2').value).toBe("'@SUM(A1)");
    expect(ws.getCell('C2').value).toBe(-5);
    expect(ws.getCell('C3').value).toBe(1905955200);
    expect(ws.getCell('B4').value).toBe('badchar');
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getColumn(2).width).toBeGreaterThan(ws.getColumn(1).width ?? 0);
    expect(ws.getColumn(2).width).toBeLessThanOrEqual(60);
  });

  it('reads back what it wrote', async () => {
    const back = await readXlsx(await writeXlsx(table));
    expect(back.headers).toEqual(table.headers);
    expect(back.rows).toEqual([
      ['=1+1', '@SUM(A1)', -5],
      ['A', 'teks biasa yang cukup panjang untuk melebarkan kolom ini', 1905955200],
      ['B', 'badchar'],
    ]);
  });
});
