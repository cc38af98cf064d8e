import { SCHEMA_VERSION, makeIndicator, makeNode, makeProject } from '../domain/model';
import type { Anggaran, Indicator, KDocument, KNode, Polaritas, Agregasi } from '../domain/model';

/**
 * BKD Kabupaten Lumajang — Pohon Kinerja 2024–2026, read at TW I 2024.
 *
 * Sources (../../shared/seeds):
 * - 003 "POHON KINERJA BADAN KEPEGAWAIAN DAERAH KABUPATEN LUMAJANG TAHUN 2024-2026": levels 0–5,
 *   fenomena, sasaran, indicator names.
 * - 000 "PENGUKURAN KINERJA TRIWULAN I TAHUN ANGGARAN 2024" and "MONITORING DAN EVALUASI RENCANA AKSI
 *   TAHUN 2024": IP ASN target/realisasi, the IP1–IP4 formulas and head counts, pagu and realisasi
 *   anggaran, the rencana aksi (which Kabid does what → penanggung jawab).
 * - 001 LKj 2023: the 2023 values used as kondisi awal (IP ASN 66,90 and IP1–IP4), and the sumber data
 *   of IP1–IP4 (IKU section). Seed 001 is the 2018–2023 Renstra: it has no targets for 2024–2026, so
 *   apart from the IP ASN target of seed 000 the yearly targets are left empty (not invented).
 *
 * Budget: seed 000 gives one pagu (8.328.663.601) and one TW I realisation (1.788.251.500) for the
 * sasaran "Meningkatnya Profesionalitas ASN" and no split by kegiatan / sub kegiatan, so the budget is
 * entered on the level-2 node only; no child carries a pagu, so the "pagu = sum of children" rule holds
 * trivially and there is no budget on both a node and its children.
 *
 * Seed 003 gives no program / kegiatan names or nomenclature codes, so `nama` and `kode` of levels
 * 0–4 are empty; the aktivitas (level 5) text is their `nama`.
 */

type Q = [string | null, string | null, string | null, string | null];
const Y = '2024';
const NONE: Q = [null, null, null, null];

/** Formula inputs are stored by name, then by period: `{ S3: { '2024-TW1': '0' } }`. */
function perPeriod(period: string, values: Record<string, string>): Record<string, Record<string, string>> {
  return Object.fromEntries(Object.entries(values).map(([name, v]) => [name, { [period]: v }]));
}

function anggaran(pagu: string, realisasiTw: Q): Anggaran {
  return { pagu: { [Y]: pagu }, rencanaTw: {}, realisasiTw: { [Y]: realisasiTw } };
}

interface IndOpts {
  alias?: string;
  polaritas?: Polaritas;
  agregasi?: Agregasi;
  rumus?: string;
  variabel?: Record<string, Record<string, string>>;
  definisi?: string;
  sumberData?: string;
  kondisiAwal?: string | null;
  target?: Record<string, string>;
  targetTw?: Record<string, Q>;
  realisasiTw?: Record<string, Q>;
}

function ind(id: string, nama: string, satuan: string, o: IndOpts = {}): Indicator {
  return makeIndicator({ id, nama, satuan, ...o });
}

/** "Jumlah …" counts: quarters add up. */
function jumlah(id: string, nama: string, satuan: string): Indicator {
  return ind(id, nama, satuan, { polaritas: 'naik', agregasi: 'kumulatif' });
}

/** Indices, ratios and percentages: the latest value counts. */
function akhir(id: string, nama: string, satuan: string, polaritas: Polaritas = 'naik'): Indicator {
  return ind(id, nama, satuan, { polaritas, agregasi: 'nilai_akhir' });
}

// Penanggung jawab as named in seed 000's rencana aksi (Kepala BKD assigns the Sekretaris and Kabid).
const KEPALA = 'Kepala Badan Kepegawaian Daerah';
const PKA = 'Kabid PKA';
const P2I = 'Kabid P2I';
const MUTPRO = 'Kabid MUTPRO';
const PKAP = 'Kabid PKAP';

