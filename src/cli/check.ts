import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { runChecks } from '../domain/checks';
import { evaluate } from '../domain/evaluate';
import type { KDocument } from '../domain/model';
import { buildReport } from '../domain/report';
import type { Report } from '../domain/report';
import { loadEnvelope } from '../io/envelope';
import { readFlatFile } from '../io/flatTable';

/**
 * `npm run check -- FILE [--year YYYY] [--tw N] [--json] [--lang en]`
 * Exit 0: no finding of severity error; 1: at least one; 2: the file cannot be read.
 */
interface Args {
  file: string | null;
  year: number | null;
  tw: number | null;
  json: boolean;
  lang: 'id' | 'en';
}

const USAGE = 'Pemakaian / usage: npm run check -- FILE [--year YYYY] [--tw 1-4] [--json] [--lang id|en]';

function parseArgs(argv: string[]): Args | string {
  const a: Args = { file: null, year: null, tw: null, json: false, lang: 'id' };
  for (let i = 0; i < argv.length; i++) {
    const v = argv[i] as string;
    const next = (): string | undefined => argv[++i];
    if (v === '--json') a.json = true;
    else if (v === '--year') {
      const y = Number(next());
      if (!Number.isInteger(y) || y < 1900 || y > 2200) return `--year harus tahun empat angka / --year must be a four-digit year`;
      a.year = y;
    } else if (v === '--tw') {
      const q = Number(next());
      if (!Number.isInteger(q) || q < 1 || q > 4) return `--tw harus 1–4 / --tw must be 1–4`;
      a.tw = q;
    } else if (v === '--lang') a.lang = next() === 'en' ? 'en' : 'id';
    else if (v.startsWith('--')) return `Opsi tidak dikenal / unknown option: ${v}`;
    else if (a.file === null) a.file = v;
    else return `Terlalu banyak berkas / too many files: ${v}`;
  }
  if (!a.file) return USAGE;
  return a;
}

type Loaded = { ok: true; doc: KDocument; notes: string[] } | { ok: false; reason: string };

async function load(args: Args): Promise<Loaded> {
  const file = args.file as string;
  let data: Uint8Array;
  try {
    data = new Uint8Array(await readFile(file));
  } catch (e) {
    return { ok: false, reason: `Tidak dapat membaca ${file} / cannot read ${file}: ${e instanceof Error ? e.message : String(e)}` };
  }
  const ext = extname(file).toLowerCase();
  if (ext === '.json') {
    const r = loadEnvelope(new TextDecoder().decode(data));
    return r.ok ? { ok: true, doc: r.document, notes: [] } : { ok: false, reason: `${r.error.id} / ${r.error.en}` };
  }
  const r = await readFlatFile(file, data, { fileName: file, ...(args.year ? { year: args.year } : {}), ...(args.tw ? { tw: args.tw } : {}) });
  const notes = r.problems.map((p) => `${p.severity === 'error' ? 'GALAT' : 'PERINGATAN'}: ${p.message[args.lang]}`);
  if (!r.ok) return { ok: false, reason: notes.join('\n') || 'unreadable' };
  return { ok: true, doc: r.document, notes };
}

function human(report: Report, lang: 'id' | 'en', notes: string[]): string {
  const lines: string[] = [];
  const en = lang === 'en';
  lines.push(en ? `Kaskade check — year ${report.year}, quarter ${report.tw}` : `Pemeriksaan Kaskade — tahun ${report.year}, triwulan ${report.tw}`);
  lines.push(en ? `${report.nodes.length} nodes` : `${report.nodes.length} node`);
  for (const n of notes) lines.push(`  ${n}`);
  const count = (s: string): number => report.findings.filter((f) => f.severity === s).length;
  lines.push(en ? `Findings: ${count('error')} errors, ${count('warning')} warnings, ${count('info')} notes` : `Temuan: ${count('error')} galat, ${count('warning')} peringatan, ${count('info')} catatan`);
  for (const f of report.findings) {
    const tag = f.severity === 'error' ? (en ? 'ERROR' : 'GALAT') : f.severity === 'warning' ? (en ? 'WARNING' : 'PERINGATAN') : en ? 'NOTE' : 'CATATAN';
    lines.push(`[${tag}] ${f.rule} · ${f.kode}: ${en ? f.messageEn : f.message}`);
    const fix = en ? f.fixEn : f.fix;
    if (fix) lines.push(`    → ${fix}`);
  }
  const roots = report.nodes.filter((n) => n.induk === null);
  for (const r of roots) {
    lines.push(`${r.kode} (L${r.level}): capaian ${r.capaian ?? '—'} · turunan ${r.capaianTurunan ?? '—'} · ${r.predikat ?? '—'} · pagu ${r.pagu ?? '—'} · realisasi anggaran ${r.realisasiAnggaran ?? '—'}`);
  }
  return lines.join('\n');
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    process.stderr.write(args + '\n');
    return 2;
  }
  const loaded = await load(args);
  if (!loaded.ok) {
    process.stderr.write(loaded.reason + '\n');
    return 2;
  }
  const doc = loaded.doc;
  const ev = evaluate(doc, { year: args.year ?? doc.project.tahun, tw: args.tw ?? doc.project.triwulan });
  const findings = runChecks(doc, ev);
  const report = buildReport(doc, ev, findings);
  process.stdout.write((args.json ? JSON.stringify(report, null, 1) : human(report, args.lang, loaded.notes)) + '\n');
  return findings.some((f) => f.severity === 'error') ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`Kesalahan tak terduga / unexpected error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 2;
  },
);
