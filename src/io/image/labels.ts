/** Text inside exported pictures (part of the file, like column names of a sheet). Bahasa Indonesia first. */
export const IMAGE_LABELS = {
  id: {
    title: 'Pohon Kinerja',
    renstra: 'Renstra',
    year: 'Tahun',
    version: 'Versi',
    exported: 'Diekspor',
    page: 'Halaman {k} dari {n}',
    overview: 'Ikhtisar halaman — {n} halaman',
    overviewHint: 'Kotak bernomor menunjukkan letak tiap halaman pada pohon.',
    whole: 'Seluruh pohon',
    branch: 'Cabang',
    view: 'Tampilan saat ini',
    level: 'Level',
    predikat: 'Predikat',
    noCapaian: 'Belum ada capaian',
    rollup: '↓ = capaian turunan',
    target: 'Target',
    realisasi: 'Realisasi',
    parentOn: '↑ induk: hal. {k}',
    parentLeft: '↑ induk: kolom kiri',
    childrenOn: '↓ lanjut: hal. {k}',
    nodes: '{n} node',
  },
  en: {
    title: 'Performance Tree',
    renstra: 'Renstra',
    year: 'Year',
    version: 'Version',
    exported: 'Exported',
    page: 'Page {k} of {n}',
    overview: 'Page overview — {n} pages',
    overviewHint: 'Numbered boxes show where each page sits in the tree.',
    whole: 'Whole tree',
    branch: 'Branch',
    view: 'Current view',
    level: 'Level',
    predikat: 'Rating',
    noCapaian: 'No achievement yet',
    rollup: '↓ = roll-up achievement',
    target: 'Target',
    realisasi: 'Actual',
    parentOn: '↑ parent: p. {k}',
    parentLeft: '↑ parent: column to the left',
    childrenOn: '↓ continues: p. {k}',
    nodes: '{n} nodes',
  },
} as const;

export type ImageLang = keyof typeof IMAGE_LABELS;
export type ImageLabels = (typeof IMAGE_LABELS)[ImageLang];

export function fill(s: string, vars: Record<string, string | number>): string {
  return s.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}
