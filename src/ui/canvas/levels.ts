import type { Level } from '../../domain/model';

export interface LevelDef {
  /** CSS variable holding the level colour (defined in styles.css). */
  colorVar: string;
  short: { id: string; en: string };
}

/** Node kinds by level. Names shown on cards come from the project's level names. */
export const LEVEL_DEFS = {
  0: { colorVar: '--lvl-0', short: { id: 'L0 · Pemda', en: 'L0 · Region' } },
  1: { colorVar: '--lvl-1', short: { id: 'L1 · Sasaran PD', en: 'L1 · Agency goal' } },
  2: { colorVar: '--lvl-2', short: { id: 'L2 · Program', en: 'L2 · Program' } },
  3: { colorVar: '--lvl-3', short: { id: 'L3 · Kegiatan', en: 'L3 · Activity' } },
  4: { colorVar: '--lvl-4', short: { id: 'L4 · Sub kegiatan', en: 'L4 · Sub-activity' } },
  5: { colorVar: '--lvl-5', short: { id: 'L5 · Aktivitas', en: 'L5 · Action' } },
} satisfies Record<Level, LevelDef>;

/** Predikat label → CSS class of its colour. */
export function predikatClass(label: string | null | undefined): string {
  switch (label) {
    case 'Sangat Tinggi':
      return 'pk-st';
    case 'Tinggi':
      return 'pk-t';
    case 'Sedang':
      return 'pk-s';
    case 'Rendah':
      return 'pk-r';
    case 'Sangat Rendah':
      return 'pk-sr';
    default:
      return 'pk-none';
  }
}
