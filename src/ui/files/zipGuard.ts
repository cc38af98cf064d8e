/** Unpacked size above which an XLSX is refused before it is unpacked (a "zip bomb"). */
export const MAX_UNPACKED_BYTES = 400 * 1024 * 1024;

export type ZipCheck = { ok: true; entries: number; unpacked: number } | { ok: false; reason: 'not-zip' | 'too-large' };

const u16 = (b: Uint8Array, i: number): number => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, i: number): number => (u16(b, i) | (u16(b, i + 2) << 16)) >>> 0;

/**
 * Reads a ZIP's central directory (not its contents) to learn how large it unpacks. A file with
 * no readable directory is not an XLSX; one that unpacks beyond the limit (or uses ZIP64 sizes)
 * is refused before exceljs inflates it.
 */
export function checkZip(b: Uint8Array, limit = MAX_UNPACKED_BYTES): ZipCheck {
  if (b.length < 22 || u32(b, 0) !== 0x04034b50) return { ok: false, reason: 'not-zip' };
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
    if (u32(b, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { ok: false, reason: 'not-zip' };
  const entries = u16(b, eocd + 10);
  const cdOffset = u32(b, eocd + 16);
  if (entries === 0xffff || cdOffset === 0xffffffff) return { ok: false, reason: 'too-large' };
  let p = cdOffset;
  let unpacked = 0;
  for (let k = 0; k < entries; k++) {
    if (p + 46 > b.length || u32(b, p) !== 0x02014b50) return { ok: false, reason: 'not-zip' };
    const size = u32(b, p + 24);
    if (size === 0xffffffff) return { ok: false, reason: 'too-large' };
    unpacked += size;
    if (unpacked > limit) return { ok: false, reason: 'too-large' };
    p += 46 + u16(b, p + 28) + u16(b, p + 30) + u16(b, p + 32);
  }
  return { ok: true, entries, unpacked };
}
