import { SCHEMA_VERSION, makeIndicator, makeNode, makeProject, settingsSchema } from '../domain/model';
import type { Anggaran, Indicator, KDocument, KNode } from '../domain/model';

/**
 * Test fixture: BKD Kabupaten Lumajang, LKj 2023 (seed 001), entered AS PRINTED — including the seed's
 * inconsistencies — so that tests can show the checker catching them. Hidden from the sample picker.
 *
 * Deliberate errors carried over from the seed:
 * 1. IP ASN: "IP = 12.38 + 25.44 + 4.99 + 29.04 = 66.90" (BAB III A). The stated IP is 66.90 and the
 *    sub-indices are entered as the sum prints them; IP4's own worked formula over its head counts gives
 *    132720 / 5508 = 24.0958… (printed 24.09 in the capaian table and under the formula), not 29.04.
 *    12.38 + 25.44 + 4.99 + 29.04 = 71.85 ≠ 66.90; 24.09 is what makes 66.90.
 * 2. Budget: the text after the detailed table says "realisasi keuangan … sebesar Rp. 67.089.765.835,00"
 *    against "total belanja … Rp. 7.182.204.967,00"; the "Realisasi Anggaran" table says 7.089.765.835
 *    (98,71%). The text's figures sit on the level-1 node, the table's per-program figures on the
 *    programs below it, so the node's realisasi exceeds its pagu and differs from its children's sum by
 *    exactly Rp 60.000.000.000. (Pagu on both the node and its children is part of that same picture.)
 *
 * Not reproduced: the printed formulas carry "× 100", which the printed arithmetic does not apply
 * (e.g. IP1 = 68191 / 5508 = 12.38, not 1238). The `rumus` follow the arithmetic, so that the only
 * formula discrepancies left are the ones above (and the rounding of the printed values).
 * The RKT/PK print the index targets with a "%" sign (66.75%, 13.00% …); satuan here is Indeks / Nilai.
 * Renstra 2018–2023 (BAB II A); only 2023 targets are printed, other years are left empty.
 */

type Q = [string | null, string | null, string | null, string | null];
const Y = '2023';
const P = '2023-TW4';

/** Formula inputs are stored by name, then by period: `{ S3: { '2024-TW1': '0' } }`. */
function perPeriod(period: string, values: Record<string, string>): Record<string, Record<string, string>> {
  return Object.fromEntries(Object.entries(values).map(([name, v]) => [name, { [period]: v }]));
}

function tw4(v: string): Q {
  return [null, null, null, v];
}

function anggaran(pagu: string, realisasiTw: Q): Anggaran {
  return { pagu: { [Y]: pagu }, rencanaTw: {}, realisasiTw: { [Y]: realisasiTw } };
}

