import { SCHEMA_VERSION, makeProject } from './model';
import type { Agregasi, Anggaran, Indicator, KDocument, KNode, Level, Polaritas } from './model';

/**
 * A seeded generator of realistic pemda-wide Pohon Kinerja documents, for benchmarks and tests:
 * one level-0 root, 40 agencies, then programs, kegiatan, sub kegiatan and aktivitas with
 * Permendagri-style nested codes, indicators with yearly and quarterly targets, realisation up to
 * the chosen triwulan, and budgets on sub kegiatan. Same seed and options, same document.
 */
export interface GenerateOptions {
  seed: number;
  /** Approximate total number of nodes (e.g. 1000, 5000, 20000). */
  nodes: number;
  /** Year the document is read at (realisation is filled up to it). */
  year?: number;
  /** Triwulan of `year` the realisation reaches (1–4). */
  tw?: number;
}

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------------------------------------
// Word lists (small on purpose: realistic-looking, not a corpus).

const AGENCIES: readonly (readonly [string, string])[] = [
  ['Dinas Pendidikan', 'Pelayanan Pendidikan'],
  ['Dinas Kesehatan', 'Derajat Kesehatan Masyarakat'],
  ['Dinas Pekerjaan Umum dan Penataan Ruang', 'Infrastruktur Jalan dan Jembatan'],
  ['Dinas Perumahan dan Kawasan Permukiman', 'Kualitas Permukiman'],
  ['Satuan Polisi Pamong Praja', 'Ketenteraman dan Ketertiban Umum'],
  ['Badan Penanggulangan Bencana Daerah', 'Ketangguhan Daerah terhadap Bencana'],
  ['Dinas Sosial', 'Perlindungan dan Jaminan Sosial'],
  ['Dinas Tenaga Kerja', 'Kesempatan Kerja'],
  ['Dinas Pemberdayaan Perempuan dan Perlindungan Anak', 'Perlindungan Perempuan dan Anak'],
  ['Dinas Ketahanan Pangan', 'Ketahanan Pangan'],
  ['Dinas Lingkungan Hidup', 'Kualitas Lingkungan Hidup'],
  ['Dinas Kependudukan dan Pencatatan Sipil', 'Pelayanan Administrasi Kependudukan'],
  ['Dinas Pemberdayaan Masyarakat dan Desa', 'Kemandirian Desa'],
  ['Dinas Pengendalian Penduduk dan Keluarga Berencana', 'Kualitas Keluarga'],
  ['Dinas Perhubungan', 'Pelayanan Transportasi'],
  ['Dinas Komunikasi dan Informatika', 'Tata Kelola Pemerintahan Berbasis Elektronik'],
  ['Dinas Koperasi dan Usaha Mikro', 'Daya Saing Koperasi dan Usaha Mikro'],
  ['Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', 'Iklim Investasi'],
  ['Dinas Kepemudaan dan Olahraga', 'Prestasi Olahraga'],
  ['Dinas Pariwisata dan Kebudayaan', 'Daya Tarik Pariwisata'],
  ['Dinas Perpustakaan dan Kearsipan', 'Budaya Literasi Masyarakat'],
  ['Dinas Perikanan', 'Produksi Perikanan'],
  ['Dinas Pertanian', 'Produktivitas Pertanian'],
  ['Dinas Perdagangan', 'Stabilitas Harga dan Pasar'],
  ['Dinas Perindustrian', 'Daya Saing Industri'],
  ['Dinas Pemadam Kebakaran dan Penyelamatan', 'Pelayanan Kebakaran'],
  ['Badan Perencanaan Pembangunan Daerah', 'Kualitas Perencanaan Pembangunan'],
  ['Badan Pengelolaan Keuangan dan Aset Daerah', 'Tata Kelola Keuangan Daerah'],
  ['Badan Pendapatan Daerah', 'Pendapatan Asli Daerah'],
  ['Badan Kepegawaian Daerah', 'Sistem Merit ASN'],
  ['Badan Kesatuan Bangsa dan Politik', 'Wawasan Kebangsaan'],
  ['Inspektorat Daerah', 'Akuntabilitas Pengawasan Internal'],
  ['Sekretariat Daerah', 'Tata Kelola Pemerintahan'],
  ['Sekretariat DPRD', 'Fungsi Legislasi dan Pengawasan DPRD'],
  ['Rumah Sakit Umum Daerah', 'Mutu Pelayanan Rumah Sakit'],
  ['Kecamatan Kota', 'Pelayanan Publik di Kecamatan Kota'],
  ['Kecamatan Sukodono', 'Pelayanan Publik di Kecamatan Sukodono'],
  ['Kecamatan Tempeh', 'Pelayanan Publik di Kecamatan Tempeh'],
  ['Kecamatan Pasirian', 'Pelayanan Publik di Kecamatan Pasirian'],
  ['Kecamatan Senduro', 'Pelayanan Publik di Kecamatan Senduro'],
];

