import { SCHEMA_VERSION, makeIndicator, makeNode, makeProject, settingsSchema } from '../domain/model';
import type { Agregasi, Anggaran, Indicator, KDocument, KNode, Level } from '../domain/model';

/**
 * BKPSDM Kabupaten Sumenep — Laporan Capaian Kinerja Triwulan I 2024 (seed 002), restructured as a
 * Pohon Kinerja: level 0 RPJMD (Tabel 2.1), level 1 sasaran perangkat daerah (Tabel 2.2 / 2.3 / 3.1),
 * level 2 program, level 3 kegiatan, level 4 sub kegiatan (Tabel 2.4). No level 5, so
 * `settings.levelTerendah = 4`.
 *
 * - Period: the Renstra is "periode 2021-2026" (Tabel 2.2 source line); its target columns start at
 *   2022, so no indicator has a 2021 target.
 * - Targets and pagu: Tabel 2.4, exactly as printed. Pagu is entered on the sub kegiatan only (the
 *   lowest budgeted level); kegiatan and program totals come from the roll-up and match the printed
 *   ones (e.g. Program Kepegawaian Daerah 1.905.955.200 = 519.791.600 + 499.727.200 + 519.180.600 +
 *   367.255.800; all programs 12.233.732.131).
 * - TW I realisation (K and Rp): the LAMPIRAN evaluation form, column 9. Realisasi anggaran is entered on
 *   the sub kegiatan too, so it sums to Tabel 3.2 (59.281.085 + 18.817.200 + 1.364.941.860 =
 *   1.443.040.145). Where column 9 is blank but column 13 (= 9+10+11+12) prints 0, 0 is entered.
 * - Where the form's target (column 8) differs from Tabel 2.4, Tabel 2.4 is used and the form's value is
 *   noted in `keterangan` (the form's capaian % is computed against its own target).
 * - Rencana anggaran TW I is printed per program only (Tabel 3.2); it is kept in the program's
 *   `keterangan`, not in `anggaran.rencanaTw`, so that no budget sits on both a node and its children.
 * - Kode: the LAMPIRAN prints the codes digit by digit in separate cells, several digits lost. They are
 *   read as urusan 5, bidang 03 KEPEGAWAIAN / 04 PENDIDIKAN DAN PELATIHAN (the form's headings), program
 *   .01/.02, kegiatan 2.0n and the two-digit sub kegiatan number as printed (e.g. `5.03.02.2.01.02`).
 *   Reconstructions: Program Pengembangan SDM `5.04.02` (printed "5 0 0 2" under the "5 0 … PENDIDIKAN
 *   DAN PELATIHAN" heading); Mutasi dan Promosi ASN `5.03.02.2.02` (its digit is blank, it sits between
 *   2.01 and 2.03); Penyediaan Gaji dan Tunjangan ASN `.01` (printed "00"; standard nomenclature
 *   X.XX.01.2.02.0001). Three sub kegiatan of 5.03.02.2.03 are printed "00" and are left without a code
 *   rather than guessed: Pengelolaan Assessment Center, Pengelolaan Pendidikan Lanjutan ASN, Fasilitasi
 *   Sertifikasi Jabatan ASN.
 */

type Q = [string | null, string | null, string | null, string | null];
const Y = '2024';

function tw1(v: string | null): Q {
  return [v, null, null, null];
}

interface Row {
  /** Nomenclature code; '' when the printed code is lost. */
  kode: string;
  /** Id suffix when there is no code. */
  slug?: string;
  nama: string;
  indikator: string;
  /** Target 2024 (Tabel 2.4) and its unit. */
  target: string;
  satuan: string;
  /** TW I realisation K (LAMPIRAN column 9). */
  realK: string | null;
  agregasi?: Agregasi;
  keterangan?: string;
}

interface Sub extends Row {
  pagu: string;
  /** TW I realisasi anggaran (LAMPIRAN column 9, Rp). */
  realRp: string;
}

interface Keg extends Row {
  subs: Sub[];
}

interface Prog extends Row {
  parent: string;
  penanggungJawab: string;
  kegiatan: Keg[];
}

const BIDANG_4 =
  'Bidang Pengadaan Pemberhentian dan Informasi; Bidang Penilaian Kinerja Aparatur dan Penghargaan; Bidang Mutasi dan Promosi; Bidang Pengembangan Kompetensi Aparatur';