/** Level-2 keterangan: seed 003's explanatory paragraph and seed 000's rencana aksi, abridged. */
const KETERANGAN_L2 = [
  'Seed 003: fenomena dapat disebabkan oleh hal tersebut sesuai Permenpan RB 26 tahun 2020 hal 23, bahwa "penataan sistem manajemen SDM Aparatur bertujuan meningkatkan profesionalisme SDM Aparatur"; peran pemerintah dalam menetapkan kebijakan kepegawaian yang mendukung pengembangan profesionalisme ASN juga menjadi fokus penting (Journal, Yoyok Styo Langgeng hal 111).',
  'Rencana aksi 2024 (seed 000), status: Dalam Proses Pelaksanaan. 1. Sekretaris: perencanaan, pelaksanaan, pengendalian, monitoring, evaluasi dan pelaporan bidang umum, perlengkapan, kepegawaian dan keuangan. 2. Kabid P2I: kepegawaian dalam angka, database kepegawaian, sosialisasi produk hukum kepegawaian, sistem informasi dan arsip kepegawaian. 3. Kabid PKA: program pengembangan karier, analisa kebutuhan diklat, pengembangan kompetensi pegawai. 4. Kabid MUTPRO: pengadaan pegawai, pengangkatan, mutasi, kenaikan pangkat, penggajian dan tunjangan kinerja pensiun. 5. Kabid PKAP: standar kompetensi, pembinaan, status dan kedudukan kepegawaian, pembinaan profesi.',
  'Anggaran (seed 000): pagu dan realisasi dicatat pada node ini saja; seed tidak merinci per kegiatan / sub kegiatan.',
].join('\n');

