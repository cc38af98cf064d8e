import type { Worksheet } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { baseNodes, docOf } from '../../domain/checks/fixtures';
import { evaluate } from '../../domain/evaluate';
import type { KDocument, KNode } from '../../domain/model';
import { buildLumajang } from '../../samples/lumajang';
import { buildSumenep } from '../../samples/sumenep';
import { totalResult } from './engine';
import { FORM_COL, MATRIX_COL, PK_COL, buildReportXlsx, reportFileName, reportSheets } from './index';
import type { ReportKind } from './index';
import { loadExcel } from './sheet';

async function open(kind: ReportKind, doc: KDocument, tw = doc.project.triwulan) {
  const ev = evaluate(doc, { year: doc.project.tahun, tw });
  const bytes = await buildReportXlsx(kind, doc, ev);
  const Excel = await loadExcel();
  const wb = new Excel.Workbook();
  await wb.xlsx.load(bytes.buffer as ArrayBuffer);
  return { wb, ev };
}

/** The first row whose column `col` (0-based) holds `text`. */
function rowWith(ws: Worksheet, col: number, text: string) {
  let found: ReturnType<Worksheet['getRow']> | null = null;
  ws.eachRow((row) => {
    if (!found && row.getCell(col + 1).value === text) found = row;
  });
  if (!found) throw new Error(`no row with ${text}`);
  return found as ReturnType<Worksheet['getRow']>;
}

const cell = (row: ReturnType<Worksheet['getRow']>, col: number) => row.getCell(col + 1);

describe('evaluation form (seed 002 LAMPIRAN shape), Sumenep TW I 2024', () => {
  it('prints JUMLAH TOTAL equal to the engine: pagu 12.233.732.131, TW I realisasi 1.443.040.145', async () => {
    const { wb, ev } = await open('evaluasi', buildSumenep());
    const ws = wb.worksheets[0] as Worksheet;
    expect(ws.name).toBe('Evaluasi TW I 2024');
    const total = rowWith(ws, FORM_COL.nama, 'JUMLAH TOTAL');
    const root = ev.results.get('smp-0');
    expect(cell(total, FORM_COL.pagu).value).toBe(12233732131);
    expect(cell(total, FORM_COL.pagu).value).toBe(Number(root?.pagu?.toFixed()));
    expect(cell(total, FORM_COL.tw + 1).value).toBe(1443040145);
    expect(cell(total, FORM_COL.realRp).value).toBe(Number(root?.realisasiAnggaran?.toFixed()));
    expect(cell(total, FORM_COL.capaianRp).value).toBe(11.8);
    expect(cell(total, FORM_COL.pagu).numFmt).toBe('#,##0');
    expect(cell(total, FORM_COL.capaianRp).numFmt).toBe('0.00');
    // Quarters after the evaluated one stay empty.
    expect(cell(total, FORM_COL.tw + 3).value).toBeNull();
  });

  it('gives each program its engine subtotal and a predikat row', async () => {
    const { wb } = await open('evaluasi', buildSumenep());
    const ws = wb.worksheets[0] as Worksheet;
    const prog = rowWith(ws, FORM_COL.kode, '5.03.02');
    expect(cell(prog, FORM_COL.pagu).value).toBe(1905955200);
    expect(cell(prog, FORM_COL.tw + 1).value).toBe(59281085);
    expect(cell(prog, FORM_COL.sasaran).value).toBe('Meningkatnya Kualitas Kinerja dan Kompetensi ASN di Lingkungan Pemerintah Kabupaten Sumenep');
    const pred = rowWith(ws, FORM_COL.nama, 'Predikat kinerja');
    expect(cell(pred, FORM_COL.capaianK).value).toBe('Sangat Rendah');
    const avg = rowWith(ws, FORM_COL.nama, 'Rata-rata capaian kinerja (%) — capaian pohon dari mesin evaluasi');
    expect(cell(avg, FORM_COL.capaianK).value).toBe(44.49);
  });

  it('splits realisation by triwulan through the engine, and the quarters add up to the cumulative figure', async () => {
    const nodes = baseNodes();
    const { wb, ev } = await open('evaluasi', docOf(nodes), 2);
    const ws = wb.worksheets[0] as Worksheet;
    const c1 = rowWith(ws, FORM_COL.kode, '5.03.02.2.01');
    expect([cell(c1, FORM_COL.tw + 1).value, cell(c1, FORM_COL.tw + 3).value, cell(c1, FORM_COL.realRp).value]).toEqual([200000, 300000, 500000]);
    const b = rowWith(ws, FORM_COL.kode, '5.03.02');
    expect([cell(b, FORM_COL.tw + 1).value, cell(b, FORM_COL.tw + 3).value]).toEqual([300000, 300000]);
    expect(cell(b, FORM_COL.realRp).value).toBe(Number(ev.results.get('B')?.realisasiAnggaran?.toFixed()));
  });
});

