import type { NoCapaianReason } from '../../domain/capaian';
import type { KNode, Level, PredikatBand } from '../../domain/model';
import type { StringKey } from '../i18n';

/** Roman quarter labels, TW I … TW IV. */
export const TW_LABELS = ['I', 'II', 'III', 'IV'] as const;
export const QUARTER_NUMBERS = [1, 2, 3, 4] as const;

/** The key a node goes by in test ids: its kode, else its id. */
export function testKey(node: Pick<KNode, 'id' | 'kode'>): string {
  const k = node.kode.trim();
  return k === '' ? node.id : k;
}

/** Colour of a level from the shell's CSS variables, with a fallback when they are missing. */
const LEVEL_FALLBACK = ['#7c3aed', '#2563eb', '#0891b2', '#059669', '#ca8a04', '#64748b'] as const;
export function levelColor(level: Level): string {
  return `var(--lvl-${level}, ${LEVEL_FALLBACK[level]})`;
}

/**
 * Tone 0 (best) … 4 (worst) of a predikat on the project's scale (highest band first), so a
 * renamed or shorter scale still spreads over the five colours; null when the label is not on it.
 */
export function predikatTone(label: string | null | undefined, scale: readonly PredikatBand[]): number | null {
  if (!label) return null;
  const i = scale.findIndex((b) => b.label === label);
  if (i < 0) return null;
  if (scale.length <= 1) return 0;
  return Math.round((i * 4) / (scale.length - 1));
}

/** The predikat tones' CSS variables (ui/styles.css), highest band first, and their values. */
export const TONE_VARS = ['--pk-st', '--pk-t', '--pk-s', '--pk-r', '--pk-sr'] as const;
export const TONE_FALLBACK = ['#15803d', '#65a30d', '#d97706', '#ea580c', '#dc2626'] as const;
export function toneColor(tone: number): string {
  const t = Math.max(0, Math.min(4, tone));
  return `var(${TONE_VARS[t]}, ${TONE_FALLBACK[t]})`;
}

/** The sentence that explains a missing capaian. */
export const REASON_KEYS = {
  'no-target': 'reasonNoTarget',
  'target-zero': 'reasonTargetZero',
  'no-realisasi': 'reasonNoRealisasi',
  'realisasi-zero': 'reasonRealisasiZero',
  'formula-error': 'reasonFormulaError',
  'no-indicator': 'reasonNoIndicator',
  'no-indicator-capaian': 'reasonNoIndicatorCapaian',
} as const satisfies Record<NoCapaianReason, StringKey>;

export function reasonKey(reason: NoCapaianReason | null | undefined): StringKey {
  return reason ? REASON_KEYS[reason] : 'reasonUnknown';
}

/** Placeholders for a triwulan in messages: `{tw}` Roman (TW II) for Bahasa Indonesia, `{q}` a digit (Q2) for English. */
export function twVars(tw: number): { tw: string; q: number } {
  return { tw: TW_LABELS[tw - 1] ?? String(tw), q: tw };
}