const OUTCOME_VERBS = ['Meningkatnya Kualitas', 'Meningkatnya', 'Terwujudnya', 'Optimalnya', 'Menguatnya'] as const;
const PROGRAM_VERBS = ['Pengelolaan', 'Peningkatan', 'Pengembangan', 'Pemenuhan', 'Penyelenggaraan', 'Pembinaan', 'Penataan'] as const;
const OBJECTS = [
  'Pelayanan Publik', 'Sumber Daya Manusia Aparatur', 'Kepegawaian Daerah', 'Keuangan Daerah', 'Perencanaan Pembangunan',
  'Pemberdayaan Masyarakat', 'Sarana dan Prasarana', 'Data dan Informasi', 'Pengawasan Internal', 'Kemitraan Daerah',
  'Layanan Dasar', 'Kapasitas Kelembagaan', 'Inovasi Daerah', 'Standar Pelayanan Minimal', 'Partisipasi Masyarakat',
  'Pengendalian Mutu', 'Pembinaan Teknis', 'Kerja Sama Daerah', 'Sistem Informasi', 'Perlindungan Masyarakat',
] as const;
const PENUNJANG_KEGIATAN = [
  'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah',
  'Administrasi Keuangan Perangkat Daerah',
  'Administrasi Kepegawaian Perangkat Daerah',
  'Administrasi Umum Perangkat Daerah',
  'Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah',
  'Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah',
  'Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah',
  'Administrasi Barang Milik Daerah pada Perangkat Daerah',
] as const;
const SUB_VERBS = ['Penyediaan', 'Penyelenggaraan', 'Penyusunan', 'Pengelolaan', 'Fasilitasi', 'Koordinasi', 'Monitoring dan Evaluasi', 'Pendataan', 'Sosialisasi', 'Pembinaan'] as const;
const SUB_OBJECTS = [
  'Gaji dan Tunjangan ASN', 'Dokumen Perencanaan Perangkat Daerah', 'Laporan Keuangan', 'Diklat Teknis dan Fungsional', 'Data Kepegawaian',
  'Bahan Logistik Kantor', 'Jasa Komunikasi, Sumber Daya Air dan Listrik', 'Kendaraan Dinas Operasional', 'Peralatan dan Perlengkapan Kantor',
  'Layanan Pengaduan Masyarakat', 'Standar Operasional Prosedur', 'Kegiatan Pemberdayaan Masyarakat', 'Sistem Informasi Pelayanan',
  'Laporan Capaian Kinerja', 'Kerja Sama Antar Daerah', 'Bimbingan Teknis Aparatur',
] as const;
const AKT_VERBS = ['Rapat Koordinasi', 'Penyusunan', 'Pengadaan', 'Verifikasi', 'Pelaksanaan', 'Penyampaian', 'Pengumpulan', 'Evaluasi'] as const;
const AKT_OBJECTS = [
  'Bahan Rapat', 'Laporan Bulanan', 'Data Pendukung', 'Alat Tulis Kantor', 'Dokumen Pertanggungjawaban', 'Usulan Kegiatan',
  'Hasil Monitoring', 'Surat Keputusan', 'Materi Sosialisasi', 'Berkas Administrasi',
] as const;

