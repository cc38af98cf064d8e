import latin400 from '@fontsource/inter/files/inter-latin-400-normal.woff2?url';
import latin500 from '@fontsource/inter/files/inter-latin-500-normal.woff2?url';
import latin600 from '@fontsource/inter/files/inter-latin-600-normal.woff2?url';
import latin700 from '@fontsource/inter/files/inter-latin-700-normal.woff2?url';
import ext400 from '@fontsource/inter/files/inter-latin-ext-400-normal.woff2?url';
import ext500 from '@fontsource/inter/files/inter-latin-ext-500-normal.woff2?url';
import ext600 from '@fontsource/inter/files/inter-latin-ext-600-normal.woff2?url';
import ext700 from '@fontsource/inter/files/inter-latin-ext-700-normal.woff2?url';

// Unicode ranges of @fontsource/inter's subsets (its unicode.json).
const LATIN = 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const LATIN_EXT = 'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF';

const FILES: { weight: number; url: string; range: string }[] = [
  { weight: 400, url: latin400, range: LATIN },
  { weight: 500, url: latin500, range: LATIN },
  { weight: 600, url: latin600, range: LATIN },
  { weight: 700, url: latin700, range: LATIN },
  { weight: 400, url: ext400, range: LATIN_EXT },
  { weight: 500, url: ext500, range: LATIN_EXT },
  { weight: 600, url: ext600, range: LATIN_EXT },
  { weight: 700, url: ext700, range: LATIN_EXT },
];

async function dataUrl(url: string): Promise<string> {
  const blob = await (await fetch(url)).blob();
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result).replace(/^data:[^;,]*/, 'data:font/woff2'));
    r.onerror = () => reject(r.error ?? new Error('font read failed'));
    r.readAsDataURL(blob);
  });
}

let cached: Promise<string> | null = null;

/**
 * `@font-face` rules for Inter (self-hosted from @fontsource/inter) with the woff2 files inlined
 * as data URLs: computed once, then passed as html-to-image's `fontEmbedCSS` and put in every SVG's
 * <style>, so exported pictures look the same on every machine.
 */
export function fontEmbedCss(): Promise<string> {
  if (!cached) {
    cached = Promise.all(FILES.map(async (f) => `@font-face{font-family:'Inter';font-style:normal;font-weight:${f.weight};font-display:block;src:url(${await dataUrl(f.url)}) format('woff2');unicode-range:${f.range};}`)).then((rules) => rules.join(''));
    cached.catch(() => {
      cached = null;
    });
  }
  return cached;
}