function level2Indicators(): Indicator[] {
  // Seed 000: "IP = IP1 + IP2 + IP3 + IP4", target 56,35 each quarter; the stated 51,48 is left out of
  // realisasiTw on purpose — the value comes from the formula over IP1–IP4.
  // Kondisi awal 66,90: seed 003 level-2 fenomena ("Capaian IP ASN … 66,90 (Lkj,2023)") = seed 001.
  const ip = ind('lmj-2-ip', 'Indeks Profesionalitas ASN', 'Indeks', {
    alias: 'IP',
    polaritas: 'naik',
    agregasi: 'nilai_akhir',
    rumus: 'IP1 + IP2 + IP3 + IP4',
    definisi: 'Dasar PERKA BKN nomor 8 tahun 2019 pasal 6 (seed 003). IP = IP1 + IP2 + IP3 + IP4 (seed 000).',
    kondisiAwal: '66.9',
    target: { '2024': '56.35' },
    targetTw: { '2024': ['56.35', '56.35', '56.35', '56.35'] },
    realisasiTw: { '2024': [...NONE] },
  });

  // IP1–IP4 sit on the same node as IP (the level-3/4 nodes of seed 003 measure other things).
  // Formulas and head counts exactly as seed 000 (TW I 2024); kondisi awal = seed 001 realisasi 2023.
  // Sumber data: seed 001, IKU section.
  const ip1 = ind('lmj-2-ip1', 'Indeks Kualifikasi Pendidikan ASN', 'Nilai', {
    alias: 'IP1',
    polaritas: 'naik',
    agregasi: 'nilai_akhir',
    rumus: '[(S3 X 25) + (S2 X 20) + ((S1 + D4) X 15) + (D3 X 10) + ((D2 + D1 + SMA) X 5) + ((SMP + SD) X 1)] / JumlahASN',
    variabel: perPeriod('2024-TW1', { S3: '0', S2: '237', S1: '3301', D4: '142', D3: '658', D2: '53', D1: '8', SMA: '714', SMP: '235', SD: '65', JumlahASN: '5413' }),
    definisi: 'Variabel = jumlah ASN yang memiliki ijazah S3, S2, S1, D4, D3, D2, D1, SMA, SMP, SD; JumlahASN = jumlah ASN.',
    sumberData: 'Bidang Mutasi dan Promosi dan Bidang Pengadaan, Pemberhentian dan Informasi',
    kondisiAwal: '12.38',
    // Seed 000 states 12,40 = 67140/5413; left null so the value comes from the formula.
    realisasiTw: { '2024': [...NONE] },
  });
  const ip2 = ind('lmj-2-ip2', 'Indeks Kinerja ASN', 'Nilai', {
    alias: 'IP2',
    polaritas: 'naik',
    agregasi: 'nilai_akhir',
    rumus: '[(SKP_SangatBaik X 30) + (SKP_Baik X 25) + (SKP_Cukup X 15) + (SKP_Sedang X 5) + (SKP_Kurang X 1)] / JumlahASN',
    variabel: perPeriod('2024-TW1', { SKP_SangatBaik: '157', SKP_Baik: '5404', SKP_Cukup: '7', SKP_Sedang: '6', SKP_Kurang: '3', JumlahASN: '5577' }),
    definisi: 'Variabel = jumlah ASN dengan nilai SKP sangat baik, baik, cukup, sedang, kurang; JumlahASN = jumlah ASN (seed 000 divides by 5577 here, not 5413).',
    sumberData: 'Bidang PKAP',
    kondisiAwal: '25.44',
    // Seed 000 states 25,09 = 139948/5577; left null so the value comes from the formula.
    realisasiTw: { '2024': [...NONE] },
  });
  const ip3 = ind('lmj-2-ip3', 'Indeks Disiplin ASN', 'Nilai', {
    alias: 'IP3',
    polaritas: 'naik',
    agregasi: 'nilai_akhir',
    rumus: '[(HD_TidakPernah X 5) + (HD_Ringan X 3) + (HD_Sedang X 2) + (HD_Berat X 1)] / JumlahASN',
    variabel: perPeriod('2024-TW1', { HD_TidakPernah: '5408', HD_Ringan: '1', HD_Sedang: '3', HD_Berat: '1', JumlahASN: '5413' }),
    definisi: 'Variabel = jumlah ASN yang tidak pernah mendapatkan hukuman disiplin (HD), yang mendapatkan HD ringan, sedang, berat; JumlahASN = jumlah ASN.',
    sumberData: 'Bidang PKAP',
    kondisiAwal: '4.99',
    // Entered as seed 000 prints it: 4,99. The formula gives 27050/5413 = 4,9972… (4,997; 5,00 at two
    // decimals), so the checker reports the stated value against the formula — a real discrepancy of the
    // seed (it truncates instead of rounding).
    realisasiTw: { '2024': ['4.99', null, null, null] },
  });
  const ip4 = ind('lmj-2-ip4', 'Indeks Kompetensi ASN', 'Nilai', {
    alias: 'IP4',
    polaritas: 'naik',
    agregasi: 'nilai_akhir',
    // Weights as seed 000 COMPUTES (22,5 and 17,25). The verbal formula of seed 000 prints 17.5 for the
    // last weight; the worked line uses 17,25 (both round to 9,00 here: 48707,5/5413 vs 48730/5413).
    rumus:
      '[(DiklatPIM X 15) + (DiklatFungsional X 15) + (DiklatTeknisJPT X 15) + (DiklatTeknisPelaksana X 22.5) + (SeminarJPT X 10) + (SeminarPelaksana X 17.25)] / JumlahASN',
    variabel: perPeriod('2024-TW1', {
      DiklatPIM: '71',
      DiklatFungsional: '1500',
      DiklatTeknisJPT: '1000',
      DiklatTeknisPelaksana: '204',
      SeminarJPT: '400',
      SeminarPelaksana: '90',
      JumlahASN: '5413',
    }),
    definisi:
      'Variabel = jumlah ASN yang mengikuti Diklat PIM; Diklat Fungsional; ASN JPT, JA, JP, JF yang mengikuti Diklat Teknis 20 JP; ASN Jabatan Pelaksana yang mengikuti Diklat Teknis 20 JP; ASN JPT, JA, JP, JF yang mengikuti seminar/workshop/kursus/magang/sejenisnya; ASN Jabatan Pelaksana yang mengikuti seminar/workshop/kursus/magang/sejenisnya. JumlahASN = jumlah ASN.',
    sumberData: 'Bidang Pengembangan Kompetensi Aparatur',
    // Seed 001 capaian table: realisasi 2023 = 24.09 (its IP sum prints 29.04, see lkj2023.ts).
    kondisiAwal: '24.09',
    // Seed 000 states 9,00 = 48707,5/5413; left null so the value comes from the formula.
    realisasiTw: { '2024': [...NONE] },
  });
  return [ip, ip1, ip2, ip3, ip4];
}

