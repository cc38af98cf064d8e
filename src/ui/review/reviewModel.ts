import { RULES } from '../../domain/checks';
import type { Finding, RuleId, Severity } from '../../domain/checks';
import type { KNode } from '../../domain/model';
import { acknowledgementMap, acknowledgementOf } from '../../domain/review';
import type { Acknowledgement } from '../../domain/review';

/** What the Pemeriksaan panel narrows the findings to. */
export interface ReviewFilter {
  rule: RuleId | null;
  level: number | null;
  pj: string | null;
  showAck: boolean;
}

export const NO_REVIEW_FILTER: ReviewFilter = { rule: null, level: null, pj: null, showAck: true };

export interface ReviewItem {
  finding: Finding;
  ack: Acknowledgement | null;
}

export interface RuleGroup {
  rule: RuleId;
  severity: Severity;
  items: ReviewItem[];
  /** Items without an acknowledgement. */
  open: number;
  acked: number;
}

export interface SeverityGroup {
  severity: Severity;
  rules: RuleGroup[];
  open: number;
  total: number;
}

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

function matches(f: Finding, nodes: Record<string, KNode>, filter: ReviewFilter): boolean {
  if (filter.rule && f.rule !== filter.rule) return false;
  if (filter.level === null && filter.pj === null) return true;
  const n = f.nodeId ? nodes[f.nodeId] : undefined;
  if (!n) return false;
  if (filter.level !== null && n.level !== filter.level) return false;
  return filter.pj === null || n.penanggungJawab.trim() === filter.pj;
}

/**
 * Findings grouped by severity (errors first) and then by rule (in the order the checker reports
 * them), after the filters, each with its acknowledgement. Counts are per group.
 */
export function groupFindings(findings: readonly Finding[], nodes: Record<string, KNode>, acks: readonly Acknowledgement[], filter: ReviewFilter): SeverityGroup[] {
  const byKey = acknowledgementMap(acks);
  const bySeverity = new Map<Severity, Map<RuleId, RuleGroup>>();
  for (const f of findings) {
    if (!matches(f, nodes, filter)) continue;
    const ack = acknowledgementOf(f, byKey);
    if (ack && !filter.showAck) continue;
    let rules = bySeverity.get(f.severity);
    if (!rules) bySeverity.set(f.severity, (rules = new Map()));
    let g = rules.get(f.rule);
    if (!g) rules.set(f.rule, (g = { rule: f.rule, severity: f.severity, items: [], open: 0, acked: 0 }));
    g.items.push({ finding: f, ack });
    if (ack) g.acked++;
    else g.open++;
  }
  return SEVERITIES.flatMap((severity) => {
    const rules = [...(bySeverity.get(severity)?.values() ?? [])];
    if (rules.length === 0) return [];
    return [{ severity, rules, open: rules.reduce((s, r) => s + r.open, 0), total: rules.reduce((s, r) => s + r.items.length, 0) }];
  });
}

/** The rules present among the findings, errors first, in registry order within a severity. */
export function ruleOptions(findings: readonly Finding[]): RuleId[] {
  const present = new Set(findings.map((f) => f.rule));
  const all = Object.keys(RULES) as RuleId[];
  return SEVERITIES.flatMap((s) => all.filter((r) => RULES[r].severity === s && present.has(r)));
}

/** Levels and penanggung jawab of the nodes that have findings, for the filter lists. */
export function filterOptions(findings: readonly Finding[], nodes: Record<string, KNode>): { levels: number[]; pjs: string[] } {
  const levels = new Set<number>();
  const pjs = new Set<string>();
  for (const f of findings) {
    const n = f.nodeId ? nodes[f.nodeId] : undefined;
    if (!n) continue;
    levels.add(n.level);
    const pj = n.penanggungJawab.trim();
    if (pj) pjs.add(pj);
  }
  return { levels: [...levels].sort((a, b) => a - b), pjs: [...pjs].sort((a, b) => a.localeCompare(b, 'id')) };
}

/** Keys of a finding's numbers worth showing beside its message (ids, internal references and what the message already says plainly are not). */
const HIDDEN_NUMBERS = new Set(['indikatorId', 'pertama', 'hubungan', 'jenis', 'kolom', 'rumus', 'indikator', 'level']);

/** `jumlahAnak` → `jumlah anak`. */
export function numberLabel(key: string): string {
  return key.replace(/([a-z])([A-Z0-9])/g, '$1 $2').toLowerCase();
}

export function shownNumbers(f: Finding): [string, string][] {
  return Object.entries(f.numbers).filter(([k]) => !HIDDEN_NUMBERS.has(k));
}
