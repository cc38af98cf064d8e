import { describe, expect, it } from 'vitest';
import { documentSchema } from '../../domain/model.ts';
import { parseCsv } from './csv.ts';
import { tableToDocument } from './toDocument.ts';
import type { FlatReadResult, FlatTable } from './types.ts';

/** Seed 002 (BKPSDM Sumenep, Tabel 2.4 and the TW I form) as planners would type it: `;`, Indonesian numbers. */
const SUMENEP = [
  'Kode;Induk;Level;Sasaran;Nama;Indikator;Satuan;Target 2024;Pagu;Rencana Anggaran TW1;Realisasi Anggaran TW1;Penanggung Jawab',
  'SS1;;1;Meningkatnya Kualitas Kinerja dan Kompetensi ASN di Lingkungan Pemerintah Kabupaten Sumenep;;Indeks Profesionalitas ASN;Indeks;84;;;;',
  'SS1;;;;;Indeks Penilaian Sistem Merit;Indeks;0,70;;;;',
  'P.02;SS1;2;Meningkatnya Profesionalitas ASN;Program Kepegawaian Daerah;Persentase Pelaksanaan Manajemen Kepegawaian;%;55;1.905.955.200;758.058.000;59.281.085;"1. Bidang PPI; 2. Bidang PKAP"',
  'K.02.01;P.02;3;;Kegiatan Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN;Jumlah Laporan Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN;Laporan;1;519.791.600;;;',
  'S.02.01.01;K.02.01;4;;Sub Kegiatan Penyusunan Rencana Kebutuhan, Jenis dan Jumlah Jabatan untuk Pelaksanaan Pengadaan ASN;Jumlah Dokumen Hasil Penyusunan Rencana Kebutuhan;Dokumen;2;17.565.100;;;',
  'S.02.01.02;K.02.01;4;;Sub Kegiatan Koordinasi dan Fasilitasi Pengadaan PNS dan PPPK;Jumlah Dokumen Kegiatan Koordinasi dan Fasilitasi Pengadaan PNS dan PPPK;Dokumen;1;306.139.200;;;',
  'K.02.02;P.02;3;;Kegiatan Mutasi dan Promosi ASN;Jumlah Laporan Hasil Mutasi dan Promosi ASN;Dokumen;1;499.727.200;;;',
  'S.02.02.02;K.02.02;4;;Sub Kegiatan Pengelolaan Kenaikan Pangkat ASN;Jumlah Pengelolaan Kenaikan Pangkat ASN;Dokumen;1700;71.477.600;;;',
  'K.02.03;P.02;3;;Kegiatan Pengembangan Kompetensi ASN;Jumlah Laporan Pengembangan Kompetensi ASN;Laporan;1;519.180.600;;;',
  'K.02.04;P.02;3;;Kegiatan Penilaian dan Evaluasi Kinerja Aparatur;Jumlah Laporan Penilaian dan Evaluasi Kinerja ASN;Laporan;1;367.255.800;;;',
].join('\r\n');

function ok(r: FlatReadResult) {
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  expect(documentSchema.safeParse(r.document).success).toBe(true);
  return r.document;
}

const table = (headers: string[], ...rows: FlatTable['rows']): FlatTable => ({ headers, rows });