// Tabel 2.4 (target, pagu) + LAMPIRAN (TW I K and Rp). Names without the printed "Kegiatan " /
// "Sub Kegiatan " prefix, as the LAMPIRAN writes them.
const PROGRAMS: Prog[] = [
  {
    kode: '5.03.02',
    nama: 'Program Kepegawaian Daerah',
    indikator: 'Persentase Pelaksanaan Manajemen Kepegawaian',
    target: '55',
    satuan: '%',
    // Printed "1 5" (split cell); column 14 prints 21% = 15/70.
    realK: '15',
    agregasi: 'kumulatif',
    keterangan:
      'LAMPIRAN: target Renja 2024 = 70 (Tabel 2.4: 55); capaian TW I 21% dihitung terhadap 70. Rencana anggaran TW I (Tabel 3.2): Rp 758.058.000; realisasi TW I Rp 59.281.085 (8% terhadap rencana TW I).',
    parent: 'smp-1-1',
    penanggungJawab: BIDANG_4,
    kegiatan: [
      {
        kode: '5.03.02.2.01',
        nama: 'Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN',
        indikator: 'Jumlah Laporan Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN',
        target: '1',
        satuan: 'Laporan',
        // Printed "0, 2 5"; column 14 prints 25%.
        realK: '0.25',
        subs: [
          {
            kode: '5.03.02.2.01.02',
            nama: 'Penyusunan Rencana Kebutuhan, Jenis dan Jumlah Jabatan untuk Pelaksanaan Pengadaan ASN',
            indikator: 'Jumlah Dokumen Hasil Penyusunan Rencana Kebutuhan, Jenis dan Jumlah Jabatan untuk Pelaksanaan Pengadaan ASN',
            target: '2',
            satuan: 'Dokumen',
            pagu: '17565100',
            realK: '1',
            realRp: '0',
          },
          {
            kode: '5.03.02.2.01.03',
            nama: 'Koordinasi dan Fasilitasi Pengadaan PNS dan PPPK',
            indikator: 'Jumlah Dokumen Kegiatan Koordinasi dan Fasilitasi Pengadaan PNS dan PPPK',
            target: '1',
            satuan: 'Dokumen',
            pagu: '306139200',
            realK: '0',
            realRp: '0',
            keterangan: 'LAMPIRAN: target Renja 2024 = 2 Dokumen (Tabel 2.4: 1 Dokumen).',
          },
          {
            kode: '5.03.02.2.01.06',
            nama: 'Koordinasi Pelaksanaan Administrasi Pemberhentian',
            indikator: 'Jumlah Dokumen Hasil kegiatan Koordinasi Pelaksanaan Administrasi Pemberhentian',
            target: '1',
            satuan: 'Dokumen',
            pagu: '31629100',
            realK: '0',
            realRp: '0',
          },
          {
            kode: '5.03.02.2.01.08',
            nama: 'Fasilitasi Lembaga Profesi ASN',
            indikator: 'Jumlah Lembaga Profesi ASN yang Difasilitasi',
            target: '1',
            satuan: 'Lembaga',
            pagu: '35079000',
            realK: '0',
            realRp: '1580000',
          },
          {
            kode: '5.03.02.2.01.10',
            nama: 'Pengelolaan Sistem Informasi Kepegawaian',
            indikator: 'Jumlah Dokumen Hasil Pengelolaan Sistem Informasi Kepegawaian',
            target: '1',
            satuan: 'Dokumen',
            pagu: '54872150',
            realK: '0',
            realRp: '2700000',
          },
          {
            kode: '5.03.02.2.01.11',
            nama: 'Pengelolaan Data Kepegawaian',
            indikator: 'Jumlah Dokumen Hasil Pengelolaan Data Kepegawaian',
            target: '1',
            satuan: 'Dokumen',
            pagu: '74507050',
            realK: '0',
            realRp: '0',
          },
        ],
      },
      {
        kode: '5.03.02.2.02',
        nama: 'Mutasi dan Promosi ASN',
        indikator: 'Jumlah Laporan Hasil Mutasi dan Promosi ASN',
        target: '1',
        satuan: 'Dokumen',
        realK: '1',
        keterangan: 'LAMPIRAN: target Renja 2024 = 3 Laporan (Tabel 2.4: 1 Dokumen); capaian TW I 33% dihitung terhadap 3.',
        subs: [
          {
            kode: '5.03.02.2.02.01',
            nama: 'Pengelolaan Mutasi ASN',
            indikator: 'Jumlah Laporan Pelaksanaan Mutasi',
            target: '1',
            satuan: 'Dokumen',
            pagu: '272371300',
            realK: '1',
            realRp: '9771000',
          },
          {
            kode: '5.03.02.2.02.02',
            nama: 'Pengelolaan Kenaikan Pangkat ASN',
            indikator: 'Jumlah Pengelolaan Kenaikan Pangkat ASN',
            target: '1700',
            satuan: 'Dokumen',
            pagu: '71477600',
            realK: '18',
            realRp: '0',
          },
          {
            kode: '5.03.02.2.02.03',
            nama: 'Pengelolaan Promosi ASN',
            indikator: 'Jumlah Dokumen Hasil Pengelolaan Promosi ASN',
            target: '1',
            satuan: 'Dokumen',
            pagu: '155878300',
            realK: '0',
            realRp: '9384660',
          },
        ],
      },
      {
        kode: '5.03.02.2.03',
        nama: 'Pengembangan Kompetensi ASN',
        indikator: 'Jumlah Laporan Pengembangan Kompetensi ASN',
        target: '1',
        satuan: 'Laporan',
        realK: '0',
        subs: [
          {
            kode: '',
            slug: '5.03.02.2.03-assessment-center',
            nama: 'Pengelolaan Assessment Center',
            indikator: 'Jumlah Dokumen Pengelolaan Assessment Center',
            target: '1',
            satuan: 'Dokumen',
            pagu: '231890200',
            realK: '1',
            realRp: '0',
            keterangan: 'Kode sub kegiatan tercetak "00" di LAMPIRAN (digit hilang); dibiarkan kosong.',
          },
          {
            kode: '',
            slug: '5.03.02.2.03-pendidikan-lanjutan',
            nama: 'Pengelolaan Pendidikan Lanjutan ASN',
            indikator: 'Jumlah ASN yang Mendapatkan Pendidikan Lanjutan',
            target: '75',
            satuan: 'Orang',
            pagu: '24229800',
            realK: '15',
            realRp: '0',
            keterangan: 'Kode sub kegiatan tercetak "00" di LAMPIRAN (digit hilang); dibiarkan kosong.',
          },
          {
            kode: '',
            slug: '5.03.02.2.03-sertifikasi-jabatan',
            nama: 'Fasilitasi Sertifikasi Jabatan ASN',
            indikator: 'Jumlah ASN yang Mendapatkan Layanan Fasilitasi Sertifikasi Jabatan',
            target: '15',
            satuan: 'Orang',
            pagu: '109076200',
            realK: '2',
            realRp: '1570000',
            keterangan: 'Kode sub kegiatan tercetak "00" di LAMPIRAN (digit hilang); dibiarkan kosong.',
          },
          {
            kode: '5.03.02.2.03.09',
            nama: 'Koordinasi dan Kerja Sama Pelaksanaan Diklat Jabatan Fungsional',
            indikator: 'Jumlah Dokumen Hasil Koordinasi dan Kerja Sama Pelaksanaan Diklat Jabatan Fungsional',
            target: '1',
            satuan: 'Dokumen',
            pagu: '98570500',
            realK: '0',
            realRp: '7214900',
          },
          {
            kode: '5.03.02.2.03.13',
            nama: 'Pembinaan Jabatan Fungsional ASN',
            indikator: 'Jumlah ASN Fungsional yang Dibina',
            target: '100',
            satuan: 'Orang',
            pagu: '55413900',
            realK: '0',
            realRp: '0',
          },
        ],
      },
      {
        kode: '5.03.02.2.04',
        nama: 'Penilaian dan Evaluasi Kinerja Aparatur',
        indikator: 'Jumlah Laporan Penilaian dan Evaluasi Kinerja ASN',
        target: '1',
        satuan: 'Laporan',
        realK: '0',
        subs: [
          {
            kode: '5.03.02.2.04.02',
            nama: 'Pelaksanaan Penilaian dan Evaluasi Kinerja Aparatur',
            indikator: 'Jumlah Dokumen Hasil Pelaksanaan Penilaian dan Evaluasi Kinerja Aparatur',
            target: '1',
            satuan: 'Laporan',
            pagu: '29807000',
            realK: '0',
            realRp: '0',
          },
          {
            kode: '5.03.02.2.04.03',
            nama: 'Evaluasi Hasil Penilaian dan Evaluasi Kinerja Aparatur',
            indikator: 'Jumlah Dokumen Hasil Evaluasi Hasil Penilaian dan Evaluasi Kinerja Aparatur',
            target: '1',
            satuan: 'Laporan',
            pagu: '28103600',
            realK: '0',
            realRp: '0',
          },
          {
            kode: '5.03.02.2.04.04',
            nama: 'Pengelolaan Pemberian Penghargaan bagi Pegawai',
            indikator: 'Jumlah ASN yang Diberikan Penghargaan',
            target: '90',
            satuan: 'Orang',
            pagu: '119996900',
            realK: '0',
            realRp: '27060525',
          },
          {
            kode: '5.03.02.2.04.05',
            nama: 'Pengelolaan Tanda Jasa bagi Pegawai',
            indikator: 'Jumlah ASN yang Diberikan Tanda Jasa',
            target: '150',
            satuan: 'Orang',
            pagu: '46348300',
            realK: '0',
            realRp: '0',
          },
          {
            kode: '5.03.02.2.04.07',
            nama: 'Pembinaan Disiplin ASN',
            indikator: 'Jumlah ASN yang Mendapatkan Pembinaan Kedisiplinan',
            target: '500',
            satuan: 'Orang',
            pagu: '80632700',
            realK: '500',
            realRp: '0',
          },
          {
            kode: '5.03.02.2.04.08',
            nama: 'Pengelolaan Penyelesaian Pelanggaran Disiplin ASN',
            indikator: 'Jumlah Laporan Hasil Pengelolaan Penyelesaian Pelanggaran Disiplin ASN',
            target: '30',
            satuan: 'Laporan',
            pagu: '27459500',
            realK: '12',
            realRp: '0',
          },
          {
            kode: '5.03.02.2.04.09',
            nama: 'Pelayanan Proses Izin Perceraian Pegawai',
            indikator: 'Jumlah Dokumen Proses Izin Perceraian Pegawai yang Dilayani',
            target: '30',
            satuan: 'Dokumen',
            pagu: '18084900',
            realK: '3',
            realRp: '0',
          },
          {
            kode: '5.03.02.2.04.10',
            nama: 'Evaluasi Disiplin ASN',
            indikator: 'Jumlah Laporan Hasil Evaluasi Disiplin ASN',
            target: '1',
            satuan: 'Laporan',
            pagu: '16822900',
            realK: '0',
            realRp: '0',
          },
        ],
      },
    ],
  },
  {
    kode: '5.04.02',
    nama: 'Program Pengembangan Sumber Daya Manusia',
    indikator: 'Persentase ASN yang telah mengikuti pengembangan kompetensi teknis, manajerial, fungsional, formal dan non formal',
    target: '45',
    satuan: '%',
    realK: '10',
    agregasi: 'kumulatif',
    keterangan: 'Rencana anggaran TW I (Tabel 3.2): Rp 138.087.500; realisasi TW I Rp 18.817.200 (14% terhadap rencana TW I).',
    parent: 'smp-1-1',
    penanggungJawab: 'Bidang Pengembangan Kompetensi Aparatur',
    kegiatan: [
      {
        kode: '5.04.02.2.01',
        nama: 'Pengembangan Kompetensi Teknis',
        indikator: 'Jumlah Laporan Pengembangan Kompetensi Teknis ASN',
        target: '2',
        satuan: 'Laporan',
        realK: '0',
        keterangan: 'LAMPIRAN: target Renja 2024 = 1 Dokumen (Tabel 2.4: 2 Laporan).',
        subs: [
          {
            kode: '5.04.02.2.01.01',
            nama: 'Penyusunan Kebijakan Teknis dan Rencana Pengembangan Kompetensi Teknis Umum, Inti, dan Pilihan bagi Jabatan Administrasi Penyelenggara Urusan Pemerintahan Konkuren, Perangkat Daerah Penunjang, dan Urusan Pemerintahan Umum',
            indikator:
              'Jumlah Kebijakan Teknis dan Rencana Pengembangan Kompetensi Teknis Umum, Inti, dan Pilihan bagi Jabatan Administrasi Penyelenggara Urusan Pemerintahan Konkuren, Perangkat Daerah Penunjang, dan Urusan Pemerintahan Umum yang Disusun',
            target: '1',
            satuan: 'Dokumen',
            pagu: '32483000',
            realK: '0',
            realRp: '0',
          },
          {
            kode: '5.04.02.2.01.03',
            nama: 'Penyelenggaraan Pengembangan Kompetensi Teknis Umum, Inti, dan Pilihan bagi Jabatan Administrasi Penyelenggara Urusan Pemerintahan Konkuren, Perangkat Daerah Penunjang, dan Urusan Pemerintahan Umum',
            indikator: 'Jumlah ASN yang Mengikuti Pengembangan Kompetensi',
            target: '20',
            satuan: 'Orang',
            pagu: '98572800',
            realK: '3',
            realRp: '16767200',
          },
        ],
      },
      {
        kode: '5.04.02.2.02',
        nama: 'Sertifikasi, Kelembagaan, Pengembangan Kompetensi Manajerial dan Fungsional',
        indikator: 'Jumlah Laporan Sertifikasi, Kelembagaan Pengembangan Kompetensi Manajerial dan Fungsional',
        target: '1',
        satuan: 'Laporan',
        // Column 9 K = 0 (the row also prints 0,5 under TW III and TW IV, which a TW I report cannot have).
        realK: '0',
        subs: [
          {
            kode: '5.04.02.2.02.07',
            nama: 'Penyelenggaraan Pengembangan Kompetensi bagi Pimpinan Daerah, Jabatan Pimpinan Tinggi, Jabatan Fungsional, Kepemimpinan, dan Prajabatan',
            indikator:
              'Jumlah Laporan Hasil Penyelenggaraan Pengembangan Kompetensi bagi Pimpinan Daerah, Jabatan Pimpinan Tinggi Jabatan Fungsional, Kepemimpinan, dan Prajabatan',
            target: '4',
            satuan: 'Laporan',
            pagu: '450275600',
            realK: '0',
            realRp: '2050000',
          },
          {
            kode: '5.04.02.2.02.08',
            nama: 'Pembinaan, Pengoordinasian, Fasilitasi, Pemantauan, Evaluasi, dan Pelaporan Pelaksanaan Sertifikasi, Pengelolaan Kelembagaan dan Tenaga Pengembang Kompetensi, Pengelolaan Sumber Belajar, dan Kerja Sama, serta Pengembangan Kompetensi Pimpinan Daerah, Jabatan Pimpinan Tinggi, Kepemimpinan, dan Prajabatan',
            indikator:
              'Jumlah Dokumen Hasil Pembinaan, Koordinasi, Fasilitasi, Pemantauan, Evaluasi, dan Pelaporan Pelaksanaan Sertifikasi, Pengelolaan Kelembagaan dan Tenaga Pengembang Kompetensi, Pengelolaan Sumber Belajar, dan Kerja Sama',
            target: '2',
            satuan: 'Dokumen',
            pagu: '24437300',
            realK: '0',
            realRp: '0',
          },
        ],
      },
    ],
  },
  {
    kode: '5.03.01',
    nama: 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten / Kota',
    indikator: 'Persentase Terpenuhinya Kebutuhan Sarana dan Prasarana Kantor',
    target: '100',
    satuan: '%',
    // Printed "1" in column 9, but column 14 prints 15% and column 15 (= 7 + 13) prints "11 5" = 100 + 15:
    // the cell lost its second digit.
    realK: '15',
    agregasi: 'kumulatif',
    keterangan: 'Rencana anggaran TW I (Tabel 3.2): Rp 2.654.870.800; realisasi TW I Rp 1.364.941.860 (51% terhadap rencana TW I).',
    parent: 'smp-1-2',
    penanggungJawab: 'Sekretariat',
    kegiatan: [
      {
        kode: '5.03.01.2.01',
        nama: 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah',
        indikator: 'Jumlah Penyusunan Dokumen Perencanaan, Penggaran dan Evaluasi Kinerja Perangkat Daerah',
        target: '11',
        satuan: 'Dokumen',
        realK: '4',
        subs: [
          {
            kode: '5.03.01.2.01.01',
            nama: 'Penyusunan Dokumen Perencanaan Perangkat Daerah',
            indikator: 'Jumlah Dokumen Perencanaan Perangkat Daerah',
            target: '2',
            satuan: 'Dokumen',
            pagu: '1227600',
            realK: '1',
            realRp: '0',
          },
          {
            kode: '5.03.01.2.01.06',
            nama: 'Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD',
            indikator:
              'Jumlah Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD dan Laporan Hasil Koordinasi Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD',
            target: '5',
            satuan: 'Laporan',
            pagu: '1083700',
            realK: '3',
            realRp: '0',
          },
        ],
      },
      {
        kode: '5.03.01.2.02',
        nama: 'Administrasi Keuangan Perangkat Daerah',
        indikator: 'Jumlah Laporan Administrasi Keuangan Perangkat Daerah',
        target: '5',
        satuan: 'Laporan',
        realK: '0',
        subs: [
          {
            kode: '5.03.01.2.02.01',
            nama: 'Penyediaan Gaji dan Tunjangan ASN',
            indikator: 'Jumlah Orang yang Menerima Gaji dan Tunjangan ASN',
            target: '73',
            satuan: 'Orang/Bulan',
            pagu: '8063174529',
            realK: '3',
            realRp: '1174914497',
          },
          {
            kode: '5.03.01.2.02.05',
            nama: 'Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD',
            indikator: 'Jumlah laporan keuangan akhir tahun yang tersusun sesuai ketentuan',
            target: '5',
            satuan: 'Laporan',
            pagu: '1270500',
            realK: '5',
            realRp: '0',
          },
        ],
      },
      {
        kode: '5.03.01.2.05',
        nama: 'Administrasi Kepegawaian Perangkat Daerah',
        indikator: 'Jumlah Laporan Administrasi Kepegawaian Perangkat Daerah',
        target: '1',
        satuan: 'Laporan',
        realK: '0',
        subs: [
          {
            kode: '5.03.01.2.05.02',
            nama: 'Pengadaan Pakaian Dinas beserta Atribut Kelengkapannya',
            indikator: 'Jumlah Paket Pakaian Dinas beserta Atribut Kelengkapan',
            target: '1',
            satuan: 'Paket',
            pagu: '72655326',
            // Column 9 blank; column 13 prints 0.
            realK: '0',
            realRp: '0',
          },
          {
            kode: '5.03.01.2.05.09',
            nama: 'Pendidikan dan Pelatihan Pegawai Berdasarkan Tugas dan Fungsi',
            indikator: 'Jumlah Pegawai Berdasarkan Tugas dan Fungsi yang Mengikuti Pendidikan dan Pelatihan',
            target: '5',
            satuan: 'Orang',
            pagu: '30000000',
            // Column 9 blank; column 13 prints 0.
            realK: '0',
            realRp: '0',
          },
        ],
      },
      {
        kode: '5.03.01.2.06',
        nama: 'Administrasi Umum Perangkat Daerah',
        indikator: 'Jumlah Laporan Administrasi Umum Perangkat Daerah',
        target: '1',
        satuan: 'Laporan',
        realK: '0.25',
        subs: [
          {
            kode: '5.03.01.2.06.01',
            nama: 'Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor',
            indikator: 'Jumlah Paket Komponen Instalasi Listrik/Penerangan Bangunan Kantor yang Disediakan',
            target: '1',
            satuan: 'Paket',
            pagu: '33328900',
            realK: '0',
            realRp: '0',
          },
          {
            kode: '5.03.01.2.06.02',
            nama: 'Penyediaan Peralatan dan Perlengkapan Kantor',
            indikator: 'Jumlah Paket Peralatan dan Perlengkapan Kantor yang Disediakan',
            target: '1',
            satuan: 'Paket',
            pagu: '71687700',
            realK: '0',
            realRp: '0',
          },
          {
            kode: '5.03.01.2.06.04',
            nama: 'Penyediaan Bahan Logistik Kantor',
            indikator: 'Jumlah Paket Bahan Logistik Kantor yang Disediakan',
            target: '1',
            satuan: 'Paket',
            pagu: '53230100',
            realK: '0',
            realRp: '0',
          },
          {
            kode: '5.03.01.2.06.05',
            nama: 'Penyediaan Barang Cetakan dan Penggandaan',
            indikator: 'Jumlah Paket Barang Cetakan dan Penggandaan yang Disediakan',
            target: '1',
            satuan: 'Paket',
            pagu: '20650000',
            realK: '0',
            realRp: '0',
          },
          {
            kode: '5.03.01.2.06.06',
            nama: 'Penyediaan Bahan Bacaan dan Peraturan Perundang-undangan',
            indikator: 'Jumlah Dokumen Bahan Bacaan dan Peraturan Perundang-undangan yang Disediakan',
            target: '8',
            satuan: 'Dokumen',
            pagu: '14444300',
            realK: '0',
            realRp: '0',
          },
          {
            kode: '5.03.01.2.06.09',
            nama: 'Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD',
            indikator: 'Jumlah Laporan Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD',
            target: '12',
            satuan: 'Laporan',
            pagu: '81076000',
            realK: '3',
            realRp: '33191380',
          },
          {
            kode: '5.03.01.2.06.10',
            nama: 'Penatausahaan Arsip Dinamis pada SKPD',
            indikator: 'Jumlah Dokumen Penatausahaan Arsip Dinamis pada SKPD',
            target: '1',
            satuan: 'Dokumen',
            pagu: '51702600',
            realK: '0',
            realRp: '0',
          },
        ],
      },
      {
        kode: '5.03.01.2.07',
        nama: 'Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah',
        indikator: 'Jumlah Laporan Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah',
        target: '1',
        satuan: 'Laporan',
        realK: '0',
        subs: [
          {
            kode: '5.03.01.2.07.06',
            nama: 'Pengadaan Peralatan dan Mesin Lainnya',
            indikator: 'Jumlah Unit Peralatan dan Mesin Lainnya yang Disediakan',
            target: '10',
            satuan: 'Paket',
            pagu: '94187274',
            realK: '0',
            realRp: '0',
            keterangan: 'LAMPIRAN: target 10 Unit (Tabel 2.4: 10 Paket).',
          },
        ],
      },
      {
        kode: '5.03.01.2.08',
        nama: 'Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah',
        indikator: 'Tersedianya Jasa Penunjang Urusan Pemerintahan Daerah',
        target: '1',
        satuan: 'Laporan',
        realK: '1',
        subs: [
          {
            kode: '5.03.01.2.08.01',
            nama: 'Penyediaan Jasa Surat Menyurat',
            indikator: 'Jumlah Laporan Penyediaan Jasa Surat Menyurat',
            target: '12',
            satuan: 'Laporan',
            pagu: '11565600',
            realK: '3',
            realRp: '0',
          },
          {
            kode: '5.03.01.2.08.02',
            nama: 'Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik',
            indikator: 'Jumlah Laporan Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik yang Disediakan',
            target: '12',
            satuan: 'Laporan',
            pagu: '434732200',
            realK: '3',
            realRp: '84424699',
          },
          {
            kode: '5.03.01.2.08.04',
            nama: 'Penyediaan Jasa Pelayanan Umum Kantor',
            indikator: 'Jumlah Laporan Penyediaan Jasa Pelayanan Umum Kantor yang disediakan',
            target: '12',
            satuan: 'Laporan',
            pagu: '414632856',
            realK: '3',
            realRp: '67625671',
          },
        ],
      },
      {
        kode: '5.03.01.2.09',
        nama: 'Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah',
        indikator: 'Jumlah Laporan Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah',
        target: '1',
        satuan: 'Laporan',
        realK: '0',
        keterangan: 'LAMPIRAN: target Renja 2024 = 5 Laporan (Tabel 2.4: 1 Laporan).',
        subs: [
          {
            kode: '5.03.01.2.09.01',
            nama: 'Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, dan Pajak Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan',
            indikator: 'Jumlah Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan yang Dipelihara dan dibayarkan Pajaknya',
            target: '13',
            satuan: 'Unit',
            pagu: '46639000',
            realK: '1',
            realRp: '4785613',
            keterangan: 'LAMPIRAN: target Renja 2024 = 4 Unit (Tabel 2.4: 13 Unit); capaian TW I 25% dihitung terhadap 4.',
          },
          {
            kode: '5.03.01.2.09.09',
            nama: 'Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya',
            indikator: 'Jumlah Gedung Kantor dan Bangunan Lainnya yang Dipelihara/ Direhabilitasi',
            target: '2',
            satuan: 'Unit',
            pagu: '224720046',
            realK: '0',
            realRp: '0',
          },
        ],
      },
    ],
  },
];