const PERSEN_NAIK = [
  'Persentase ASN yang Bersertifikat Kompetensi', 'Persentase Capaian Kinerja Perangkat Daerah', 'Persentase Dokumen Perencanaan yang Tepat Waktu',
  'Persentase Layanan yang Sesuai Standar', 'Persentase Rekomendasi Hasil Pemeriksaan yang Ditindaklanjuti', 'Persentase Realisasi Program Tepat Sasaran',
  'Persentase Desa Berstatus Mandiri', 'Persentase Penduduk yang Memiliki Jaminan Kesehatan', 'Persentase Jalan dalam Kondisi Mantap',
  'Persentase Pengaduan yang Diselesaikan', 'Persentase Usaha Mikro yang Naik Kelas', 'Persentase Sarana Prasarana dalam Kondisi Baik',
] as const;
const PERSEN_TURUN = [
  'Persentase Pelanggaran Disiplin ASN', 'Angka Kemiskinan', 'Prevalensi Stunting', 'Tingkat Pengangguran Terbuka',
  'Persentase Rumah Tidak Layak Huni', 'Persentase Temuan Berulang', 'Angka Putus Sekolah', 'Persentase Kawasan Kumuh',
] as const;
const INDEKS = [
  'Indeks Profesionalitas ASN', 'Indeks Kepuasan Masyarakat', 'Indeks Sistem Merit', 'Nilai SAKIP', 'Indeks Reformasi Birokrasi',
  'Indeks Kualitas Lingkungan Hidup', 'Indeks Desa Membangun', 'Indeks Tata Kelola Pengadaan', 'Indeks Keterbukaan Informasi Publik',
  'Indeks Ketahanan Pangan', 'Indeks Pembangunan Literasi Masyarakat', 'Indeks Kepuasan Layanan Internal',
] as const;
/** Range indicators (`7-8`): name, satuan, lower and upper bound. */
const RENTANG: readonly (readonly [string, string, number, number])[] = [
  ['Tingkat Inflasi Daerah', '%', 2, 4],
  ['Laju Pertumbuhan Ekonomi', '%', 5, 6],
  ['Nilai Tukar Petani', 'Indeks', 102, 105],
  ['Indeks Kepuasan Kerja Pegawai (skala 10)', 'Indeks', 7, 8],
];
const DOKUMEN = ['Perencanaan dan Evaluasi Kinerja', 'Rencana Kerja', 'Kebijakan Daerah', 'Analisis Jabatan', 'Standar Pelayanan', 'Laporan Keuangan'] as const;
const ORANG = ['ASN yang Mengikuti Diklat Teknis', 'ASN yang Mengikuti Uji Kompetensi', 'Penerima Bantuan Sosial', 'Pelaku Usaha Mikro yang Dibina', 'Peserta Sosialisasi', 'Kader yang Dilatih'] as const;
const LAPORAN = ['Monitoring dan Evaluasi', 'Keuangan', 'Kinerja', 'Pengelolaan Barang Milik Daerah', 'Pelaksanaan Kegiatan'] as const;
const FIRST = ['Ahmad', 'Siti', 'Budi', 'Dewi', 'Eko', 'Sri', 'Agus', 'Rina', 'Hadi', 'Nur', 'Yudi', 'Lestari', 'Bambang', 'Wahyuni', 'Teguh', 'Indah'] as const;
const LAST = ['Subagyo', 'Rahmawati', 'Santoso', 'Handayani', 'Prasetyo', 'Susanti', 'Hidayat', 'Purnomo', 'Kurniawan', 'Wulandari', 'Setiawan', 'Fitriani'] as const;
const TITLES = ['', '', 'S.Sos.', 'S.E.', 'S.T.', 'S.H.', 'S.Kom.'] as const;

// ---------------------------------------------------------------------------------------------
// Small helpers. Values of decimals are handled as integer hundredths (exact, cheap).

