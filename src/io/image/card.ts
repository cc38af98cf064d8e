import type { NodeResult } from '../../domain/evaluate';
import type { Box } from '../../domain/layout';
import { CARD } from '../../domain/layout';
import { LEVELS } from '../../domain/model';
import type { KNode, PredikatBand } from '../../domain/model';
import { pct, rupiah, target, value } from './format';
import type { ImageLabels, ImageLang } from './labels';
import { BODY, CARD_BORDER, INK, LEVEL_COLOR, LEVEL_SHORT, MUTED, NO_PREDIKAT_BG, PREDIKAT_COLORS, TEXT, predikatColor } from './theme';
import { fitCut, textWidth, wrapCut } from './textMetrics';

/** Rounds to 0.1 px: shorter files, no visible difference. */
export const r1 = (n: number): number => Math.round(n * 10) / 10;

/** What every card of one picture shares. */
export interface CardContext {
  lang: ImageLang;
  labels: ImageLabels;
  /** Capaian badges (and roll-up figures) on or off. */
  badges: boolean;
  /** The year the figures are read at, as a target key ("2024"). */
  yearKey: string;
  bands: readonly PredikatBand[];
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for XML content and attributes, dropping characters XML 1.0 forbids. */
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f\u0100-\uffff]/;
// eslint-disable-next-line no-control-regex
const ESCAPE = /[\ud800-\udbff][\udc00-\udfff]|[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f\u0100-\uffff]/g;

function escapeOne(c: string): string {
  const x = XML_ESCAPES[c];
  if (x) return x;
  const code = c.codePointAt(0) as number;
  // Control characters XML 1.0 forbids, and unpaired surrogates, are dropped.
  return code < 0x20 || code === 0xfffe || code === 0xffff || (code >= 0xd800 && code <= 0xdfff) ? '' : `&#${code};`;
}

/**
 * Text beyond Latin-1 escaped into a new one-byte string. (V8 keeps a string two bytes per
 * character once any part of it was, even after `replace` removed those characters, and one
 * such piece doubles the memory and time of joining a whole 12 MB picture.)
 */
function escapeWide(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      out += escapeOne(s.slice(i, i + 2));
      i++;
    } else out += c < 0x100 && !XML_ESCAPES[s[i] as string] && c >= 0x20 ? String.fromCharCode(c) : escapeOne(s[i] as string);
  }
  return out;
}

/**
 * Escapes text for XML content and attributes, drops characters XML 1.0 forbids, and writes
 * characters beyond Latin-1 as numeric references, so that the picture's string stays one byte
 * per character.
 */
export function escapeXml(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return s;
  return WIDE.test(s) ? escapeWide(s) : s.replace(ESCAPE, escapeOne);
}

const WIDE = /[\u0100-\uffff]/;

/** Escapes a part of `whole`: a part of a wide string is rebuilt one byte per character. */
function escapePart(part: string, whole: string): string {
  return whole !== part && WIDE.test(whole) ? escapeWide(part) : escapeXml(part);
}

/** Text cut to fit `maxW`, escaped, with the ellipsis as a character reference. */
export function fitXml(text: string, maxW: number, size: number, weight = 400): string {
  const cut = fitCut(text, maxW, size, weight);
  return cut < 0 ? escapeXml(text) : escapePart(text.slice(0, cut).trimEnd(), text) + DOTS;
}

/** "↓" and "—" as references (see escapeXml). */
const DOWN = '&#8595;';
const DASH = '&#8212;';
const DOTS = '&#8230;';

const PAD_X = 10;
const HEAD_TOP = 11;
const HEAD_H = 15.3;
const HEAD_BASE = 22.6;
/** Baselines (card-relative) of the sasaran's first line, the indicator name and its figures. */
const SAS_TOP = HEAD_TOP + HEAD_H + 3;
const SAS_BASE = r1(SAS_TOP + TEXT.sasaran.line / 2 + TEXT.sasaran.size * 0.36);
const SAS5_BASE = r1(SAS_TOP + TEXT.sasaran5.line / 2 + TEXT.sasaran5.size * 0.36);
/** The indicator follows the sasaran (one or two lines), as in the card's flex column. */
const IND_BASE = [1, 2].map((n) => r1(SAS_TOP + TEXT.sasaran.line * n + 3 + 11.9));
const NUMS_BASE = [1, 2].map((n) => r1(SAS_TOP + TEXT.sasaran.line * n + 3 + 15 + 10.9));
const SS_OPEN = `<text class="ss" x="${PAD_X}" y="${SAS_BASE}">`;
const SS_OPEN_EM = `<text class="ss em" x="${PAD_X}" y="${SAS_BASE}">`;
const S5_OPEN = `<text class="s5" x="${PAD_X}" y="${SAS5_BASE}">`;
const S5_OPEN_EM = `<text class="s5 em" x="${PAD_X}" y="${SAS5_BASE}">`;
const SS_TSPAN = `<tspan x="${PAD_X}" dy="${TEXT.sasaran.line}">`;
const S5_TSPAN = `<tspan x="${PAD_X}" dy="${TEXT.sasaran5.line}">`;
const DASH_W = textWidth('—', TEXT.badge.size, TEXT.badge.weight);
const LEVEL_LABEL_W = {
  id: LEVELS.map((l) => textWidth(LEVEL_SHORT.id[l], TEXT.level.size, TEXT.level.weight)),
  en: LEVELS.map((l) => textWidth(LEVEL_SHORT.en[l], TEXT.level.size, TEXT.level.weight)),
} as Record<ImageLang, number[]>;

