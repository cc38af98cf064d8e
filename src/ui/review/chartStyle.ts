import { useMemo } from 'react';
import { TONE_FALLBACK, TONE_VARS } from '../fields/display';

export const NONE_COLOR = '#94a3b8';
export const ANGGARAN_COLOR = '#1e3a8a';

/** The predikat colours from the shell's CSS variables (SVG fills need resolved colours). */
export function useToneColors(): string[] {
  return useMemo(() => {
    const style = typeof document === 'undefined' ? null : getComputedStyle(document.documentElement);
    return TONE_VARS.map((v, i) => style?.getPropertyValue(v).trim() || TONE_FALLBACK[i] || NONE_COLOR);
  }, []);
}

const id2 = new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const id0 = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });
/** Indonesian number for chart labels (91,36), plain spaces. */
export const fmt2 = (v: unknown): string => (typeof v === 'number' ? id2.format(v).replace(/\u00a0/g, ' ') : '');
export const fmt0 = (v: unknown): string => (typeof v === 'number' ? id0.format(v).replace(/\u00a0/g, ' ') : '');

/** Large axis labels: the charts are shown on projectors. */
export const TICK = { fontSize: 15, fill: '#0f172a' };
export const AXIS_W = 340;