/** Canonical decimal string of an integer number of hundredths: 7350 → "73.5", 700 → "7". */
function fmtH(h: number): string {
  const neg = h < 0;
  const a = Math.abs(h);
  const whole = Math.floor(a / 100);
  const frac = a - whole * 100;
  const sign = neg && a !== 0 ? '-' : '';
  if (frac === 0) return `${sign}${whole}`;
  if (frac % 10 === 0) return `${sign}${whole}.${frac / 10}`;
  return `${sign}${whole}.${frac < 10 ? '0' : ''}${frac}`;
}

function pad(n: number, width: number): string {
  const s = String(n);
  return s.length >= width ? s : '0'.repeat(width - s.length) + s;
}

/** A sibling's pick from a list: distinct for up to `list.length` siblings that share `start`. */
function nth<T>(list: readonly T[], start: number, i: number): T {
  return list[(start + i * 7) % list.length] as T;
}

/** The `i`-th of distinct verb–object pairs, for sibling names that never repeat. */
function pair(verbs: readonly string[], objects: readonly string[], start: number, i: number): string {
  const k = (start + i * 7919) % (verbs.length * objects.length);
  return `${verbs[k % verbs.length] as string} ${objects[Math.floor(k / verbs.length)] as string}`;
}

/** Splits `total` into `weights.length` non-negative integers summing to `total`. */
function split(total: number, weights: readonly number[]): number[] {
  let sum = 0;
  for (const w of weights) sum += w;
  const out: number[] = [];
  let acc = 0;
  let prev = 0;
  for (const w of weights) {
    acc += w;
    const cut = Math.round((total * acc) / sum);
    out.push(cut - prev);
    prev = cut;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

type Kind = 'persenNaik' | 'persenTurun' | 'indeks' | 'rentang' | 'dokumen' | 'orang' | 'laporan';

class Generator {
  /** The next draw in [0, 1). */
  readonly r: () => number;
  private readonly years: number[];

  constructor(
    seed: number,
    private readonly year: number,
    private readonly tw: number,
    periodeAwal: number,
    periodeAkhir: number,
  ) {
    this.r = mulberry32(seed);
    this.years = [];
    for (let y = periodeAwal; y <= periodeAkhir; y++) this.years.push(y);
  }

  int(lo: number, hi: number): number {
    return lo + Math.floor(this.r() * (hi - lo + 1));
  }

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.r() * list.length)] as T;
  }

  /** A fan-out around `g` (±40%), rounded stochastically so the mean stays `g`; at least 1. */
  fan(g: number): number {
    const x = g * (0.6 + 0.8 * this.r());
    const f = Math.floor(x);
    return Math.max(1, f + (this.r() < x - f ? 1 : 0));
  }

  person(): string {
    const t = this.pick(TITLES);
    return `${this.pick(FIRST)} ${this.pick(LAST)}${t ? `, ${t}` : ''}`;
  }

  /** How far realisation lands from its target: mostly close, sometimes short, rarely far above. */
  performance(): number {
    const u = this.r();
    if (u < 0.08) return 0.3 + 0.4 * this.r();
    if (u < 0.11) return 1.2 + 0.25 * this.r();
    return 0.8 + 0.3 * this.r();
  }

  /** Outcome levels (0–2) measure %, indices and ranges; kegiatan mostly too; lower levels count outputs. */
  kindFor(level: Level): Kind {
    const u = this.r();
    if (level <= 2 || (level === 3 && u < 0.8) || (level === 4 && u < 0.5)) {
      const v = this.r();
      if (v < 0.05) return 'rentang';
      if (v < 0.17) return 'persenTurun';
      return v < 0.6 ? 'persenNaik' : 'indeks';
    }
    const v = this.r();
    return v < 0.35 ? 'dokumen' : v < 0.7 ? 'orang' : 'laporan';
  }

  /**
   * One indicator with yearly targets for the whole period and, for the years already planned
   * in a Perjanjian Kinerja (up to the selected year), quarter targets and realisation.
   */
  indicator(nodeId: string, level: Level, slot: number, start: number): Indicator {
    const kind = this.kindFor(level);
    const cumulative = kind === 'dokumen' || kind === 'orang' || kind === 'laporan';
    const turun = kind === 'persenTurun';
    const polaritas: Polaritas = kind === 'rentang' ? 'rentang' : turun ? 'turun' : 'naik';
    const agregasi: Agregasi = cumulative ? 'kumulatif' : 'nilai_akhir';
    let nama: string;
    let satuan: string;
    const target: Record<string, string> = {};
    const targetTw: Record<string, (string | null)[]> = {};
    const realisasiTw: Record<string, (string | null)[]> = {};
    let kondisiAwal: string;
    const years = this.years;
    // A few indicators have no realisation reported yet.
    const missing = this.r() < 0.03;

    if (cumulative) {
      // Whole units; quarter targets sum to the annual target.
      satuan = kind === 'dokumen' ? 'Dokumen' : kind === 'orang' ? 'Orang' : 'Laporan';
      nama = kind === 'dokumen' ? `Jumlah Dokumen ${nth(DOKUMEN, start, slot)} yang Tersusun` : kind === 'orang' ? `Jumlah ${nth(ORANG, start, slot)}` : `Jumlah Laporan ${nth(LAPORAN, start, slot)} yang Disusun`;
      let t = kind === 'dokumen' ? this.int(1, 6) : kind === 'orang' ? this.int(20, 1500) : 4 * this.int(1, 6);
      kondisiAwal = String(Math.max(0, t - (kind === 'laporan' ? 4 : Math.max(1, Math.round(t * 0.05)))));
      for (let yi = 0; yi < years.length; yi++) {
        const y = years[yi] as number;
        target[y] = String(t);
        if (y <= this.year) {
          const n = missing ? 0 : y < this.year ? 4 : this.tw;
          const qt: (string | null)[] = [null, null, null, null];
          const qr: (string | null)[] = [null, null, null, null];
          // Spread over the year, a little heavier at the end (quarter 3 takes the remainder).
          const q0 = kind === 'laporan' ? t / 4 : Math.floor(t * (0.2 + 0.1 * this.r()));
          const q1 = kind === 'laporan' ? t / 4 : Math.floor(t * 0.25);
          const q3 = kind === 'laporan' ? t / 4 : Math.floor(t * (0.25 + 0.05 * this.r()));
          const q2 = t - q0 - q1 - q3;
          for (let k = 0; k < 4; k++) {
            const v = k === 0 ? q0 : k === 1 ? q1 : k === 2 ? q2 : q3;
            qt[k] = String(v);
            if (k < n) qr[k] = String(Math.round(v * this.performance()));
          }
          targetTw[y] = qt;
          if (n > 0) realisasiTw[y] = qr;
        }
        t = kind === 'laporan' ? t + 4 : t + Math.max(1, Math.round(t * (0.03 + 0.07 * this.r())));
      }
    } else if (kind === 'rentang') {
      const [name, unit, lo, hi] = RENTANG[(start + slot * 7) % RENTANG.length] as (typeof RENTANG)[number];
      nama = name;
      satuan = unit;
      const range = `${lo}-${hi}`;
      const w = (hi - lo) * 100;
      kondisiAwal = fmtH(hi * 100 + w / 2);
      for (let yi = 0; yi < years.length; yi++) {
        const y = years[yi] as number;
        target[y] = range;
        if (y <= this.year) {
          const n = missing ? 0 : y < this.year ? 4 : this.tw;
          targetTw[y] = [range, range, range, range];
          const qr: (string | null)[] = [null, null, null, null];
          for (let k = 0; k < n; k++) qr[k] = fmtH(lo * 100 - Math.round(w * 0.4) + this.int(0, 2 * w));
          if (n > 0) realisasiTw[y] = qr;
        }
      }
    } else {
      // Hundredths; the quarter targets climb from last year's target to this year's (TW4 = annual).
      satuan = kind === 'indeks' ? 'Indeks' : '%';
      nama = turun ? nth(PERSEN_TURUN, start, slot) : kind === 'indeks' ? nth(INDEKS, start, slot) : nth(PERSEN_NAIK, start, slot);
      const smallIndex = kind === 'indeks' && this.r() < 0.3;
      let prev = turun ? this.int(8, 60) * 50 : smallIndex ? this.int(200, 330) : this.int(100, 170) * 50;
      kondisiAwal = fmtH(prev);
      for (let yi = 0; yi < years.length; yi++) {
        const y = years[yi] as number;
        const step = turun ? -this.int(1, 4) * 25 : smallIndex ? this.int(5, 20) : this.int(2, 8) * 25;
        const t = turun ? Math.max(25, prev + step) : Math.min(smallIndex ? 500 : 10000, prev + step);
        target[y] = fmtH(t);
        if (y <= this.year) {
          const n = missing ? 0 : y < this.year ? 4 : this.tw;
          const qt: (string | null)[] = [null, null, null, null];
          const qr: (string | null)[] = [null, null, null, null];
          for (let k = 0; k < 4; k++) {
            const v = k === 3 ? t : Math.round(prev + ((t - prev) * (k + 1)) / 4);
            qt[k] = fmtH(v);
            if (k < n) {
              const f = this.performance();
              const real = turun ? Math.round(v * (2 - f)) : Math.round(v * f);
              qr[k] = fmtH(kind === 'persenNaik' ? Math.min(10000, real) : real);
            }
          }
          targetTw[y] = qt;
          if (n > 0) realisasiTw[y] = qr;
        }
        prev = t;
      }
    }
    return {
      id: `${nodeId}#${slot + 1}`,
      nama,
      alias: '',
      satuan,
      polaritas,
      agregasi,
      rumus: '',
      variabel: {},
      definisi: '',
      sumberData: level <= 1 ? 'Badan Pusat Statistik / laporan perangkat daerah' : 'Laporan internal perangkat daerah',
      rumusTurun: null,
      kondisiAwal,
      desimal: 2,
      target,
      targetTw,
      realisasiTw,
    };
  }

  indicators(nodeId: string, level: Level): Indicator[] {
    if (level === 5 && this.r() >= 0.25) return [];
    const count = level < 5 && this.r() < 0.35 ? 2 : 1;
    const start = this.int(0, 1000);
    const out: Indicator[] = [];
    for (let s = 0; s < count; s++) out.push(this.indicator(nodeId, level, s, start));
    return out;
  }

  /** Budget of a sub kegiatan: pagu for the period; plan and spending per quarter up to the selected year. */
  anggaran(level: Level): Anggaran {
    const a: Anggaran = { pagu: {}, rencanaTw: {}, realisasiTw: {} };
    if (level !== 4) return a;
    // Whole rupiah, 10 million – 2 billion, in hundreds (as budgets are written).
    let pagu = 100 * this.int(100_000, 20_000_000);
    const years = this.years;
    for (let yi = 0; yi < years.length; yi++) {
      const y = years[yi] as number;
      a.pagu[y] = String(pagu);
      if (y <= this.year) {
        const n = y < this.year ? 4 : this.tw;
        const planned = Math.floor(pagu * (0.9 + 0.1 * this.r()));
        const r0 = Math.floor(planned * (0.15 + 0.1 * this.r()));
        const r1 = Math.floor(planned * 0.25);
        const r3 = Math.floor(planned * (0.2 + 0.1 * this.r()));
        const r2 = planned - r0 - r1 - r3;
        const rt: (string | null)[] = [null, null, null, null];
        const rr: (string | null)[] = [null, null, null, null];
        for (let k = 0; k < 4; k++) {
          const v = k === 0 ? r0 : k === 1 ? r1 : k === 2 ? r2 : r3;
          rt[k] = String(v);
          if (k < n) rr[k] = String(Math.floor(v * (0.6 + 0.4 * this.r())));
        }
        a.rencanaTw[y] = rt;
        a.realisasiTw[y] = rr;
      }
      pagu = Math.min(2_000_000_000, 100 * Math.round((pagu * (1 + 0.1 * this.r())) / 100));
    }
    return a;
  }

  node(id: string, level: Level, parentId: string | null, order: number, kode: string, nama: string, sasaran: string, fenomena: string, penanggungJawab: string): KNode {
    return {
      id,
      level,
      parentId,
      order,
      kode,
      nama,
      sasaran,
      fenomena,
      penanggungJawab,
      keterangan: '',
      bobot: null,
      indicators: this.indicators(id, level),
      anggaran: this.anggaran(level),
      crosscutting: [],
      custom: {},
    };
  }
}

