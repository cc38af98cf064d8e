import type { Msg } from '../../domain/edit';
import { newId } from '../../domain/model';
import type { KDocument, Project } from '../../domain/model';
import { loadEnvelope } from '../../io/envelope';
import { decodeText, readFlatFile } from '../../io/flatTable';
import type { FlatProblem } from '../../io/flatTable';
import { checkZip } from './zipGuard';

/** Files above this size are refused before they are read. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export type ImportKind = 'json' | 'xlsx' | 'csv';

/** One problem of an import, by row and column where the file has them. */
export interface ImportProblem {
  severity: 'error' | 'warning';
  /** 1-based spreadsheet row; null for the whole file. */
  row: number | null;
  column: string | null;
  message: Msg;
}

/** What an import would bring, shown before anything is written. */
export interface ImportPreview {
  fileName: string;
  kind: ImportKind | null;
  size: number;
  /** The document, when the file can be imported (warnings allowed, no errors). */
  document: KDocument | null;
  problems: ImportProblem[];
}

export function importKind(name: string): ImportKind | null {
  const ext = /\.([^./\\]+)$/.exec(name.trim())?.[1]?.toLowerCase() ?? '';
  if (ext === 'json') return 'json';
  if (ext === 'xlsx' || ext === 'xlsm') return 'xlsx';
  if (ext === 'csv' || ext === 'txt' || ext === 'tsv') return 'csv';
  return null;
}

const mb = (n: number): string => (n / (1024 * 1024)).toFixed(1).replace('.', ',');
const fileProblem = (message: Msg): ImportProblem => ({ severity: 'error', row: null, column: null, message });

/** Refusal of a file by its size alone, before reading it. */
export function sizeProblem(size: number): ImportProblem | null {
  if (size <= MAX_IMPORT_BYTES) return null;
  return fileProblem({
    id: `Berkas terlalu besar (${mb(size)} MB; batas ${mb(MAX_IMPORT_BYTES)} MB). Pecah berkas atau hapus lembar yang tidak perlu.`,
    en: `The file is too large (${mb(size)} MB; the limit is ${mb(MAX_IMPORT_BYTES)} MB). Split it or remove sheets you do not need.`,
  });
}

const fromFlat = (p: FlatProblem): ImportProblem => ({ severity: p.severity, row: p.code === 'unreadable-file' || p.code === 'unsupported-file' ? null : p.row, column: p.column, message: p.message });

async function readFlat(name: string, kind: ImportKind, data: Uint8Array, year: number | undefined): Promise<{ document: KDocument | null; problems: ImportProblem[] }> {
  if (kind === 'xlsx') {
    const zip = checkZip(data);
    if (!zip.ok) {
      return {
        document: null,
        problems: [
          fileProblem(
            zip.reason === 'not-zip'
              ? { id: `${name} bukan berkas XLSX yang utuh (rusak atau terpotong).`, en: `${name} is not a complete XLSX file (damaged or truncated).` }
              : { id: `${name} terlalu besar setelah diekstrak; tidak dibaca.`, en: `${name} unpacks to too much data; not read.` },
          ),
        ],
      };
    }
  }
  const r = await readFlatFile(name, data, year === undefined ? {} : { year });
  return { document: r.ok ? r.document : null, problems: r.problems.map(fromFlat) };
}

/**
 * Reads an import file into a preview: every problem by row and column, and the document when
 * there is no error. Never throws and writes nothing; the caller stores the document only after
 * the user confirms. JSON goes through the envelope's parse → migrate → validate.
 */
