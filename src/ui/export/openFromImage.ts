import { newId } from '../../domain/model';
import { loadEnvelope } from '../../io/envelope';
import { PNG_KEYWORD, isPng, readTextChunk } from '../../io/image/pngChunks';
import { openDocument } from '../shell/boot';

export type OpenResult = { ok: true; name: string } | { ok: false; reason: 'not-png' | 'no-project' | { id: string; en: string } };

/** Whether a dragged or chosen file looks like a PNG picture. */
export function looksLikePng(f: { type: string; name?: string }): boolean {
  return f.type === 'image/png' || /\.png$/i.test(f.name ?? '');
}

/**
 * Opens the project a Kaskade PNG carries (its `kaskade` text chunk) as a new project: the same
 * document under a fresh project id, so it never overwrites the one it was exported from.
 */
export async function openProjectFromPng(file: Blob): Promise<OpenResult> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (!isPng(bytes)) return { ok: false, reason: 'not-png' };
  let text: string | null;
  try {
    text = await readTextChunk(bytes, PNG_KEYWORD);
  } catch {
    return { ok: false, reason: 'no-project' };
  }
  if (text === null) return { ok: false, reason: 'no-project' };
  const loaded = loadEnvelope(text);
  if (!loaded.ok) return { ok: false, reason: loaded.error };
  const doc = loaded.document;
  await openDocument({ ...doc, project: { ...doc.project, id: newId('p') } });
  return { ok: true, name: doc.project.instansi || doc.project.nama };
}