function ipIndicators(): Indicator[] {
  // BAB II B "Rencana Kerja Tahunan Tahun 2023" / BAB II C Perjanjian Kinerja: targets.
  // BAB III A "Capaian Kinerja Tribulan IV Tahun 2023": worked formulas, head counts, stated values.
  const common = { polaritas: 'naik' as const, agregasi: 'nilai_akhir' as const };
  return [
    makeIndicator({
      id: 'lkj-1-ip',
      nama: 'Indeks Profesionalitas ASN',
      alias: 'IP',
      satuan: 'Indeks',
      ...common,
      rumus: 'IP1 + IP2 + IP3 + IP4',
      target: { [Y]: '66.75' },
      // "= 12.38 + 25.44 + 4.99 + 29.04 = 66.90"; capaian table: 66.90, 100.22%.
      realisasiTw: { [Y]: tw4('66.9') },
    }),
    makeIndicator({
      id: 'lkj-1-ip1',
      nama: 'Indeks Kualifikasi Pendidikan ASN',
      alias: 'IP1',
      satuan: 'Nilai',
      ...common,
      rumus: '[(S3 X 25) + (S2 X 20) + ((S1 + D4) X 15) + (D3 X 10) + ((D2 + D1 + SMA) X 5) + ((SMP + SD) X 1)] / JumlahASN',
      variabel: perPeriod(P, { S3: '0', S2: '235', S1: '3363', D4: '141', D3: '666', D2: '55', D1: '8', SMA: '729', SMP: '241', SD: '70', JumlahASN: '5508' }),
      sumberData: 'Bidang Mutasi dan Promosi dan Bidang Pengadaan, Pemberhentian dan Informasi',
      target: { [Y]: '13' },
      // Printed 12.38 (68191 / 5508 = 12.3804…).
      realisasiTw: { [Y]: tw4('12.38') },
    }),
    makeIndicator({
      id: 'lkj-1-ip2',
      nama: 'Indeks Kinerja ASN',
      alias: 'IP2',
      satuan: 'Nilai',
      ...common,
      rumus: '[(SKP_SangatBaik X 30) + (SKP_Baik X 25) + (SKP_Cukup X 15) + (SKP_Sedang X 5) + (SKP_Kurang X 1)] / JumlahASN',
      variabel: perPeriod(P, { SKP_SangatBaik: '546', SKP_Baik: '5290', SKP_Cukup: '5', SKP_Sedang: '2', SKP_Kurang: '2', JumlahASN: '5845' }),
      sumberData: 'Bidang PKAP',
      target: { [Y]: '26' },
      // Printed 25.44 (148717 / 5845 = 25.4434…).
      realisasiTw: { [Y]: tw4('25.44') },
    }),
    makeIndicator({
      id: 'lkj-1-ip3',
      nama: 'Indeks Disiplin ASN',
      alias: 'IP3',
      satuan: 'Nilai',
      ...common,
      rumus: '[(HD_TidakPernah X 5) + (HD_Ringan X 3) + (HD_Sedang X 2) + (HD_Berat X 1)] / JumlahASN',
      variabel: perPeriod(P, { HD_TidakPernah: '5494', HD_Ringan: '5', HD_Sedang: '2', HD_Berat: '7', JumlahASN: '5508' }),
      sumberData: 'Bidang PKAP',
      target: { [Y]: '4.99' },
      // Printed 4.99 (27496 / 5508 = 4.9920…).
      realisasiTw: { [Y]: tw4('4.99') },
    }),
    makeIndicator({
      id: 'lkj-1-ip4',
      nama: 'Indeks Kompetensi ASN',
      alias: 'IP4',
      satuan: 'Nilai',
      ...common,
      // Weights as seed 001 prints and computes them (… X 22.5 … X 10 … X 17.5).
      rumus:
        '[(DiklatPIM X 15) + (DiklatFungsional X 15) + (DiklatTeknisJPT X 15) + (DiklatTeknisPelaksana X 22.5) + (SeminarJPT X 10) + (SeminarPelaksana X 17.5)] / JumlahASN',
      variabel: perPeriod(P, {
        DiklatPIM: '298',
        DiklatFungsional: '9',
        DiklatTeknisJPT: '3060',
        DiklatTeknisPelaksana: '894',
        SeminarJPT: '4229',
        SeminarPelaksana: '1132',
        JumlahASN: '5508',
      }),
      sumberData: 'Bidang Pengembangan Kompetensi Aparatur',
      target: { [Y]: '22.76' },
      // AS PRINTED IN THE IP SUM: 29.04. The formula gives 132720 / 5508 = 24.0958… (printed 24.09).
      realisasiTw: { [Y]: tw4('29.04') },
    }),
  ];
}