/**
 * Level 4 (seed 003, "Level 4 (sub kegiatan)" row, 12 cells in this order) and their parent by meaning:
 * the two diklat sub kegiatan serve level-3 "Meningkatnya kompetensi Sumber Daya Manusia" (lmj-3-1);
 * pengadaan, pemberhentian, data, mutasi, promosi, pangkat, gaji berkala, kinerja, disiplin and
 * penghargaan serve "Meningkatnya Kualitas Pelayanan Kepegawaian Daerah" (lmj-3-2).
 */
interface L4 {
  no: number;
  parent: 'lmj-3-1' | 'lmj-3-2';
  sasaran: string;
  pj: string;
  indicators: (id: string) => Indicator[];
  aktivitas: string[];
}

/**
 * Level 5 (seed 003, "Level 5 (aktivitas)"): three rows of 23 columns. The columns come roughly in
 * pairs under the 12 level-4 cells (1–2 diklat teknis, 3–4 diklat dasar, 5–6 pengadaan, 7–8
 * pemberhentian, 9–10 data, 11–12 mutasi, 13–14 promosi, 15–16 pangkat, 17 gaji berkala, 18–19
 * kinerja, 20–21 disiplin, 22–23 penghargaan), but several cells only make sense elsewhere, and were
 * placed by meaning:
 * - col 3 "Pendataan" and col 4 "Pengelolaan Data" → data kepegawaian (lmj-4-5), not diklat dasar;
 * - col 3 "Seleksi Terbuka JPT Pratama dan Uji Kompetensi Pejabat Tinggi Pratama" → promosi (lmj-4-7);
 * - col 13 "Pelaksanaan Ujian Dinas" and "Pelaksanaan UPKP" (ujian penyesuaian kenaikan pangkat) →
 *   kenaikan pangkat (lmj-4-8), next to col 15 "Pencantuman Gelar/Peningkatan Pendidikan";
 * - col 19 "Fasilitasi proses ijin perceraihan pegawai" → disiplin (lmj-4-11), not kinerja/SKP.
 * Judgement calls kept in their column: col 2 "Asesmen Kompetensi ASN" and "Analisis Kebutuhan Diklat"
 * stay with diklat teknis dan fungsional (lmj-4-1); col 14 "Penjaringan Peserta Tugas Belajar S1" and
 * "Penyusunan HCDP" (career development) stay with promosi (lmj-4-7).
 * Texts are copied as printed (including "perceraihan").
 */
