/**
 * Approximate text measuring without a DOM: Inter's advance widths (hundredths of an em) for
 * printable ASCII at weights 400/500/600/700, measured once in Chromium with the self-hosted
 * @fontsource/inter files the export embeds. Other characters use a few known widths or 0.6 em.
 */
const ASCII: Record<number, readonly number[]> = {
  400: [28, 29, 47, 63, 64, 98, 64, 30, 36, 36, 50, 66, 29, 46, 29, 36, 63, 41, 61, 62, 65, 59, 62, 57, 62, 62, 29, 30, 66, 66, 66, 51, 97, 69, 65, 73, 72, 60, 59, 75, 74, 27, 57, 67, 57, 90, 75, 76, 64, 76, 64, 64, 65, 74, 69, 99, 68, 68, 63, 36, 36, 36, 47, 46, 32, 56, 61, 57, 61, 58, 37, 61, 59, 24, 24, 55, 24, 88, 59, 60, 61, 61, 38, 53, 33, 59, 56, 82, 55, 56, 55, 43, 33, 43, 66],
  500: [27, 30, 49, 64, 65, 99, 65, 31, 37, 37, 52, 67, 30, 46, 30, 37, 65, 42, 62, 63, 66, 60, 63, 57, 63, 63, 30, 32, 67, 67, 67, 53, 98, 71, 66, 73, 72, 60, 59, 75, 74, 27, 58, 69, 57, 91, 76, 77, 64, 77, 65, 65, 65, 74, 71, 100, 70, 70, 64, 37, 37, 37, 48, 46, 34, 57, 62, 58, 62, 59, 38, 62, 60, 25, 25, 56, 25, 89, 60, 60, 62, 62, 39, 54, 34, 60, 57, 83, 56, 58, 56, 44, 35, 44, 67],
  600: [25, 32, 52, 64, 65, 100, 66, 33, 37, 37, 54, 67, 32, 47, 32, 38, 66, 42, 62, 64, 67, 61, 64, 58, 64, 64, 32, 33, 67, 67, 67, 54, 100, 73, 66, 74, 72, 61, 59, 75, 75, 28, 58, 70, 57, 92, 76, 77, 65, 77, 65, 65, 66, 74, 73, 102, 72, 71, 65, 37, 38, 37, 48, 47, 35, 57, 62, 58, 62, 59, 39, 63, 61, 26, 26, 57, 26, 90, 61, 61, 62, 62, 40, 55, 35, 61, 59, 84, 57, 59, 57, 45, 36, 45, 67],
  700: [24, 34, 55, 65, 65, 102, 67, 34, 38, 38, 56, 68, 33, 47, 33, 39, 67, 43, 63, 65, 68, 62, 65, 58, 65, 65, 33, 34, 68, 68, 68, 56, 102, 75, 66, 74, 72, 61, 59, 75, 75, 28, 58, 72, 57, 93, 76, 77, 65, 78, 66, 65, 67, 73, 75, 104, 74, 73, 66, 38, 39, 38, 49, 48, 37, 58, 63, 59, 63, 60, 40, 63, 62, 27, 27, 58, 27, 91, 62, 61, 63, 63, 41, 56, 37, 62, 60, 85, 58, 60, 57, 47, 37, 47, 68],
};

const EXTRA: Record<string, number> = { '·': 31, '—': 100, '–': 50, '…': 92, '’': 28, '“': 48, '”': 48, '↑': 87, '↓': 87, é: 59, è: 59, à: 57, á: 57, í: 25, ó: 60, ú: 60, ñ: 60, ç: 58, É: 60 };
const DEFAULT = 60;

function table(weight: number): readonly number[] {
  const w = weight >= 650 ? 700 : weight >= 550 ? 600 : weight >= 450 ? 500 : 400;
  return ASCII[w] as readonly number[];
}