describe('tableToDocument: seed 002 (Sumenep, Tabel 2.4)', () => {
  const doc = ok(tableToDocument(parseCsv(`\uFEFF${SUMENEP}\r\n`), { fileName: 'sumenep_tw1_2024.csv' }));

  it('reads the tree, its levels and order', () => {
    expect(Object.keys(doc.nodes)).toHaveLength(9);
    expect(doc.nodes['SS1']?.parentId).toBeNull();
    expect(doc.nodes['SS1']?.level).toBe(1);
    expect(doc.nodes['P.02']).toMatchObject({ parentId: 'SS1', level: 2, nama: 'Program Kepegawaian Daerah', kode: 'P.02' });
    const kegiatan = Object.values(doc.nodes).filter((n) => n.parentId === 'P.02');
    expect(kegiatan.map((n) => [n.id, n.order])).toEqual([
      ['K.02.01', 0],
      ['K.02.02', 1],
      ['K.02.03', 2],
      ['K.02.04', 3],
    ]);
    expect(doc.nodes['P.02']?.penanggungJawab).toBe('1. Bidang PPI; 2. Bidang PKAP');
  });

  it('reads Indonesian numbers: pagu 1.905.955.200 and its kegiatan, decimal comma 0,70', () => {
    expect(doc.nodes['P.02']?.anggaran.pagu).toEqual({ '2024': '1905955200' });
    const sum = ['K.02.01', 'K.02.02', 'K.02.03', 'K.02.04'].reduce((s, k) => s + Number(doc.nodes[k]?.anggaran.pagu['2024']), 0);
    expect(sum).toBe(1905955200);
    expect(doc.nodes['P.02']?.anggaran.rencanaTw['2024']).toEqual(['758058000', null, null, null]);
    expect(doc.nodes['P.02']?.anggaran.realisasiTw['2024']).toEqual(['59281085', null, null, null]);
    expect(doc.nodes['SS1']?.indicators[1]?.target).toEqual({ '2024': '0.7' });
  });

  it('keeps the two indicators of the sasaran node (repeated kode)', () => {
    const ind = doc.nodes['SS1']?.indicators ?? [];
    expect(ind.map((i) => [i.id, i.nama, i.satuan, i.target['2024']])).toEqual([
      ['SS1#1', 'Indeks Profesionalitas ASN', 'Indeks', '84'],
      ['SS1#2', 'Indeks Penilaian Sistem Merit', 'Indeks', '0.7'],
    ]);
    expect(ind[0]?.polaritas).toBe('naik');
    expect(ind[0]?.agregasi).toBe('kumulatif');
  });

  it('sets the project from the file: year, period, triwulan of the last realisation, name', () => {
    expect(doc.project).toMatchObject({ periodeAwal: 2024, periodeAkhir: 2024, tahun: 2024, triwulan: 1, nama: 'sumenep_tw1_2024' });
  });
});