const LEVEL4: L4[] = [
  {
    no: 1,
    parent: 'lmj-3-1',
    sasaran: 'Terlaksananya diklat teknis dan fungsional',
    pj: PKA,
    indicators: (id) => [
      jumlah(`${id}-i1`, 'Jumlah ASN yang mengikuti diklat fungsional', 'Orang'),
      jumlah(`${id}-i2`, 'Jumlah ASN yang mengikuti diklat teknis', 'Orang'),
    ],
    aktivitas: [
      'Penyelenggaraan Diklat Teknis dan Fungsional',
      'Pengiriman Diklat Teknis dan Fungsional',
      'Monitoring dan Evaluasi dampak diklat',
      'Asesmen Kompetensi ASN',
      'Analisis Kebutuhan Diklat',
    ],
  },
  {
    no: 2,
    parent: 'lmj-3-1',
    sasaran: 'Terlaksananya Diklat Dasar dan Kepimpinan',
    pj: PKA,
    indicators: (id) => [
      // Satuan "Dokumen": seed 001 counts "Pelaksanaan Kerjasama Antar Lembaga" in Dokumen.
      jumlah(`${id}-i1`, 'Jumlah Kerja Sama Antar Lembaga', 'Dokumen'),
      jumlah(`${id}-i2`, 'Jumlah ASN yang mengikuti diklat dasar', 'Orang'),
      jumlah(`${id}-i3`, 'Jumlah ASN yang mengikuti diklat kepemimpinan', 'Orang'),
    ],
    aktivitas: ['Fasilitasi Diklat Dasar dan Diklat Kepemimpinan', 'Penyelenggaraan diklat dasar dan kepemimpinan'],
  },
  {
    no: 3,
    parent: 'lmj-3-2',
    sasaran: 'Terpenuhinya kebutuhan ASN sesuai kebutuhan',
    // Seed 000: Kabid MUTPRO "menyusun perencanaan dan melaksanakan pengadaan pegawai".
    pj: MUTPRO,
    indicators: (id) => [akhir(`${id}-i1`, 'Rasio Ketersediaan ASN', 'Rasio')],
    aktivitas: [
      'Koordinasi Penyusunan Kebutuhan ASN',
      'Penyerahan SK ASN',
      'Penandatangan Perjanjian Kerja',
      'Pengadaan ASN',
      'Pembekalan calon ASN',
      'Monitoring dan evaluasi penempatan ASN baru',
    ],
  },
  {
    no: 4,
    parent: 'lmj-3-2',
    sasaran: 'Meningkatnya ketaatan administrasi pemberhentian ASN',
    // Seed 000: Kabid MUTPRO "… penggajian dan tunjangan kinerja pensiun".
    pj: MUTPRO,
    indicators: (id) => [akhir(`${id}-i1`, 'Persentase pemberhentian ASN', '%')],
    aktivitas: [
      'Sosialisasi Pensiun dan ketaspenan',
      'Fasilitasi pemberhentian',
      'Konsultasi dan Koordinasi Pemberhentian',
      'Pengusulan dan Verifikasi Data Pemberhentian',
      'Distribusi SK pemberhentian',
    ],
  },
  {
    no: 5,
    parent: 'lmj-3-2',
    sasaran: 'Meningkatnya kualitas data kepegawaian daerah',
    // Seed 000: Kabid P2I "database kepegawaian, … pengembangan sistem informasi kepegawaian".
    pj: P2I,
    indicators: (id) => [akhir(`${id}-i1`, 'Persentase update data ASN yang terintegrasi dengan pusat', '%')],
    aktivitas: [
      'Pendataan',
      'Pengelolaan Data',
      'Pemeliharaan Server dan Jaringan',
      'Pemeliharaan aplikasi kepegawaian',
      'Penyediaan ID Card',
      'Penyediaan Data Kepegawaian',
      'Evaluasi Data Kepegawaian',
    ],
  },
  {
    no: 6,
    parent: 'lmj-3-2',
    sasaran: 'Meningkatnya ketaatan administrasi mutasi ASN',
    pj: MUTPRO,
    indicators: (id) => [jumlah(`${id}-i1`, 'Jumlah ASN yang mutasi sesuai ketentuan', 'Orang')],
    aktivitas: [
      'Pelantikan',
      'Sertijab',
      'Fasilitasi Baperjakat',
      'Koordinasi Persiapan Pelantikan dan Sertijab',
      'Fasilitasi mutasi keluar masuk daerah',
    ],
  },
  {
    no: 7,
    parent: 'lmj-3-2',
    sasaran: 'Terwujudnya Promosi ASN sesuai ketentuan',
    // MUTPRO = Bidang Mutasi dan Promosi (seed 001, struktur organisasi).
    pj: MUTPRO,
    indicators: (id) => [jumlah(`${id}-i1`, 'Jumlah ASN yang di promosi sesuai ketentuan', 'Orang')],
    aktivitas: [
      'Seleksi Terbuka JPT Pratama dan Uji Kompetensi Pejabat Tinggi Pratama',
      'Penyusunan Dokumen Talent Pool',
      'Penjaringan Peserta Tugas Belajar S1',
      'Penyusunan HCDP',
    ],
  },
  {
    no: 8,
    parent: 'lmj-3-2',
    sasaran: 'Terwujudnya Kenaikan Pangkat ASN sesuai ketentuan',
    pj: MUTPRO,
    indicators: (id) => [jumlah(`${id}-i1`, 'Jumlah ASN yang naik pangkat sesuai ketentuan', 'Orang')],
    aktivitas: [
      'Fasilitasi kenaikan pangkat',
      'Verifikasi Kenaikan Pangkat',
      'Pencantuman Gelar/Peningkatan Pendidikan',
      'Bimtek Kenaikan Pangkat Elektronik (E-Pangkat)',
      'Upacara Penyerahan SK',
      'Pelaksanaan Ujian Dinas',
      'Pelaksanaan UPKP',
    ],
  },
  {
    no: 9,
    parent: 'lmj-3-2',
    sasaran: 'Terwujudnya Kenaikan Gaji Berkala ASN sesuai ketentuan',
    pj: MUTPRO,
    indicators: (id) => [jumlah(`${id}-i1`, 'Jumlah ASN yang mendapatkan SK kenaikan gaji berkala', 'Orang')],
    aktivitas: ['Fasilitasi kenaikan gaji berkala'],
  },
  {
    no: 10,
    parent: 'lmj-3-2',
    sasaran: 'Terwujudnya ASN yang berkinerja baik',
    // PKAP = Bidang Penilaian Kinerja Aparatur dan Penghargaan (seed 001; IP2 sumber data "Bidang PKAP").
    pj: PKAP,
    indicators: (id) => [akhir(`${id}-i1`, 'Persentase ASN yang berkinerja baik', '%')],
    aktivitas: ['Bimtek SKP', 'Monitoring dan Evaluasi SKP dan e-kinerja'],
  },
  {
    no: 11,
    parent: 'lmj-3-2',
    sasaran: 'Menurunnya pelanggaran disiplin ASN',
    // Seed 001: IP3 (disiplin) sumber data "Bidang PKAP".
    pj: PKAP,
    indicators: (id) => [akhir(`${id}-i1`, 'Persentase Pelanggaran Disiplin ASN', '%', 'turun')],
    aktivitas: ['Pembinaan Disiplin Pegawai', 'Monitoring Pelanggaran Disiplin', 'Fasilitasi proses ijin perceraihan pegawai'],
  },
  {
    no: 12,
    parent: 'lmj-3-2',
    sasaran: 'Terwujudnya apresiasi atas kinerja ASN',
    pj: PKAP,
    indicators: (id) => [jumlah(`${id}-i1`, 'Jumlah ASN yang mendapatkan Penghargaan', 'Orang')],
    aktivitas: ['Pemberian Penghargaan Satyalencana Karya Satya', 'Pemberian Penghargaan PNS Teladan dan Berprestasi'],
  },
];