/** Fan-out g at levels 2–4 such that 1 + g + g² + g³·(1 + 2 aktivitas) ≈ nodes per agency. */
function solveFanout(perAgency: number): number {
  let lo = 1;
  let hi = 60;
  for (let i = 0; i < 40; i++) {
    const g = (lo + hi) / 2;
    if (1 + g + g * g + 3 * g * g * g > perAgency) hi = g;
    else lo = g;
  }
  return lo;
}

interface Shape {
  /** shape[agency][program][kegiatan] = number of sub kegiatan. */
  shape: number[][][];
  /** Nodes of levels 0–4. */
  upper: number;
  subs: number;
}

function drawShape(g: Generator, agencyCount: number, fanout: number): Shape {
  const shape: number[][][] = [];
  let upper = 1 + agencyCount;
  let subs = 0;
  for (let a = 0; a < agencyCount; a++) {
    // Agencies differ in size (a Dinas Pendidikan against a Kecamatan).
    const size = fanout * (0.7 + 0.6 * g.r());
    const programs: number[][] = [];
    const pCount = Math.max(2, g.fan(size));
    for (let p = 0; p < pCount; p++) {
      const kegiatan: number[] = [];
      const kCount = g.fan(size);
      for (let k = 0; k < kCount; k++) {
        const n = g.fan(size);
        kegiatan.push(n);
        subs += n;
      }
      upper += 1 + kCount;
      programs.push(kegiatan);
    }
    shape.push(programs);
  }
  return { shape, upper: upper + subs, subs };
}

