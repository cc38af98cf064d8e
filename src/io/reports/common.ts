import { targetToString } from '../../domain/capaian';
import type { Target } from '../../domain/capaian';
import { RULES, findingKey } from '../../domain/checks';
import type { Finding } from '../../domain/checks';
import type { Evaluation } from '../../domain/evaluate';
import type { KDocument, KNode, PredikatBand } from '../../domain/model';
import { reviewStatus } from '../../domain/review';
import { kCell, text } from './sheet';
import type { Cell, Row, SheetSpec } from './sheet';

export const TW_ROMAN = ['I', 'II', 'III', 'IV'] as const;

/** "2024 s/d TW I" — the period a report is read at. */
export function periodLabel(ev: Evaluation): string {
  return `Tahun ${ev.params.year} s/d Triwulan ${TW_ROMAN[ev.params.tw - 1] ?? ev.params.tw}`;
}

/** The agency line of a report title. */
export function agencyLabel(doc: KDocument): string {
  return doc.project.instansi.trim() || doc.project.nama.trim() || 'Kaskade';
}

/** CSS tone (pk-st … pk-sr) of a predikat on the project's scale, spread over five colours. */
export function predikatTone(label: string | null, scale: readonly PredikatBand[]): string | undefined {
  if (!label) return undefined;
  const i = scale.findIndex((b) => b.label === label);
  if (i < 0) return undefined;
  const t = scale.length <= 1 ? 0 : Math.round((i * 4) / (scale.length - 1));
  return ['pk-st', 'pk-t', 'pk-s', 'pk-r', 'pk-sr'][t];
}

export function predikatCell(label: string | null, doc: KDocument, extra: Partial<Cell> = {}): Cell {
  const tone = predikatTone(label, doc.project.settings.predikat);
  return text(label, tone ? { tone, ...extra } : extra);
}

/** A target as a numeric cell when it is a single value, as text (`7–8`) when it is a range. */
export function targetCell(t: Target | null): Cell {
  if (!t) return { v: null };
  if (t.lo.eq(t.hi)) return kCell(t.lo);
  return text((targetToString(t) ?? '').replace('-', '–').replace(/\./g, ','));
}

/** What a report calls a node: its program/kegiatan name, else its sasaran. */
export function nodeTitle(n: KNode): string {
  return (n.nama.trim() || n.sasaran.trim()).replace(/\s+/g, ' ');
}

/** `Kegiatan Pengadaan …`: the level's name in front, as Tabel 2.4 prints it, unless the name already starts with it. */
export function withLevelPrefix(n: KNode, doc: KDocument): string {
  const name = nodeTitle(n);
  const prefix = (doc.project.levelNames[String(n.level) as '2'] ?? '').trim();
  if (!prefix || n.level < 2 || name.toLowerCase().startsWith(prefix.toLowerCase())) return name;
  return `${prefix} ${name}`;
}

const STATUS = { ack: 'Diterima', stale: 'Diterima, tidak muncul lagi', error: 'Galat terbuka', warning: 'Peringatan terbuka' } as const;

/**
 * "Catatan pemeriksaan": the readiness line, then the acknowledged warnings with their reasons (the
 * reviewer's record), acknowledgements whose warning no longer appears, and the open errors and
 * warnings. Shared by every report.
 */
export function reviewSheet(doc: KDocument, ev: Evaluation, findings: readonly Finding[]): SheetSpec {
  const st = reviewStatus(findings, doc.acknowledgements);
  const ready = st.ready ? 'Siap diajukan (0 galat)' : `Belum siap: ${st.errors} galat`;
  const rows: Row[] = [];
  const label = (f: Finding): string => {
    const n = f.nodeId ? ev.nodes[f.nodeId] : undefined;
    return n ? nodeTitle(n) : '';
  };
  const push = (status: string, f: Finding | null, kode: string, reason: string | null, at: string | null, key: string): void => {
    rows.push({
      cells: [
        { v: rows.length + 1, fmt: '0' },
        text(status),
        text(f ? RULES[f.rule].title.id : key.split(':')[0]),
        text(kode),
        text(f ? label(f) : null),
        text(f ? f.message.id : null),
        text(f ? f.fix.id : null),
        text(reason),
        text(at ? at.slice(0, 16).replace('T', ' ') : null),
      ],
    });
  };
  for (const { finding, ack } of st.acknowledged) push(STATUS.ack, finding, finding.kode, ack.reason, ack.at, ack.key);
  for (const ack of st.stale) push(STATUS.stale, null, ack.key.slice(ack.key.indexOf(':') + 1), ack.reason, ack.at, ack.key);
  const acked = new Set(st.acknowledged.map((a) => a.finding));
  for (const f of findings) if (f.severity === 'error') push(STATUS.error, f, f.kode, null, null, findingKey(f));
  for (const f of findings) if (f.severity === 'warning' && !acked.has(f)) push(STATUS.warning, f, f.kode, null, null, findingKey(f));
  return {
    name: 'Catatan pemeriksaan',
    title: [
      `Catatan Pemeriksaan — ${agencyLabel(doc)}`,
      periodLabel(ev),
      `${ready} · ${st.openWarnings} peringatan terbuka · ${st.acknowledged.length} peringatan diterima`,
    ],
    head: [[{ text: 'No' }, { text: 'Status' }, { text: 'Aturan' }, { text: 'Kode' }, { text: 'Simpul' }, { text: 'Temuan' }, { text: 'Cara memperbaiki' }, { text: 'Alasan diterima' }, { text: 'Waktu (UTC)' }]],
    rows,
    widths: [5, 22, 30, 18, 40, 70, 50, 40, 17],
  };
}