describe('Pohon Kinerja matrix', () => {
  it('shows IP ASN 51,48 and capaian 91,36 for Lumajang TW I 2024, with the engine total', async () => {
    const { wb, ev } = await open('matrix', buildLumajang());
    const ws = wb.worksheets[0] as Worksheet;
    const ip = rowWith(ws, MATRIX_COL.indikator, 'Indeks Profesionalitas ASN');
    expect(cell(ip, MATRIX_COL.realisasi).value).toBe(51.48);
    expect(cell(ip, MATRIX_COL.capaianInd).value).toBe(91.36);
    expect(cell(ip, MATRIX_COL.target).value).toBe(56.35);
    expect(cell(ip, MATRIX_COL.predikat).value).toBe('Sangat Tinggi');
    expect(cell(ip, MATRIX_COL.pagu).value).toBe(8328663601);
    expect(cell(ip, MATRIX_COL.capaianAnggaran).value).toBe(21.47);
    expect(cell(ip, MATRIX_COL.efisiensi).value).toBe(69.89);
    const total = rowWith(ws, MATRIX_COL.sasaran, 'JUMLAH TOTAL');
    expect(cell(total, MATRIX_COL.pagu).value).toBe(Number(ev.results.get('lmj-0')?.pagu?.toFixed()));
    // One row per indicator: lmj-2 has five (IP and IP1–IP4).
    const all: string[] = [];
    ws.eachRow((r) => void all.push(String(r.getCell(MATRIX_COL.indikator + 1).value ?? '')));
    expect(all.filter((s) => s.startsWith('Indeks ') && s.includes('ASN')).length).toBeGreaterThanOrEqual(5);
  });
});

describe('Perjanjian Kinerja (seed 002 Tabel 2.4 shape)', () => {
  it('lists sasaran beside their programs, kegiatan and sub kegiatan with target and pagu', async () => {
    const { wb } = await open('perjanjian', buildSumenep());
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Perjanjian Kinerja', 'Tabel 2.4', 'Catatan pemeriksaan']);
    const ws = wb.getWorksheet('Tabel 2.4') as Worksheet;
    const prog = rowWith(ws, PK_COL.program, 'Program Kepegawaian Daerah');
    expect(cell(prog, PK_COL.pagu).value).toBe(1905955200);
    expect(cell(prog, PK_COL.progTarget).value).toBe(55);
    const keg = rowWith(ws, PK_COL.program, 'Kegiatan Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN');
    expect(cell(keg, PK_COL.pagu).value).toBe(519791600);
    expect(cell(keg, PK_COL.progSatuan).value).toBe('Laporan');
    const total = rowWith(ws, PK_COL.program, 'JUMLAH');
    expect(cell(total, PK_COL.pagu).value).toBe(12233732131);
    const pk = wb.getWorksheet('Perjanjian Kinerja') as Worksheet;
    const ism = rowWith(pk, PK_COL.indikator, 'Indeks Penilaian Sistem Merit');
    expect(cell(ism, PK_COL.target).value).toBe(0.7);
  });
});

describe('the review record in every report', () => {
  it('lists acknowledged warnings with their reason, and the readiness line', async () => {
    const doc = buildLumajang();
    doc.acknowledgements.push({ key: 'indicator-missing-target-year:lmj-1', reason: 'Realisasi menunggu laporan Kabid PKA', at: '2024-04-16T03:00:00.000Z' });
    const ev = evaluate(doc, { year: 2024, tw: 1 });
    for (const kind of ['matrix', 'perjanjian', 'evaluasi'] as const) {
      const sheets = reportSheets(kind, doc, ev);
      const review = sheets[sheets.length - 1];
      expect(review?.title[2]).toMatch(/^Belum siap: 1 galat · \d+ peringatan terbuka · 1 peringatan diterima$/);
      const ack = review?.rows.find((r) => r.cells[1]?.v === 'Diterima');
      expect(ack?.cells[3]?.v).toBe('lmj-1');
      expect(ack?.cells[7]?.v).toBe('Realisasi menunggu laporan Kabid PKA');
    }
    expect(reportFileName('evaluasi', doc, ev)).toMatch(/^evaluasi-tw-i-2024-[a-z0-9-]+\.xlsx$/);
  });
});

describe('totalResult', () => {
  it('uses the engine for a tree with several roots', () => {
    const nodes = baseNodes();
    (nodes.A as KNode).anggaran.pagu['2024'] = '700';
    delete (nodes.A as KNode).anggaran.pagu['2024'];
    nodes.Z = { ...(nodes.C2 as KNode), id: 'Z', parentId: null, kode: '9.99', level: 1 };
    const doc = docOf(nodes);
    const ev = evaluate(doc, { year: 2024, tw: 4 });
    const t = totalResult(doc, ev);
    expect(t?.pagu?.toFixed()).toBe('2000000');
    expect(t?.rollupIncluded.sort()).toEqual(['A', 'Z']);
    // The document itself is untouched.
    expect(doc.nodes.A?.parentId).toBeNull();
  });
});
