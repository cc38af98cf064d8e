/**
 * Small checks on exported SVG text, shared by unit and browser tests: well-formedness, the font
 * sizes it uses, the nodes it draws, its size. Regular expressions only: no DOM needed.
 */

/** Throws with the position of the first problem when `svg` is not well-formed XML. */
export function assertWellFormed(svg: string): void {
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>/y;
  let i = 0;
  while (i < svg.length) {
    const lt = svg.indexOf('<', i);
    const text = svg.slice(i, lt < 0 ? svg.length : lt);
    const amp = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.exec(text);
    if (amp || text.includes('>')) throw new Error(`unescaped character in text at ${i + (amp?.index ?? text.indexOf('>'))}`);
    if (lt < 0) break;
    tag.lastIndex = lt;
    const m = tag.exec(svg);
    if (!m) throw new Error(`malformed tag at ${lt}: ${svg.slice(lt, lt + 80)}`);
    const [, close, name, attrs = '', self] = m;
    for (const a of attrs.matchAll(/"([^"]*)"/g)) if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(a[1] ?? '')) throw new Error(`unescaped & in attribute at ${lt}`);
    if (close) {
      const open = stack.pop();
      if (open !== name) throw new Error(`</${name}> closes <${open ?? 'nothing'}> at ${lt}`);
    } else if (!self) stack.push(name as string);
    i = tag.lastIndex;
  }
  if (stack.length) throw new Error(`unclosed <${stack.join('> <')}>`);
}

/** Every font size the SVG sets, in px (CSS `font-size:Npx` and `font-size="N"` attributes). */
export function fontSizes(svg: string): number[] {
  const out: number[] = [];
  for (const m of svg.matchAll(/font-size:\s*([\d.]+)px/g)) out.push(Number(m[1]));
  for (const m of svg.matchAll(/font-size="([\d.]+)"/g)) out.push(Number(m[1]));
  return out;
}

/** Ids (`data-id`) of the cards drawn. */
export function drawnIds(svg: string): string[] {
  return [...svg.matchAll(/<g data-id="([^"]*)"/g)].map((m) => m[1] as string);
}

/** Kodes (`data-kode`) of the cards drawn. */
export function drawnKodes(svg: string): string[] {
  return [...svg.matchAll(/ data-kode="([^"]*)"/g)].map((m) => m[1] as string);
}

/** The root element's width and height attributes. */
export function svgSize(svg: string): { w: number; h: number } {
  const m = /^<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(svg);
  if (!m) throw new Error('no svg size');
  return { w: Number(m[1]), h: Number(m[2]) };
}

/** The SVG with character references decoded, for looking for text in it. */
export function decodeRefs(svg: string): string {
  return svg.replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n)));
}