describe('tableToDocument: columns and values', () => {
  it('matches headers case-insensitively, spaces and _ alike, in any order; keeps unknown columns', () => {
    const r = tableToDocument(
      table(['  LEVEL ', 'Catatan Rapat', 'KODE', 'penanggung  jawab', 'target_tw_1', 'Realisasi TW IV', 'sumber data'], [2, 'cek lagi', 'A', 'Bidang X', '5', '6', 'BKN'], ['1', null, 'B', null, null, null, null]),
      { year: 2025 },
    );
    const d = ok(r);
    expect(d.nodes['A']).toMatchObject({ level: 2, penanggungJawab: 'Bidang X', custom: { 'Catatan Rapat': 'cek lagi' } });
    expect(d.nodes['A']?.indicators[0]).toMatchObject({ sumberData: 'BKN', targetTw: { '2025': ['5', null, null, null] }, realisasiTw: { '2025': [null, null, null, '6'] } });
    expect(d.nodes['B']?.indicators).toEqual([]);
  });

  it('reads ranges 7-8, 7 - 8, 7–8 and 7,5 s/d 8 as canonical lo-hi', () => {
    const d = ok(tableToDocument(table(['kode', 'level', 'target_2024'], ['a', 1, '7-8'], ['b', 1, '7 - 8'], ['c', 1, '7–8'], ['d', 1, '7,5 s/d 8'], ['e', 1, '-5 - -3'])));
    expect(['a', 'b', 'c', 'd', 'e'].map((k) => d.nodes[k]?.indicators[0]?.target['2024'])).toEqual(['7-8', '7-8', '7-8', '7.5-8', '-5--3']);
  });

  it('uses numeric cells as they are; empty is no value, not zero; "-" is no value', () => {
    const d = ok(tableToDocument(table(['kode', 'level', 'pagu_2024', 'pagu_2025', 'realisasi_tw1', 'realisasi_tw2'], ['a', 1, 1905955200, '', 0, '-']), { year: 2024 }));
    expect(d.nodes['a']?.anggaran.pagu).toEqual({ '2024': '1905955200' });
    expect(d.nodes['a']?.indicators[0]?.realisasiTw['2024']).toEqual(['0', null, null, null]);
  });

  it('reads polaritas, agregasi (nilai akhir), rumus and the extension columns', () => {
    const d = ok(
      tableToDocument(
        table(
          ['kode', 'induk', 'level', 'indikator', 'alias', 'polaritas', 'agregasi', 'rumus', 'bobot', 'crosscutting', 'definisi', 'kondisi_awal', 'rumus_turun', 'desimal'],
          ['IP', null, 1, 'IP ASN', 'IP', 'naik', 'Nilai Akhir', 'IP1 + IP2', '2,5', null, 'Indeks', '50,12', null, 3],
          ['IP1', 'IP', 2, 'Kualifikasi', 'IP1', 'TURUN', 'kumulatif', null, null, 'IP; IP2 ;IP', null, null, 'rasio', null],
          ['IP2', 'IP', 2, 'Kompetensi', 'IP2', 'rentang', null, null, null, null, null, null, null, null],
        ),
      ),
    );
    expect(d.nodes['IP']).toMatchObject({ bobot: '2.5' });
    expect(d.nodes['IP']?.indicators[0]).toMatchObject({ alias: 'IP', agregasi: 'nilai_akhir', rumus: 'IP1 + IP2', definisi: 'Indeks', kondisiAwal: '50.12', desimal: 3 });
    expect(d.nodes['IP1']?.indicators[0]).toMatchObject({ polaritas: 'turun', rumusTurun: 'rasio' });
    expect(d.nodes['IP1']?.crosscutting).toEqual([
      { parentId: 'IP', bobot: null },
      { parentId: 'IP2', bobot: null },
    ]);
    expect(d.nodes['IP2']?.indicators[0]?.polaritas).toBe('rentang');
  });

  it('keeps the tree as written: a root at any level, level steps not checked', () => {
    const d = ok(tableToDocument(table(['kode', 'induk', 'level'], ['a', '', 3], ['b', 'a', 5], ['c', 'b', 1])));
    expect(d.nodes['a']?.parentId).toBeNull();
    expect(d.nodes['c']).toMatchObject({ parentId: 'b', level: 1 });
  });

  it('lets a repeated row repeat the node data unchanged and fill what the first row left empty', () => {
    const d = ok(tableToDocument(table(['kode', 'level', 'sasaran', 'fenomena', 'indikator'], ['a', 1, 'S', null, 'i1'], ['a', 1, 'S', 'F', 'i2'], ['a', null, null, null, 'i3'])));
    expect(d.nodes['a']).toMatchObject({ sasaran: 'S', fenomena: 'F' });
    expect(d.nodes['a']?.indicators.map((i) => i.nama)).toEqual(['i1', 'i2', 'i3']);
  });

  it('picks the selected year: option, then tahun column, then the last target/pagu year', () => {
    const t = table(['kode', 'level', 'target_2022', 'target_2026', 'target_tw1'], ['a', 1, 1, 2, 3]);
    const byColumns = tableToDocument(t);
    expect(ok(byColumns).project).toMatchObject({ periodeAwal: 2022, periodeAkhir: 2026, tahun: 2026 });
    expect(byColumns.problems.map((p) => p.code)).toEqual(['year-assumed']);
    expect(ok(tableToDocument(t, { year: 2024 })).nodes['a']?.indicators[0]?.targetTw).toEqual({ '2024': ['3', null, null, null] });
    const withTahun = table(['kode', 'level', 'tahun', 'target_2022', 'target_2026', 'realisasi_tw2'], ['a', 1, 2023, 1, 2, 3]);
    const d = ok(tableToDocument(withTahun, { tw: 3 }));
    expect(d.project).toMatchObject({ tahun: 2023, triwulan: 3 });
    expect(d.nodes['a']?.indicators[0]?.realisasiTw).toEqual({ '2023': [null, '3', null, null] });
    const plain = ok(tableToDocument(table(['kode', 'level', 'pagu', 'target'], ['a', 1, '1.000.000', 5])));
    expect(plain.project.tahun).toBe(new Date().getFullYear());
    expect(plain.nodes['a']?.anggaran.pagu).toEqual({ [String(plain.project.tahun)]: '1000000' });
  });

  it('warns when the tahun column holds several years and uses the first', () => {
    const r = tableToDocument(table(['kode', 'level', 'Tahun', 'realisasi_tw1'], ['a', 1, 2024, 1], ['b', 1, '2025', 2]));
    expect(ok(r).project).toMatchObject({ tahun: 2024, periodeAwal: 2024, periodeAkhir: 2024 });
    expect(r.problems).toMatchObject([{ severity: 'warning', code: 'several-tahun', row: 1, column: 'Tahun' }]);
  });

  it('skips title lines above the header and blank rows, keeping true row numbers', () => {
    const r = tableToDocument(parseCsv('Tabel 2.4;;\n\nkode;level;target_2024\na;1;abc\n\nb;1;2\n'));
    expect(r.ok).toBe(false);
    expect(r.problems[0]).toMatchObject({ row: 4, column: 'target_2024', code: 'not-a-number' });
  });

  it('reads an empty table (headers only) as an empty document', () => {
    expect(Object.keys(ok(tableToDocument(table(['kode', 'level']))).nodes)).toEqual([]);
  });

  it('warns about data under an untitled column and ignores it', () => {
    const r = tableToDocument(table(['kode', 'level', ''], ['a', 1, 'x']));
    expect(ok(r).nodes['a']?.custom).toEqual({});
    expect(r.problems).toMatchObject([{ severity: 'warning', code: 'untitled-column', row: 1 }]);
  });
});
