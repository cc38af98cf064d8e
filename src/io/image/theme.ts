import type { Level, PredikatBand } from '../../domain/model';

/**
 * The exported pictures' visual design: the canvas card's colours and sizes (see ui/styles.css,
 * `--lvl-*` and `--pk-*`), repeated here because an exported file must not depend on the page's CSS.
 */
export const LEVEL_COLOR: Record<Level, string> = {
  0: '#7c3aed',
  1: '#2563eb',
  2: '#0891b2',
  3: '#059669',
  4: '#ca8a04',
  5: '#64748b',
};

/** Short level labels on cards, as on the canvas. */
export const LEVEL_SHORT: Record<'id' | 'en', Record<Level, string>> = {
  id: { 0: 'L0 · Pemda', 1: 'L1 · Sasaran PD', 2: 'L2 · Program', 3: 'L3 · Kegiatan', 4: 'L4 · Sub kegiatan', 5: 'L5 · Aktivitas' },
  en: { 0: 'L0 · Region', 1: 'L1 · Agency goal', 2: 'L2 · Program', 3: 'L3 · Activity', 4: 'L4 · Sub-activity', 5: 'L5 · Action' },
};

/** Predikat colours, highest band first (Sangat Tinggi … Sangat Rendah). */
export const PREDIKAT_COLORS = ['#15803d', '#65a30d', '#d97706', '#ea580c', '#dc2626'] as const;
export const NO_PREDIKAT_BG = '#e2e8f0';

export const INK = '#0f172a';
export const MUTED = '#64748b';
export const BODY = '#334155';
export const CARD_BORDER = '#cbd5e1';
export const EDGE = '#b1b1b7';
export const EDGE_STACK = '#94a3b8';
export const EDGE_CROSS = '#db2777';
export const PAGE_LINE = '#e2e8f0';

export const FONT_STACK = "Inter, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/** No text in an exported picture is smaller than this, at scale 1 (the legibility floor). */
export const MIN_TEXT_PX = 10;

/** Font sizes (px at scale 1) and weights of the card's text, from the canvas card's CSS. */
export const TEXT = {
  level: { size: 11, weight: 700 },
  kode: { size: 10, weight: 400 },
  badge: { size: 11, weight: 700 },
  rollup: { size: 10, weight: 400 },
  sasaran: { size: 13, weight: 600, line: 16.25 },
  sasaran5: { size: 12, weight: 500, line: 15 },
  indName: { size: 12, weight: 400 },
  indNums: { size: 11, weight: 400 },
  pagu: { size: 11, weight: 600 },
  marker: { size: 10, weight: 600 },
} as const;

/** Colour of a predikat label: by the canonical names, else by its band's rank in the project scale. */
export function predikatColor(label: string | null | undefined, bands: readonly PredikatBand[]): string | null {
  if (!label) return null;
  const canonical = ['Sangat Tinggi', 'Tinggi', 'Sedang', 'Rendah', 'Sangat Rendah'].indexOf(label);
  const rank = canonical >= 0 ? canonical : bands.findIndex((b) => b.label === label);
  if (rank < 0) return null;
  return PREDIKAT_COLORS[Math.min(rank, PREDIKAT_COLORS.length - 1)] ?? null;
}