/** The card frame per level (rounded card, level-coloured top border), drawn once and reused. */
export function cardDefs(): string {
  let out = '';
  for (const l of LEVELS) {
    const { w, h } = CARD[l];
    const side = (inset: number, top: number, rad: number): string =>
      `M${inset} ${top}H${w - inset}V${h - inset - rad}Q${w - inset} ${h - inset} ${w - inset - rad} ${h - inset}H${inset + rad}Q${inset} ${h - inset} ${inset} ${h - inset - rad}Z`;
    out += `<g id="f${l}"><rect width="${w}" height="${h}" rx="8" fill="${LEVEL_COLOR[l]}"/><path d="${side(0, 5, 8)}" fill="${CARD_BORDER}"/><path d="${side(1, 5, 7)}" fill="#fff"/></g>`;
  }
  return out;
}

/** CSS classes of the card text (font sizes at scale 1; none below MIN_TEXT_PX). */
export function cardCss(): string {
  const t = TEXT;
  const lv = LEVELS.map((l) => `.c${l}{fill:${LEVEL_COLOR[l]}}`).join('');
  const pk = PREDIKAT_COLORS.map((c, i) => `.p${i}{fill:${c}}`).join('');
  return (
    `.lv{font-size:${t.level.size}px;font-weight:${t.level.weight}}` +
    `.kd{font-size:${t.kode.size}px;fill:${MUTED}}` +
    `.bd{font-size:${t.badge.size}px;font-weight:${t.badge.weight};fill:#fff}.bd.pn{fill:${MUTED}}` +
    `.ru{font-size:${t.rollup.size}px;fill:${MUTED}}` +
    `.ss{font-size:${t.sasaran.size}px;font-weight:${t.sasaran.weight};fill:${INK}}` +
    `.s5{font-size:${t.sasaran5.size}px;font-weight:${t.sasaran5.weight};fill:${INK}}` +
    `.em{fill:${MUTED};font-style:italic;font-weight:400}` +
    `.in{font-size:${t.indName.size}px;fill:${BODY}}` +
    `.nu{font-size:${t.indNums.size}px;fill:${MUTED}}` +
    `.pg{font-size:${t.pagu.size}px;font-weight:${t.pagu.weight};fill:${BODY}}` +
    `.mk{font-size:${t.marker.size}px;font-weight:${t.marker.weight};fill:#b45309}` +
    `rect.pn{fill:${NO_PREDIKAT_BG}}` +
    lv +
    pk
  );
}

function predikatClass(label: string | null, bands: readonly PredikatBand[]): string {
  const c = predikatColor(label, bands);
  const i = c ? PREDIKAT_COLORS.indexOf(c as (typeof PREDIKAT_COLORS)[number]) : -1;
  return i >= 0 ? `p${i}` : 'pn';
}

/** Frame and level label per language and level: the same for every card of a level. */
const HEAD = {
  id: LEVELS.map((l) => `<use xlink:href="#f${l}"/><text class="lv c${l}" x="${PAD_X}" y="${HEAD_BASE}">${LEVEL_SHORT.id[l]}</text>`),
  en: LEVELS.map((l) => `<use xlink:href="#f${l}"/><text class="lv c${l}" x="${PAD_X}" y="${HEAD_BASE}">${LEVEL_SHORT.en[l]}</text>`),
} as Record<ImageLang, string[]>;

/**
 * One node's card, drawn like the canvas card at its layout box (card-relative coordinates),
 * appended to `out` piece by piece: the caller joins many cards at once, so the pieces die young
 * instead of surviving as thousands of concatenated strings (which made the garbage collector
 * the largest cost of a 20,000-node picture).
 */
