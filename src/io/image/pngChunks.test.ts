import { deflateSync } from 'node:zlib';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { buildLumajang } from '../../samples/lumajang';
import { loadEnvelope, serializeEnvelope } from '../envelope';
import { crc32, encodeChunk, insertTextChunk, readChunks, readTextChunk, withTextChunk } from './pngChunks';

function tinyPng(w = 3, h = 2): Uint8Array {
  const png = new PNG({ width: w, height: h });
  png.data.fill(200);
  return new Uint8Array(PNG.sync.write(png));
}

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const latin1 = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));

/** The PNG with a raw chunk inserted before IEND. */
function withRaw(png: Uint8Array, type: string, data: Uint8Array): Uint8Array {
  const iend = readChunks(png).find((c) => c.type === 'IEND');
  if (!iend) throw new Error('no IEND');
  const chunk = encodeChunk(type, data);
  const out = new Uint8Array(png.length + chunk.length);
  out.set(png.subarray(0, iend.offset));
  out.set(chunk, iend.offset);
  out.set(png.subarray(iend.offset), iend.offset + chunk.length);
  return out;
}

describe('PNG chunks', () => {
  it('computes the PNG CRC-32 (IEND has the well-known CRC AE426082)', () => {
    expect(crc32(latin1('IEND')) >>> 0).toBe(0xae426082);
    expect(crc32(latin1('123456789')) >>> 0).toBe(0xcbf43926);
  });

  it('walks the chunks of a PNG', () => {
    const types = readChunks(tinyPng()).map((c) => c.type);
    expect(types[0]).toBe('IHDR');
    expect(types).toContain('IDAT');
    expect(types[types.length - 1]).toBe('IEND');
  });

  it('round-trips UTF-8 text through a compressed iTXt chunk that leaves a valid PNG', async () => {
    const text = 'Meningkatnya Kualitas ASN — capaian ≥ 91 · 105,84% · 日本 ✓';
    const out = await withTextChunk(tinyPng(), 'kaskade', text);
    const types = readChunks(out).map((c) => c.type);
    expect(types.slice(0, 2)).toEqual(['IHDR', 'iTXt']);
    await expect(readTextChunk(out, 'kaskade')).resolves.toBe(text);
    // pngjs checks every CRC and still decodes the picture.
    const decoded = PNG.sync.read(Buffer.from(out));
    expect([decoded.width, decoded.height]).toEqual([3, 2]);
  });

  it('replaces an earlier chunk of the same keyword and keeps others', async () => {
    let png = withRaw(tinyPng(), 'tEXt', latin1('Software\0Other'));
    png = await withTextChunk(png, 'kaskade', 'one');
    png = await withTextChunk(png, 'kaskade', 'two');
    expect(readChunks(png).filter((c) => c.type === 'iTXt')).toHaveLength(1);
    await expect(readTextChunk(png, 'kaskade')).resolves.toBe('two');
    await expect(readTextChunk(png, 'Software')).resolves.toBe('Other');
  });

  it('reads tEXt, zTXt and uncompressed iTXt written by other tools', async () => {
    const base = tinyPng();
    await expect(readTextChunk(withRaw(base, 'tEXt', latin1('kaskade\0{"a":1}')), 'kaskade')).resolves.toBe('{"a":1}');
    const z = new Uint8Array([...latin1('kaskade\0\0'), ...deflateSync(Buffer.from('{"z":2}'))]);
    await expect(readTextChunk(withRaw(base, 'zTXt', z), 'kaskade')).resolves.toBe('{"z":2}');
    const i = new Uint8Array([...latin1('kaskade\0\0\0id\0kaskade\0'), ...enc('{"i":"é"}')]);
    await expect(readTextChunk(withRaw(base, 'iTXt', i), 'kaskade')).resolves.toBe('{"i":"é"}');
  });

  it('returns null without the chunk and refuses what is not a PNG', async () => {
    await expect(readTextChunk(tinyPng(), 'kaskade')).resolves.toBeNull();
    expect(() => readChunks(enc('GIF89a not a png'))).toThrow(/not a PNG/);
    const cut = tinyPng().subarray(0, 40);
    expect(() => readChunks(cut)).toThrow(/truncated/);
  });

  it('carries a whole project: the envelope comes back as the same document', async () => {
    const doc = buildLumajang();
    const png = await withTextChunk(tinyPng(), 'kaskade', serializeEnvelope(doc));
    const text = await readTextChunk(png, 'kaskade');
    const loaded = loadEnvelope(text ?? '');
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(loaded.document).toEqual(doc);
  });

  it('inserts prepared chunk data without recompressing', async () => {
    const png = tinyPng();
    const a = await withTextChunk(png, 'kaskade', 'x');
    const data = readChunks(a).find((c) => c.type === 'iTXt')?.data as Uint8Array;
    const b = insertTextChunk(png, data);
    expect(b).toEqual(a);
  });
});
