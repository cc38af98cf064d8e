import { SCHEMA_VERSION, makeIndicator, makeNode, makeProject } from '../../domain/model';
import type { KDocument, KNode } from '../../domain/model';

/**
 * A small cascade for the UI's unit tests (not used by the app): Level 1 → two programs → two
 * kegiatan under the first, with the composite IP = IP1 + IP2 and budgets on the kegiatan.
 */
export function sampleDoc(): KDocument {
  const nodes: KNode[] = [
    makeNode({ id: 'a', level: 1, kode: '1', sasaran: 'Meningkatnya Kualitas Sistem Merit ASN', order: 0 }),
    makeNode({
      id: 'b',
      level: 2,
      parentId: 'a',
      kode: '1.01',
      order: 0,
      sasaran: 'Meningkatnya Profesionalitas ASN',
      indicators: [
        makeIndicator({ id: 'b1', nama: 'Indeks Profesionalitas ASN', alias: 'IP', satuan: 'Nilai', rumus: 'IP1 + IP2', target: { '2024': '40' } }),
        makeIndicator({ id: 'b2', nama: 'Persentase pelanggaran disiplin', satuan: '%', polaritas: 'turun', target: { '2024': '5' }, realisasiTw: { '2024': ['4', null, null, null] } }),
      ],
    }),
    makeNode({
      id: 'c',
      level: 3,
      parentId: 'b',
      kode: '1.01.01',
      order: 0,
      sasaran: 'Meningkatnya kualifikasi ASN',
      indicators: [makeIndicator({ id: 'c1', nama: 'IP1 kualifikasi', alias: 'IP1', target: { '2024': '12' }, realisasiTw: { '2024': ['12.4', null, null, null] } })],
      anggaran: { pagu: { '2024': '519791600' }, rencanaTw: {}, realisasiTw: { '2024': ['100000000', null, null, null] } },
    }),
    makeNode({
      id: 'd',
      level: 3,
      parentId: 'b',
      kode: '1.01.02',
      order: 1,
      sasaran: 'Meningkatnya kompetensi ASN',
      indicators: [makeIndicator({ id: 'd1', nama: 'IP2 kompetensi', alias: 'IP2', target: { '2024': '25' }, realisasiTw: { '2024': ['25.09', null, null, null] } })],
      anggaran: { pagu: { '2024': '499727200' }, rencanaTw: {}, realisasiTw: {} },
    }),
    makeNode({ id: 'e', level: 2, parentId: 'a', order: 1, sasaran: 'Program tanpa indikator' }),
  ];
  return {
    schemaVersion: SCHEMA_VERSION,
    project: makeProject({ id: 'p', nama: 'Uji', periodeAwal: 2024, periodeAkhir: 2026, tahun: 2024, triwulan: 1 }),
    nodes: Object.fromEntries(nodes.map((n) => [n.id, n])),
    acknowledgements: [],
  };
}
