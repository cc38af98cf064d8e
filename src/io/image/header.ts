import { LEVELS } from '../../domain/model';
import type { Project } from '../../domain/model';
import { escapeXml, fitXml, r1 } from './card';
import { ROMAN, dateTime } from './format';
import type { ImageLabels, ImageLang } from './labels';
import { INK, LEVEL_COLOR, MUTED, NO_PREDIKAT_BG, PAGE_LINE, PREDIKAT_COLORS, predikatColor } from './theme';
import { textWidth } from './textMetrics';

/** What the title block says. */
export interface TitleInfo {
  project: Project;
  year: number;
  tw: number;
  /** Optional version name typed by the user. */
  versionName?: string;
  exportedAt: Date;
  /** Scope line: "Seluruh pohon", "Cabang: 5.03 …", "Tampilan saat ini". */
  scope: string;
  /** "Halaman 3 dari 16", or the overview's heading. */
  pageLabel?: string;
}

export interface HeaderContext {
  lang: ImageLang;
  labels: ImageLabels;
  /** Show the predikat colours (when capaian badges are on). */
  predikat: boolean;
  /** Draw the legend (pages of a PDF leave it to the overview page). */
  legend: boolean;
}

export interface HeaderBlock {
  svg: string;
  height: number;
}

export const HEADER_PAD = 20;
const LEGEND_LINE = 22;

/** CSS for the title block's text. */
export function headerCss(): string {
  return `.ht{font-size:20px;font-weight:700;fill:${INK}}.hp{font-size:16px;font-weight:700;fill:#1d4ed8}.hm{font-size:12px;fill:${MUTED}}.hl{font-size:12px;fill:${INK}}.hb{font-size:12px;font-weight:700;fill:${INK}}`;
}

type Item = { w: number; svg: (x: number, y: number) => string };

function legendItems(info: TitleInfo, ctx: HeaderContext): Item[] {
  const items: Item[] = [];
  const word = (text: string, cls: string, weight: number): Item => ({
    w: textWidth(text, 12, weight) + 10,
    svg: (x, y) => `<text class="${cls}" x="${r1(x)}" y="${r1(y)}">${escapeXml(text)}</text>`,
  });
  items.push(word(`${ctx.labels.level}:`, 'hb', 700));
  for (const l of LEVELS) {
    const text = `L${l} ${info.project.levelNames[`${l}`] ?? ''}`.trim();
    items.push({
      w: 20 + textWidth(text, 12) + 14,
      svg: (x, y) => `<rect x="${r1(x)}" y="${r1(y - 10)}" width="14" height="11" rx="2" fill="${LEVEL_COLOR[l]}"/><text class="hl" x="${r1(x + 20)}" y="${r1(y)}">${escapeXml(text)}</text>`,
    });
  }
  if (!ctx.predikat) return items;
  items.push(word(`${ctx.labels.predikat}:`, 'hb', 700));
  const bands = info.project.settings.predikat;
  bands.forEach((b, i) => {
    const range = b.min !== null ? `${b.min.replace('.', ',')}+` : i > 0 && bands[i - 1]?.min ? `< ${String(bands[i - 1]?.min).replace('.', ',')}` : '';
    const text = `${b.label}${range ? ` ${range}` : ''}`;
    const colour = predikatColor(b.label, bands) ?? PREDIKAT_COLORS[Math.min(i, PREDIKAT_COLORS.length - 1)];
    items.push({
      w: 26 + textWidth(text, 12) + 14,
      svg: (x, y) => `<rect x="${r1(x)}" y="${r1(y - 11)}" width="20" height="13" rx="6.5" fill="${colour}"/><text class="hl" x="${r1(x + 26)}" y="${r1(y)}">${escapeXml(text)}</text>`,
    });
  });
  items.push({
    w: 26 + textWidth(ctx.labels.noCapaian, 12) + 14,
    svg: (x, y) => `<rect x="${r1(x)}" y="${r1(y - 11)}" width="20" height="13" rx="6.5" fill="${NO_PREDIKAT_BG}"/><text class="hl" x="${r1(x + 26)}" y="${r1(y)}">${escapeXml(ctx.labels.noCapaian)}</text>`,
  });
  items.push(word(ctx.labels.rollup, 'hm', 400));
  return items;
}

/** The metadata line: Renstra period, year and triwulan, version, export date, scope. */
export function metaLine(info: TitleInfo, lang: ImageLang, labels: ImageLabels): string {
  const p = info.project;
  const parts = [`${labels.renstra} ${p.periodeAwal}–${p.periodeAkhir}`, `${labels.year} ${info.year} · TW ${ROMAN[info.tw - 1] ?? info.tw}`];
  if (info.versionName?.trim()) parts.push(`${labels.version}: ${info.versionName.trim()}`);
  parts.push(`${labels.exported} ${dateTime(info.exportedAt, lang)}`);
  parts.push(info.scope);
  return parts.join(' · ');
}

/**
 * The title block and legend across the top of a picture `width` px wide, wrapping the legend
 * onto as many lines as it needs. Drawn at the origin; `height` includes a rule under it.
 */
export function headerSvg(info: TitleInfo, width: number, ctx: HeaderContext): HeaderBlock {
  const inner = width - 2 * HEADER_PAD;
  const p = info.project;
  let s = '<g class="header">';
  const pageW = info.pageLabel ? textWidth(info.pageLabel, 16, 700) + 24 : 0;
  const title = `${ctx.labels.title} — ${p.instansi || p.nama || '—'}`;
  s += `<text class="ht" x="${HEADER_PAD}" y="${HEADER_PAD + 20}">${fitXml(title, inner - pageW, 20, 700)}</text>`;
  if (info.pageLabel) s += `<text class="hp" x="${r1(width - HEADER_PAD)}" y="${HEADER_PAD + 19}" text-anchor="end">${escapeXml(info.pageLabel)}</text>`;
  s += `<text class="hm" x="${HEADER_PAD}" y="${HEADER_PAD + 42}">${fitXml(metaLine(info, ctx.lang, ctx.labels), inner, 12)}</text>`;
  let y = HEADER_PAD + 68;
  let x = HEADER_PAD;
  if (!ctx.legend) y -= LEGEND_LINE;
  for (const it of ctx.legend ? legendItems(info, ctx) : []) {
    if (x > HEADER_PAD && x + it.w > width - HEADER_PAD) {
      x = HEADER_PAD;
      y += LEGEND_LINE;
    }
    s += it.svg(x, y);
    x += it.w;
  }
  const height = Math.ceil(y + 14);
  s += `<rect x="0" y="${height - 1}" width="${r1(width)}" height="1" fill="${PAGE_LINE}"/></g>`;
  return { svg: s, height };
}

/** Height of the title block at `width` (for planning pages before drawing them). */
export function headerHeight(info: TitleInfo, width: number, ctx: HeaderContext): number {
  return headerSvg(info, width, ctx).height;
}