export function buildLumajang(): KDocument {
  const nodes: KNode[] = [];

  // Level 0 — seed 003 "Level 0".
  nodes.push(
    makeNode({
      id: 'lmj-0',
      level: 0,
      parentId: null,
      fenomena:
        'Belum Optimalnya Kinerja Pemerintah Daerah (Nilai SAKIP 68,84; Nilai Indeks Tata Kelola Pengadaan : 32,5; Persentase Capaian Kinerja Makro sebesar 66,67 %, Indeks Reformasi Hukum 2022: 70,15, Nilai Sistem Merit 0,6)',
      sasaran: 'Meningkatnya Kinerja Pemerintahan Daerah',
      indicators: [akhir('lmj-0-i1', 'Persentase capaian kinerja daerah yang tercapai', '%')],
    }),
  );

  // Level 1 — seed 003 "Level 1".
  nodes.push(
    makeNode({
      id: 'lmj-1',
      level: 1,
      parentId: 'lmj-0',
      fenomena:
        'Rendahnya pengembangan Karir ASN (Hasil evaluasi nilai SISTEM MERIT Tahun 2022 (nilai = 45)) Belum optimalnya pelaksanaan promosi dan mutasi (Hasil evaluasi nilai SISTEM MERIT Tahun 2022 (nilai = 22.5))',
      sasaran: 'Meningkatnya Kualitas Sistem Merit ASN',
      indicators: [akhir('lmj-1-i1', 'Indeks Sistem Merit', 'Indeks')],
    }),
  );

  // Level 2 — seed 003 "Level 2 (program)"; indicator, budget and rencana aksi from seed 000.
  nodes.push(
    makeNode({
      id: 'lmj-2',
      level: 2,
      parentId: 'lmj-1',
      fenomena:
        'Capaian Indeks Profesionalitas ASN Kab Lumajang yakni 66,90 (Lkj,2023) dan IP ASN penilaian BKN sebesar 82,08 Nilai 66,90 termasuk kategori rendah dalam pencapaian indeks profesionalitas ASN (Perka BKN No 8) namun di BKN nilai 82,08',
      sasaran: 'Meningkatnya Profesionalitas ASN',
      penanggungJawab: KEPALA,
      keterangan: KETERANGAN_L2,
      indicators: level2Indicators(),
      // Seed 000: pagu 8.328.663.601,00; realisasi TW I 1.788.251.500,00 (21,47%).
      anggaran: anggaran('8328663601', ['1788251500', null, null, null]),
    }),
  );

  // Level 3 — seed 003 "Level 3 (kegiatan)".
  nodes.push(
    makeNode({
      id: 'lmj-3-1',
      level: 3,
      parentId: 'lmj-2',
      order: 0,
      fenomena: 'Rendahnya ASN yang mengikuti diklat teknis dan manajerial',
      sasaran: 'Meningkatnya kompetensi Sumber Daya Manusia',
      // Seed 000: Kabid PKA — analisa kebutuhan diklat, pengembangan kompetensi pegawai.
      penanggungJawab: PKA,
      indicators: [akhir('lmj-3-1-i1', 'Persentase ASN yang bersertifikat teknis dan manajerial', '%')],
    }),
    makeNode({
      id: 'lmj-3-2',
      level: 3,
      parentId: 'lmj-2',
      order: 1,
      fenomena:
        'Capaian NSPK Kab Lumajang yakni sebesar 80,76 dan capaian IKM sebesar 87,27 pada tahun 2023 hal ini berarti belum optimalnya manajemen kepegawaian',
      sasaran: 'Meningkatnya Kualitas Pelayanan Kepegawaian Daerah',
      // The bidang whose sub kegiatan sit below (seed 000's rencana aksi).
      penanggungJawab: `${P2I}, ${MUTPRO}, ${PKAP}`,
      indicators: [
        // Kondisi awal: "capaian IKM sebesar 87,27 pada tahun 2023" (the fenomena above).
        ind('lmj-3-2-i1', 'IKM Kepegawaian', 'Indeks', { polaritas: 'naik', agregasi: 'nilai_akhir', kondisiAwal: '87.27' }),
      ],
    }),
  );

  // Levels 4 and 5 — see LEVEL4 for the restored parent links.
  const orderInParent: Record<string, number> = {};
  for (const l4 of LEVEL4) {
    const id = `lmj-4-${l4.no}`;
    const order = orderInParent[l4.parent] ?? 0;
    orderInParent[l4.parent] = order + 1;
    nodes.push(
      makeNode({
        id,
        level: 4,
        parentId: l4.parent,
        order,
        sasaran: l4.sasaran,
        penanggungJawab: l4.pj,
        indicators: l4.indicators(id),
      }),
    );
    l4.aktivitas.forEach((nama, i) => {
      nodes.push(makeNode({ id: `lmj-5-${l4.no}-${i + 1}`, level: 5, parentId: id, order: i, nama }));
    });
  }

  return {
    schemaVersion: SCHEMA_VERSION,
    project: makeProject({
      id: 'sample-lumajang-2024',
      nama: 'Pohon Kinerja BKD Kabupaten Lumajang 2024–2026',
      instansi: 'Badan Kepegawaian Daerah Kabupaten Lumajang',
      periodeAwal: 2024,
      periodeAkhir: 2026,
      tahun: 2024,
      triwulan: 1,
    }),
    nodes: Object.fromEntries(nodes.map((n) => [n.id, n])),
    acknowledgements: [],
  };
}