/** Width in px of `text` at `size` px and `weight`. */
export function textWidth(text: string, size: number, weight = 400): number {
  const t = table(weight);
  let u = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 32 && c < 127) u += t[c - 32] as number;
    else if (c >= 0xdc00 && c <= 0xdfff) continue; // second half of a surrogate pair
    else u += EXTRA[text[i] as string] ?? DEFAULT;
  }
  return (u * size) / 100;
}

/** Length of the longest prefix of `text` from `from` whose width stays within `units` (hundredths of an em). */
function prefixFitting(text: string, from: number, units: number, t: readonly number[]): number {
  let u = 0;
  let i = from;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const w = c >= 32 && c < 127 ? (t[c - 32] as number) : c >= 0xdc00 && c <= 0xdfff ? 0 : (EXTRA[text[i] as string] ?? DEFAULT);
    if (u + w > units) break;
    u += w;
  }
  // Never split a surrogate pair.
  if (i > from && i < text.length && text.charCodeAt(i) >= 0xdc00 && text.charCodeAt(i) <= 0xdfff) i--;
  return i - from;
}

/**
 * Where to cut `text` so that it and an ellipsis fit `maxW`: -1 when the whole text fits, else
 * the length of the prefix to keep (never inside a surrogate pair). One pass over the text.
 */
export function fitCut(text: string, maxW: number, size: number, weight = 400): number {
  const t = table(weight);
  const units = (maxW * 100) / size;
  const cutUnits = units - (EXTRA['…'] as number);
  let u = 0;
  let cut = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    u += c >= 32 && c < 127 ? (t[c - 32] as number) : c >= 0xdc00 && c <= 0xdfff ? 0 : (EXTRA[text[i] as string] ?? DEFAULT);
    if (cut < 0 && u > cutUnits) cut = c >= 0xdc00 && c <= 0xdfff ? i - 1 : i;
    if (u > units) return Math.max(0, cut);
  }
  return -1;
}

/** The longest prefix of `text` that fits `maxW`, with "…" when cut. */
export function fitLine(text: string, maxW: number, size: number, weight = 400): string {
  const cut = fitCut(text, maxW, size, weight);
  return cut < 0 ? text : text.slice(0, cut).trimEnd() + '…';
}

/**
 * Wraps `text` into at most `maxLines` lines of `maxW` px, breaking at spaces (or inside a word
 * longer than a line). When text is left over, `cut` is set and the last line leaves room for an
 * ellipsis, which the caller adds (pictures write it as a character reference).
 */
export function wrapCut(text: string, maxW: number, size: number, weight: number, maxLines: number): { lines: string[]; cut: boolean } {
  const t = table(weight);
  const units = (maxW * 100) / size;
  const src = /\s\s|^\s|\s$|[\t\n\r]/.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
  const lines: string[] = [];
  let start = 0;
  while (start < src.length) {
    if (lines.length === maxLines - 1) {
      const rest = start === 0 ? src : src.slice(start);
      const cut = fitCut(rest, maxW, size, weight);
      lines.push(cut < 0 ? rest : rest.slice(0, cut).trimEnd());
      return { lines, cut: cut >= 0 };
    }
    const n = prefixFitting(src, start, units, t);
    if (start + n >= src.length) {
      lines.push(start === 0 ? src : src.slice(start));
      break;
    }
    // Break at the last space that fits, else inside the word.
    const space = src.lastIndexOf(' ', start + n);
    const end = space > start ? space : start + Math.max(1, n);
    lines.push(src.slice(start, end));
    start = src.charCodeAt(end) === 32 ? end + 1 : end;
  }
  return { lines, cut: false };
}

/** {@link wrapCut} with the ellipsis on the last line. */
export function wrapLines(text: string, maxW: number, size: number, weight: number, maxLines: number): string[] {
  const { lines, cut } = wrapCut(text, maxW, size, weight, maxLines);
  if (cut) lines[lines.length - 1] += '…';
  return lines;
}