export function cardSvg(out: string[], node: KNode, r: NodeResult | undefined, b: Box, ctx: CardContext, marker?: string): void {
  const x1 = b.w - PAD_X;
  const inner = x1 - PAD_X;
  out.push('<g data-id="', escapeXml(node.id));
  if (node.kode) out.push('" data-kode="', escapeXml(node.kode));
  out.push('" transform="translate(', String(Math.round(b.x)), ' ', String(Math.round(b.y)), ')">', HEAD[ctx.lang][node.level] as string);
  let right = x1;
  if (ctx.badges) {
    const cap = r?.capaian ?? null;
    const turunan = r?.capaianTurunan ?? null;
    const shown = cap ?? turunan;
    const figure = shown ? pct(shown) : '';
    // Whole pixels for per-card numbers: integers print faster and shorter than fractions.
    const bw = Math.round((shown ? textWidth(`${cap ? '' : '↓ '}${figure}%`, TEXT.badge.size, TEXT.badge.weight) : DASH_W) + 14);
    const cls = shown ? predikatClass(r?.predikat ?? null, ctx.bands) : 'pn';
    out.push('<rect class="', cls, '" x="', String(x1 - bw), `" y="${HEAD_TOP}" width="`, String(bw), `" height="${HEAD_H}" rx="7.6"/><text class="bd`, cls === 'pn' ? ' pn' : '', '" x="', String(Math.round(x1 - bw / 2)), `" y="${HEAD_BASE}" text-anchor="middle">`);
    out.push(shown ? (cap ? '' : `${DOWN} `) + figure + '%' : DASH, '</text>');
    right = x1 - bw - 6;
    if (cap && turunan) {
      const ru = pct(turunan);
      out.push('<text class="ru" x="', String(Math.round(right)), `" y="${HEAD_BASE}" text-anchor="end">${DOWN} `, ru, '</text>');
      right -= textWidth(`↓ ${ru}`, TEXT.rollup.size, TEXT.rollup.weight) + 6;
    }
  }
  const kodeX = PAD_X + (LEVEL_LABEL_W[ctx.lang][node.level] ?? 0) + 6;
  if (node.kode && right - kodeX > 12) out.push('<text class="kd" x="', String(Math.round(kodeX)), `" y="${HEAD_BASE}">`, fitXml(node.kode, right - kodeX, TEXT.kode.size), '</text>');

  const five = node.level === 5;
  const st = five ? TEXT.sasaran5 : TEXT.sasaran;
  // As on the canvas: without a sasaran, the name (or a placeholder) in muted italics.
  const text = node.sasaran || node.nama;
  const { lines, cut } = text ? wrapCut(text, inner, st.size, st.weight, 2) : { lines: [ctx.lang === 'id' ? '(sasaran belum diisi)' : '(no sasaran yet)'], cut: false };
  out.push(five ? (node.sasaran ? S5_OPEN : S5_OPEN_EM) : node.sasaran ? SS_OPEN : SS_OPEN_EM, escapePart(lines[0] as string, text));
  if (lines[1] !== undefined) out.push(five ? S5_TSPAN : SS_TSPAN, escapePart(lines[1], text), cut ? DOTS : '', '</tspan>');
  else if (cut) out.push(DOTS);
  out.push('</text>');

  // Lines below the sasaran only where the card has room for them (the canvas card clips them).
  const ind = node.indicators[0];
  const li = lines.length > 1 ? 1 : 0;
  const nameBase = IND_BASE[li] as number;
  const numsBase = NUMS_BASE[li] as number;
  if (ind) {
    if (nameBase + 4 <= b.h) out.push(`<text class="in" x="${PAD_X}" y="${nameBase}">`, ind.nama ? fitXml(ind.nama, inner, TEXT.indName.size) : DASH, '</text>');
    if (numsBase + 4 <= b.h) {
      const real = r?.indicators[0]?.realisasi ?? null;
      const nums = `${ctx.labels.target} ${target(ind.target[ctx.yearKey])} · ${ctx.labels.realisasi} ${value(real)} ${ind.satuan}`.trim();
      out.push(`<text class="nu" x="${PAD_X}" y="${numsBase}">`, fitXml(nums, inner, TEXT.indNums.size), '</text>');
    }
  } else if (!five) out.push(`<text class="nu" x="${PAD_X}" y="${nameBase}">${DASH}</text>`);
  if (r?.pagu && !five) out.push(`<text class="pg" x="${PAD_X}" y="`, String(b.h - 9), '">Rp ', rupiah(r.pagu), '</text>');
  if (marker) out.push('<text class="mk" x="', String(x1), '" y="-3" text-anchor="end">', escapeXml(marker), '</text>');
  out.push('</g>');
}