export async function readImport(name: string, data: Uint8Array, opts: { year?: number } = {}): Promise<ImportPreview> {
  const kind = importKind(name);
  const base = { fileName: name, kind, size: data.length };
  try {
    const big = sizeProblem(data.length);
    if (big) return { ...base, document: null, problems: [big] };
    if (kind === null) {
      return { ...base, document: null, problems: [fileProblem({ id: `${name}: jenis berkas tidak dikenal; pakai .json, .xlsx atau .csv.`, en: `${name}: unknown file type; use .json, .xlsx or .csv.` })] };
    }
    if (kind === 'json') {
      const r = loadEnvelope(decodeText(data));
      return r.ok ? { ...base, document: r.document, problems: [] } : { ...base, document: null, problems: [fileProblem(r.error)] };
    }
    const r = await readFlat(name, kind, data, opts.year);
    const hasError = r.problems.some((p) => p.severity === 'error');
    return { ...base, document: hasError ? null : r.document, problems: r.problems };
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { ...base, document: null, problems: [fileProblem({ id: `${name} tidak dapat dibaca (${why}).`, en: `${name} cannot be read (${why}).` })] };
  }
}

/**
 * `readImport` in a Worker, so the page stays responsive while a large file is parsed. Resolves
 * with null when no Worker can run it (none in this environment, or it failed to start or load).
 */
function readImportInWorker(name: string, data: Uint8Array, opts: { year?: number }): Promise<ImportPreview | null> {
  if (typeof Worker === 'undefined') return Promise.resolve(null);
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module', name: 'kaskade-import' });
    } catch {
      resolve(null);
      return;
    }
    const done = (preview: ImportPreview | null): void => {
      worker.terminate();
      resolve(preview);
    };
    worker.onmessage = (e: MessageEvent<ImportPreview>) => done(e.data);
    worker.onerror = (e) => {
      e.preventDefault();
      done(null);
    };
    worker.onmessageerror = () => done(null);
    // A copy is sent (not transferred): the in-page fallback may still need the bytes.
    worker.postMessage({ name, data, ...(opts.year === undefined ? {} : { year: opts.year }) });
  });
}

/** Reads a picked file, refusing one that is too large before reading its bytes. */
export async function readImportFile(file: File, opts: { year?: number } = {}): Promise<ImportPreview> {
  const big = sizeProblem(file.size);
  if (big) return { fileName: file.name, kind: importKind(file.name), size: file.size, document: null, problems: [big] };
  try {
    const data = new Uint8Array(await file.arrayBuffer());
    return (await readImportInWorker(file.name, data, opts)) ?? (await readImport(file.name, data, opts));
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { fileName: file.name, kind: importKind(file.name), size: file.size, document: null, problems: [fileProblem({ id: `Berkas tidak dapat dibaca (${why}).`, en: `The file cannot be read (${why}).` })] };
  }
}

/** The imported document as a new project: always a fresh project id, never the open one. */
export function asNewProject(doc: KDocument, fileName: string): KDocument {
  const fallback = fileName.replace(/\.[^.]*$/, '').trim();
  return { ...doc, project: { ...doc.project, id: newId('p'), nama: doc.project.nama || fallback || 'Impor' } };
}

/** Counts for the preview: nodes, indicators, levels present. */
export function previewStats(doc: KDocument): { nodes: number; indicators: number; levels: number[] } {
  const levels = new Set<number>();
  let indicators = 0;
  for (const n of Object.values(doc.nodes)) {
    levels.add(n.level);
    indicators += n.indicators.length;
  }
  return { nodes: Object.keys(doc.nodes).length, indicators, levels: [...levels].sort() };
}

/** The most years the year choice of a flat file lists. */
const MAX_YEAR_CHOICES = 30;

/**
 * Years a flat table's quarter columns (and its plain `target` / `pagu`) may be read for: the
 * period the file covers, widened to the open project's period so a file without year columns can
 * be read for a year of the project it is merged into. Empty when there is nothing to choose: no
 * document read, or a single year. At most the last {@link MAX_YEAR_CHOICES} years of that span.
 */
export function yearChoices(doc: KDocument | null, open: Pick<Project, 'periodeAwal' | 'periodeAkhir'>): number[] {
  if (!doc) return [];
  const file = doc.project;
  const to = Math.max(file.periodeAkhir, open.periodeAkhir);
  const from = Math.max(Math.min(file.periodeAwal, open.periodeAwal), to - MAX_YEAR_CHOICES + 1);
  const out: number[] = [];
  for (let y = from; y <= to; y++) out.push(y);
  return out.length > 1 ? out : [];
}
