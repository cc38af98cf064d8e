import type { KDocument } from '../domain/model';
import { buildLkj2023 } from './lkj2023';
import { buildLumajang } from './lumajang';
import { buildSumenep } from './sumenep';
import { generatePemda } from '../domain/generate';

/** A hand-built sample document; `build()` returns a fresh document on every call. */
export interface Sample {
  id: string;
  title: { id: string; en: string };
  build: () => KDocument;
  /** Test fixtures that are not offered in the app's sample picker. */
  hidden?: boolean;
}

export const SAMPLES: Sample[] = [
  {
    id: 'lumajang-2024',
    title: {
      id: 'BKD Kabupaten Lumajang — Pohon Kinerja 2024–2026 (TW I 2024)',
      en: 'BKD Lumajang Regency — performance tree 2024–2026 (Q1 2024)',
    },
    build: buildLumajang,
  },
  {
    id: 'sumenep-2024',
    title: {
      id: 'BKPSDM Kabupaten Sumenep — Renstra 2021–2026 (TW I 2024)',
      en: 'BKPSDM Sumenep Regency — strategic plan 2021–2026 (Q1 2024)',
    },
    build: buildSumenep,
  },
  {
    id: 'pemda-20k',
    title: {
      id: 'Pemda sintetis — 40 perangkat daerah, 20.000 node (uji skala)',
      en: 'Synthetic regency — 40 agencies, 20,000 nodes (scale test)',
    },
    build: () => generatePemda({ seed: 2024, nodes: 20000 }),
  },
  {
    id: 'lkj-2023',
    title: {
      id: 'LKj 2023 BKD Lumajang, sebagaimana tercetak (berisi kesalahan)',
      en: 'BKD Lumajang 2023 performance report as printed (contains errors)',
    },
    build: buildLkj2023,
    hidden: true,
  },
];

/** Samples offered in the picker (fixtures excluded). */
export function visibleSamples(): Sample[] {
  return SAMPLES.filter((s) => !s.hidden);
}

export function findSample(id: string): Sample | undefined {
  return SAMPLES.find((s) => s.id === id);
}