export function buildLkj2023(): KDocument {
  const nodes: KNode[] = [
    makeNode({
      id: 'lkj-1',
      level: 1,
      parentId: null,
      sasaran: 'Meningkatnya Profesionalitas ASN',
      keterangan:
        'Tujuan Renstra BKD 2018-2023. Sasaran strategis PK 2023: Meningkatnya Kualifikasi Pendidikan ASN (IP1), Meningkatnya Kinerja ASN (IP2), Meningkatnya Disiplin ASN (IP3), Meningkatnya Kompetensi ASN (IP4). Anggaran: total belanja dan realisasi sebagaimana tertulis dalam teks LKj (Rp 67.089.765.835 — tabel: Rp 7.089.765.835).',
      indicators: ipIndicators(),
      // Text below the detailed table: pagu Rp 7.182.204.967,00; realisasi s/d Desember (TW IV)
      // Rp 67.089.765.835,00 — entered as the year's realisation in TW IV.
      anggaran: anggaran('7182204967', tw4('67089765835')),
    }),
    // Programs — BAB III B "Realisasi Anggaran" table (annual pagu and realisasi, entered in TW IV; the
    // detailed table's per-quarter Rp are not used: for Program Kepegawaian Daerah they add up to
    // 447.365.600, not its printed total 532.945.599) and the detailed table's program indicators
    // (target K, realisasi K per TW as printed).
    makeNode({
      id: 'lkj-2-1',
      level: 2,
      parentId: 'lkj-1',
      order: 0,
      nama: 'Program Kepegawaian Daerah',
      sasaran: 'Meningkatnya Kualitas Kepegawaian Daerah',
      keterangan: 'Tabel anggaran menyebutnya "PROGRAM BADAN KEPEGAWAIAN DAERAH"; realisasi 96.71%.',
      indicators: [
        makeIndicator({
          id: 'lkj-2-1-i1',
          nama: 'Prosentase Pelayanan Kepegawaian',
          satuan: '%',
          agregasi: 'nilai_akhir',
          target: { [Y]: '90' },
          realisasiTw: { [Y]: ['94.12', '94', '94', '94'] },
        }),
        makeIndicator({
          id: 'lkj-2-1-i2',
          nama: 'Persentase ASN yang Memiliki Pendidikan sesuai Kualifikasi',
          satuan: '%',
          agregasi: 'nilai_akhir',
          target: { [Y]: '95' },
          // Printed total 67 %.
          realisasiTw: { [Y]: ['67', '68', '68', '68'] },
        }),
        makeIndicator({
          id: 'lkj-2-1-i3',
          nama: 'Persentase ASN yang memiliki kinerja baik',
          satuan: '%',
          agregasi: 'nilai_akhir',
          target: { [Y]: '95' },
          // Printed total 96 %.
          realisasiTw: { [Y]: ['90.12', '100', '87', '106'] },
        }),
        makeIndicator({
          id: 'lkj-2-1-i4',
          nama: 'Persentase ASN yang tidak melakukan indisipliner',
          satuan: '%',
          agregasi: 'nilai_akhir',
          target: { [Y]: '99' },
          // Printed total 98 %.
          realisasiTw: { [Y]: ['96.64', '97', '99', '99.75'] },
        }),
      ],
      anggaran: anggaran('551096760', tw4('532945599')),
    }),
    makeNode({
      id: 'lkj-2-2',
      level: 2,
      parentId: 'lkj-1',
      order: 1,
      nama: 'Program Pengembangan Sumber Daya Manusia',
      sasaran: 'Meningkatnya Pengembangan Sumber Daya Manusia',
      keterangan: 'Realisasi anggaran 93.39%.',
      indicators: [
        makeIndicator({
          id: 'lkj-2-2-i1',
          nama: 'Persentase Pengembangan SDM',
          satuan: '%',
          // 54 + 15 = 69 (printed total 69 %): the quarters add up.
          agregasi: 'kumulatif',
          target: { [Y]: '80' },
          realisasiTw: { [Y]: ['54', null, null, '15'] },
        }),
      ],
      anggaran: anggaran('704749750', tw4('658141086')),
    }),
    makeNode({
      id: 'lkj-2-3',
      level: 2,
      parentId: 'lkj-1',
      order: 2,
      nama: 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota',
      sasaran: 'Meningkatnya fasilitas kebutuhan operasional perkantoran',
      keterangan: 'Realisasi anggaran 99.53%.',
      indicators: [
        makeIndicator({
          id: 'lkj-2-3-i1',
          nama: 'Persentase pemenuhan fasilitasi kebutuhan operasional perkantoran',
          satuan: '%',
          // 29 + 22 + 20 + 23 = 94 (printed total 94,63 %).
          agregasi: 'kumulatif',
          target: { [Y]: '100' },
          realisasiTw: { [Y]: ['29', '22', '20', '23'] },
        }),
      ],
      anggaran: anggaran('5926358457', tw4('5898679150')),
    }),
  ];

  return {
    schemaVersion: SCHEMA_VERSION,
    project: makeProject({
      id: 'fixture-lkj-2023',
      nama: 'LKj 2023 BKD Kabupaten Lumajang (sebagaimana tercetak)',
      instansi: 'Badan Kepegawaian Daerah Kabupaten Lumajang',
      periodeAwal: 2018,
      periodeAkhir: 2023,
      tahun: 2023,
      triwulan: 4,
      // The fixture keeps only the programs (level 2); their kegiatan are not entered.
      settings: settingsSchema.parse({ levelTerendah: 2 }),
    }),
    nodes: Object.fromEntries(nodes.map((n) => [n.id, n])),
    acknowledgements: [],
  };
}