/**
 * Generates a pemda-wide Pohon Kinerja of about `nodes` nodes (exactly, unless the request is too
 * small for the fixed upper levels): one root, up to 40 agencies, programs, kegiatan, sub kegiatan
 * and aktivitas. Node ids are the nomenclature codes (the root's id is `pemda`, its kode empty).
 * Deterministic for a seed; uses no global randomness or clock.
 */
export function generatePemda({ seed, nodes, year = 2024, tw = 2 }: GenerateOptions): KDocument {
  const periodeAwal = year >= 2024 && year <= 2026 ? 2024 : year;
  const periodeAkhir = periodeAwal + 2;
  const quarter = Math.min(4, Math.max(1, Math.round(tw)));
  const g = new Generator(seed, year, quarter, periodeAwal, periodeAkhir);
  const total = Math.max(2, Math.round(nodes));
  const agencyCount = Math.max(1, Math.min(AGENCIES.length, Math.floor((total - 1) / 20)));
  const perAgency = (total - 1) / agencyCount;
  // Shape first (so aktivitas can absorb the remainder exactly), then nodes in depth-first order.
  // A shape leaving less than one aktivitas per sub kegiatan (small requests, unlucky draws) is
  // drawn again with smaller fan-outs.
  let fanout = solveFanout(perAgency);
  let drawn = drawShape(g, agencyCount, fanout);
  while (drawn.upper + drawn.subs > total && fanout > 0.05) {
    fanout *= 0.9;
    drawn = drawShape(g, agencyCount, fanout);
  }
  const { shape, upper, subs } = drawn;
  const aktivitasTotal = Math.max(subs, total - upper);
  const weights: number[] = [];
  for (let i = 0; i < subs; i++) weights.push(0.3 + g.r());
  // Every sub kegiatan gets at least one aktivitas (a branch reaching level 5); the rest by weight.
  const extra = split(aktivitasTotal - subs, weights);

  const out: Record<string, KNode> = {};
  const rootId = 'pemda';
  out[rootId] = g.node(rootId, 0, null, 0, '', 'Kinerja Pemda', 'Meningkatnya Kinerja Pemerintahan Daerah',
    'Belum Optimalnya Kinerja Pemerintah Daerah (Nilai SAKIP 68,84; Persentase Capaian Kinerja Makro 66,67%)', 'Sekretaris Daerah');
  let subIndex = 0;
  for (let a = 0; a < agencyCount; a++) {
    const [agency, topic] = AGENCIES[a] as readonly [string, string];
    const aKode = `${1 + (a % 5)}.${pad(1 + Math.floor(a / 5), 2)}`;
    out[aKode] = g.node(aKode, 1, rootId, a, aKode, agency, `${g.pick(OUTCOME_VERBS)} ${topic}`,
      `Belum optimalnya ${topic.toLowerCase()} (capaian ${fmtH(g.int(4500, 7500))} pada tahun ${periodeAwal - 1})`, `Kepala ${agency}`);
    const programs = shape[a] as number[][];
    const pStart = g.int(0, 1000);
    for (let p = 0; p < programs.length; p++) {
      const pKode = `${aKode}.${pad(p + 1, 2)}`;
      const penunjang = p === 0;
      const pObj = penunjang ? 'Tata Kelola Perangkat Daerah' : nth(OBJECTS, pStart, p);
      const pNama = penunjang ? 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota' : `Program ${g.pick(PROGRAM_VERBS)} ${pObj}`;
      out[pKode] = g.node(pKode, 2, aKode, p, pKode, pNama, `${g.pick(OUTCOME_VERBS)} ${pObj}`,
        `Belum optimalnya ${pObj.toLowerCase()}`, penunjang ? `Sekretaris ${agency}` : `Kepala Bidang ${pObj}`);
      const kegiatan = programs[p] as number[];
      const kStart = g.int(0, 1000);
      for (let k = 0; k < kegiatan.length; k++) {
        const kKode = `${pKode}.2.${pad(k + 1, 2)}`;
        const kNama = penunjang && k < PENUNJANG_KEGIATAN.length ? nth(PENUNJANG_KEGIATAN, kStart, k) : pair(PROGRAM_VERBS, OBJECTS, kStart, k);
        out[kKode] = g.node(kKode, 3, pKode, k, kKode, kNama, `Meningkatnya ${kNama.toLowerCase()}`, '', g.person());
        const sCount = kegiatan[k] as number;
        const sStart = g.int(0, 1000);
        for (let s = 0; s < sCount; s++) {
          const sKode = `${kKode}.${pad(s + 1, 4)}`;
          const sNama = pair(SUB_VERBS, SUB_OBJECTS, sStart, s);
          out[sKode] = g.node(sKode, 4, kKode, s, sKode, sNama, `Terlaksananya ${sNama.toLowerCase()}`, '', g.person());
          const aCount = 1 + (extra[subIndex++] as number);
          const akStart = g.int(0, 1000);
          for (let t = 0; t < aCount; t++) {
            const tKode = `${sKode}.${pad(t + 1, 2)}`;
            const tNama = pair(AKT_VERBS, AKT_OBJECTS, akStart, t);
            out[tKode] = g.node(tKode, 5, sKode, t, tKode, tNama, tNama, '', g.person());
          }
        }
      }
    }
  }

  const project = makeProject({
    id: `pemda-${seed >>> 0}`,
    nama: `Pohon Kinerja Kabupaten Contoh ${periodeAwal}-${periodeAkhir}`,
    instansi: 'Pemerintah Kabupaten Contoh',
    periodeAwal,
    periodeAkhir,
    tahun: year,
    triwulan: quarter,
  });
  return { schemaVersion: SCHEMA_VERSION, project, nodes: out, acknowledgements: [] };
}
