/**
 * PNG text chunks, by hand: a CRC-32, a chunk walk, and `iTXt` (UTF-8, zlib-compressed through
 * CompressionStream) for carrying the project inside an exported picture. Reads tEXt, zTXt and iTXt.
 */
/** Keyword of the PNG text chunk that carries a Kaskade project (its JSON envelope). */
export const PNG_KEYWORD = 'kaskade';

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC-32 (ISO 3309, as PNG uses) of the given bytes. */
export function crc32(bytes: Uint8Array, crc = 0xffffffff): number {
  let c = crc;
  for (let i = 0; i < bytes.length; i++) c = (CRC_TABLE[(c ^ (bytes[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return c ^ 0xffffffff;
}

export interface Chunk {
  type: string;
  data: Uint8Array;
  /** Offset of the chunk's length field in the file. */
  offset: number;
}

export function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && SIGNATURE.every((b, i) => bytes[i] === b);
}

/** Every chunk of a PNG, in order; throws on a bad signature or a truncated file. */
export function readChunks(png: Uint8Array): Chunk[] {
  if (!isPng(png)) throw new Error('not a PNG file');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const out: Chunk[] = [];
  let p = 8;
  while (p + 12 <= png.length) {
    const len = view.getUint32(p);
    if (p + 12 + len > png.length) throw new Error('truncated PNG chunk');
    const type = String.fromCharCode(...png.subarray(p + 4, p + 8));
    out.push({ type, data: png.subarray(p + 8, p + 8 + len), offset: p });
    p += 12 + len;
    if (type === 'IEND') return out;
  }
  throw new Error('truncated PNG: no IEND chunk');
}

/** One chunk's bytes: length, type, data, CRC over type and data. */
export function encodeChunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)) >>> 0);
  return out;
}

const latin1 = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);

/** Keyword of a text chunk (up to its first NUL). */
function keywordOf(data: Uint8Array): string {
  const z = data.indexOf(0);
  return String.fromCharCode(...data.subarray(0, z < 0 ? Math.min(data.length, 79) : z));
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const body = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(body).arrayBuffer());
}

/** zlib (RFC 1950) deflate, which PNG's compressed text chunks use. */
export const deflate = (b: Uint8Array): Promise<Uint8Array> => pipe(b, new CompressionStream('deflate'));
export const inflate = (b: Uint8Array): Promise<Uint8Array> => pipe(b, new DecompressionStream('deflate'));

/** Data of an `iTXt` chunk `keyword` = `text` (UTF-8, zlib-compressed). */
export async function iTXtData(keyword: string, text: string): Promise<Uint8Array> {
  const body = await deflate(new TextEncoder().encode(text));
  const kw = latin1(keyword);
  // keyword NUL, compression flag 1, method 0, empty language tag NUL, empty translated keyword NUL.
  const data = new Uint8Array(kw.length + 5 + body.length);
  data.set(kw, 0);
  data.set([0, 1, 0, 0, 0], kw.length);
  data.set(body, kw.length + 5);
  return data;
}

/**
 * The PNG with an `iTXt` chunk of `data` (see {@link iTXtData}) right after IHDR, replacing any
 * text chunk with the same keyword.
 */
export function insertTextChunk(png: Uint8Array, data: Uint8Array): Uint8Array {
  const keyword = keywordOf(data);
  const parts: Uint8Array[] = [png.subarray(0, 8)];
  for (const c of readChunks(png)) {
    if ((c.type === 'tEXt' || c.type === 'zTXt' || c.type === 'iTXt') && keywordOf(c.data) === keyword) continue;
    parts.push(png.subarray(c.offset, c.offset + 12 + c.data.length));
    if (c.type === 'IHDR') parts.push(encodeChunk('iTXt', data));
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** The PNG carrying `text` under `keyword` in a compressed iTXt chunk. */
export async function withTextChunk(png: Uint8Array, keyword: string, text: string): Promise<Uint8Array> {
  return insertTextChunk(png, await iTXtData(keyword, text));
}

/** The text of chunk `keyword` (tEXt, zTXt or iTXt), or null when the PNG has none. */
export async function readTextChunk(png: Uint8Array, keyword: string): Promise<string | null> {
  for (const c of readChunks(png)) {
    if (c.type !== 'tEXt' && c.type !== 'zTXt' && c.type !== 'iTXt') continue;
    if (keywordOf(c.data) !== keyword) continue;
    const d = c.data;
    const z = d.indexOf(0);
    if (c.type === 'tEXt') return new TextDecoder('latin1').decode(d.subarray(z + 1));
    if (c.type === 'zTXt') return new TextDecoder('latin1').decode(await inflate(d.subarray(z + 2)));
    const compressed = d[z + 1] === 1;
    const lang = d.indexOf(0, z + 3);
    const translated = d.indexOf(0, lang + 1);
    if (lang < 0 || translated < 0) throw new Error('malformed iTXt chunk');
    const body = d.subarray(translated + 1);
    return new TextDecoder().decode(compressed ? await inflate(body) : body);
  }
  return null;
}