function rowId(r: Row): string {
  return `smp-${r.kode || r.slug || r.nama}`;
}

function rowIndicator(r: Row, nodeId: string): Indicator {
  return makeIndicator({
    id: `${nodeId}-i1`,
    nama: r.indikator,
    satuan: r.satuan,
    polaritas: 'naik',
    agregasi: r.agregasi ?? 'kumulatif',
    target: { [Y]: r.target },
    realisasiTw: { [Y]: tw1(r.realK) },
  });
}

function rowNode(r: Row, level: Level, parentId: string, order: number, anggaran?: Anggaran): KNode {
  const id = rowId(r);
  return makeNode({
    id,
    level,
    parentId,
    order,
    kode: r.kode,
    nama: r.nama,
    keterangan: r.keterangan ?? '',
    indicators: [rowIndicator(r, id)],
    ...(anggaran ? { anggaran } : {}),
  });
}

export function buildSumenep(): KDocument {
  const nodes: KNode[] = [];

  // Level 0 — Tabel 2.1: the RPJMD tujuan of Misi 3 and the two RPJMD sasaran indicators the BKPSDM
  // intervenes. The seed gives no targets, units or fenomena for them.
  nodes.push(
    makeNode({
      id: 'smp-0',
      level: 0,
      parentId: null,
      sasaran: 'Meningkatkan Kualitas Pelayanan Publik melalui Tata Kelola Pemerintahan Yang Akuntabel, Tanggap dan Inovatif',
      keterangan:
        'RPJMD Kabupaten Sumenep 2021-2026, Misi 3: Mewujudkan tata kelola pemerintahan yang transparan, inovatif dan responsif dalam melayani masyarakat. Sasaran RPJMD yang diintervensi (Tabel 2.1): Pengembangan Kapasitas Aparatur Sipil Negara Pemerintah Daerah (Indeks Profesionalisme Aparatur); Terwujudnya Birokrasi Yang Akuntabel dan Transparan (Nilai SAKIP).',
      indicators: [
        makeIndicator({ id: 'smp-0-i1', nama: 'Indeks Profesionalisme Aparatur', agregasi: 'nilai_akhir' }),
        makeIndicator({ id: 'smp-0-i2', nama: 'Nilai SAKIP', agregasi: 'nilai_akhir' }),
      ],
    }),
  );

  // Level 1 — sasaran perangkat daerah with their tujuan's indicator alongside (Tabel 2.2 adjusted
  // targets, Tabel 2.3 IKU definitions, Tabel 3.1 TW I realisation, Tabel 3.3 penanggung jawab).
  // Targets: the second ("penyesuaian target untuk tahun 2024") table of section 2.1. It prints only
  // four values for Indeks Penilaian Sistem Merit (0,45 0,50 0,70 0,60) and for Persentase Capaian
  // Kinerja PD (91 92 96 97): read as 2022–2025, 2026 left empty. (The original Tabel 2.2 had
  // 0,45…0,65 / 91…95 and IP ASN 62 64 66 68 70.)
  nodes.push(
    makeNode({
      id: 'smp-1-1',
      level: 1,
      parentId: 'smp-0',
      order: 0,
      sasaran: 'Meningkatnya Kualitas Kinerja dan Kompetensi ASN di Lingkungan Pemerintah Kabupaten Sumenep',
      keterangan: 'Tujuan 1: Terwujudnya Profesionalisme Aparatur Sipil Negara Pemerintah Daerah (indikator tujuan: Indeks Profesionalitas ASN).',
      penanggungJawab: BIDANG_4,
      indicators: [
        makeIndicator({
          id: 'smp-1-1-ip',
          nama: 'Indeks Profesionalitas ASN',
          satuan: 'Nilai',
          polaritas: 'naik',
          agregasi: 'nilai_akhir',
          definisi:
            'Indeks Profesionalitas ASN (IP ASN) adalah ukuran statistik yang menggambarkan kualitas ASN berdasarkan kesesuaian kualifikasi, kompetensi, kinerja, dan kedisiplinan pegawai ASN dalam melaksanakan tugas jabatan. Dimensi dan bobot: Kualifikasi (25%), Kompetensi (40%), Kinerja (30%), Disiplin (5%); nilai = jumlah nilai tertimbang seluruh dimensi.',
          sumberData: 'Laporan Hasil Penilaian IP ASN oleh BKN; realisasi TW I: SI-ASN BKN per 31 Maret 2024 (hasil pengukuran sementara)',
          target: { '2022': '62', '2023': '64', '2024': '84', '2025': '84', '2026': '85' },
          // Tabel 3.1: target 84, realisasi 59, capaian "70" (59/84 = 70,24%, Sedang).
          realisasiTw: { [Y]: tw1('59') },
        }),
        makeIndicator({
          id: 'smp-1-1-ism',
          nama: 'Indeks Penilaian Sistem Merit',
          satuan: 'Nilai',
          polaritas: 'naik',
          agregasi: 'nilai_akhir',
          definisi:
            'Indeks Sistem Merit (ISM) adalah ukuran yang digunakan sebagai standar penilaian penerapan Sistem Merit pada Instansi Pemerintah (Permenpan Nomor 40 Tahun 2018); dihitung dalam SIPINTER.',
          sumberData: 'Laporan Hasil Penilaian Sistem Merit oleh Komisi Aparatur Sipil Negara',
          target: { '2022': '0.45', '2023': '0.5', '2024': '0.7', '2025': '0.6' },
          // Tabel 3.1: "-" (belum dinilai oleh KASN).
          realisasiTw: { [Y]: [null, null, null, null] },
        }),
      ],
    }),
    makeNode({
      id: 'smp-1-2',
      level: 1,
      parentId: 'smp-0',
      order: 1,
      sasaran: 'Meningkatnya Capaian Kinerja Perangkat Daerah',
      keterangan: 'Tujuan 2: Meningkatkan Akuntabilitas Kinerja Perangkat Daerah (indikator tujuan: Nilai SAKIP Perangkat Daerah).',
      penanggungJawab: `${BIDANG_4}; Sekretariat`,
      indicators: [
        makeIndicator({
          id: 'smp-1-2-sakip',
          nama: 'Nilai SAKIP Perangkat Daerah',
          satuan: 'Nilai',
          polaritas: 'naik',
          agregasi: 'nilai_akhir',
          definisi: 'Mengukur kualitas implementasi manajemen kinerja (SAKIP) BKPSDM; dasar Permenpan RB Nomor 88 Tahun 2021; dihitung dalam LKE AKIP.',
          sumberData: 'Laporan Hasil Evaluasi Akuntabilitas Kinerja Instansi Pemerintah oleh Inspektorat Daerah',
          target: { '2022': '89.85', '2023': '89.9', '2024': '89.95', '2025': '89.98', '2026': '90' },
          // Tabel 3.1: "-" (belum dinilai oleh Inspektorat).
          realisasiTw: { [Y]: [null, null, null, null] },
        }),
        makeIndicator({
          id: 'smp-1-2-capaian',
          nama: 'Persentase Capaian Kinerja Perangkat Daerah',
          satuan: '%',
          polaritas: 'naik',
          // Progress towards the year's target: the evaluation form adds the quarters (col 13 = 9+…+12).
          agregasi: 'kumulatif',
          definisi:
            'Progress capaian dari masing-masing Program dan Kegiatan yang dilaksanakan BKPSDM; realisasi kinerja dibandingkan target kinerja dikali 100%.',
          sumberData: 'Laporan Keterangan Pertanggungjawaban Instansi Pemerintah (LKPJ) BKPSDM Kabupaten Sumenep; realisasi TW I: Hasil Evaluasi Renja Perangkat Daerah',
          target: { '2022': '91', '2023': '92', '2024': '96', '2025': '97' },
          // Tabel 3.1: realisasi 18, capaian 18,75%.
          realisasiTw: { [Y]: tw1('18') },
        }),
      ],
    }),
  );

  // Levels 2–4 — Tabel 2.4 + LAMPIRAN.
  const orderIn: Record<string, number> = {};
  const next = (parent: string): number => {
    const o = orderIn[parent] ?? 0;
    orderIn[parent] = o + 1;
    return o;
  };
  for (const p of PROGRAMS) {
    const pNode = rowNode(p, 2, p.parent, next(p.parent));
    pNode.penanggungJawab = p.penanggungJawab;
    nodes.push(pNode);
    for (const k of p.kegiatan) {
      const kNode = rowNode(k, 3, pNode.id, next(pNode.id));
      nodes.push(kNode);
      for (const s of k.subs) {
        nodes.push(
          rowNode(s, 4, kNode.id, next(kNode.id), {
            pagu: { [Y]: s.pagu },
            rencanaTw: {},
            realisasiTw: { [Y]: tw1(s.realRp) },
          }),
        );
      }
    }
  }

  return {
    schemaVersion: SCHEMA_VERSION,
    project: makeProject({
      id: 'sample-sumenep-2024',
      nama: 'Pohon Kinerja BKPSDM Kabupaten Sumenep (Renstra 2021–2026, TW I 2024)',
      instansi: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Sumenep',
      periodeAwal: 2021,
      periodeAkhir: 2026,
      tahun: 2024,
      triwulan: 1,
      settings: settingsSchema.parse({ levelTerendah: 4 }),
    }),
    nodes: Object.fromEntries(nodes.map((n) => [n.id, n])),
    acknowledgements: [],
  };
}
