import { evaluate } from '../evaluate';
import { makeIndicator, makeNode, makeProject } from '../model';
import type { Indicator, KDocument, KNode, Project } from '../model';
import { runChecks } from './index';
import type { Finding, RuleId } from './types';

/**
 * Test fixtures for the checker (used by tests only): a small, fully consistent
 * document (period 2024–2026, lowest level 3) that each test breaks in one place.
 *
 * A (L1, 5.03) → B (L2, 5.03.02) → C1 (L3, 5.03.02.2.01, pagu 1.000.000), C2 (L3, 5.03.02.2.02, pagu 500.000).
 * Every indicator has a satuan, a target for each year and a TW IV realisation equal to the 2024 target.
 */
export function cleanIndicator(id: string, nama: string, targets: [string, string, string], extra: Partial<Indicator> = {}): Indicator {
  return makeIndicator({
    id,
    nama,
    satuan: '%',
    agregasi: 'nilai_akhir',
    target: { '2024': targets[0], '2025': targets[1], '2026': targets[2] },
    realisasiTw: { '2024': [null, null, null, targets[0]] },
    ...extra,
  });
}

/** The clean nodes, freshly built on every call (tests mutate them). */
export function baseNodes(): Record<string, KNode> {
  const nodes: KNode[] = [
    makeNode({ id: 'A', level: 1, kode: '5.03', sasaran: 'Meningkatnya Kualitas Sistem Merit ASN', indicators: [cleanIndicator('iA', 'Indeks Sistem Merit', ['0.7', '0.75', '0.8'])] }),
    makeNode({ id: 'B', level: 2, parentId: 'A', kode: '5.03.02', sasaran: 'Meningkatnya Profesionalitas ASN', indicators: [cleanIndicator('iB', 'Indeks Profesionalitas ASN', ['70', '72', '74'])] }),
    makeNode({
      id: 'C1',
      level: 3,
      parentId: 'B',
      order: 1,
      kode: '5.03.02.2.01',
      sasaran: 'Meningkatnya kompetensi SDM',
      indicators: [cleanIndicator('iC1', 'Persentase ASN bersertifikat', ['50', '60', '70'])],
      anggaran: { pagu: { '2024': '1000000' }, rencanaTw: {}, realisasiTw: { '2024': ['200000', '300000', null, null] } },
    }),
    makeNode({
      id: 'C2',
      level: 3,
      parentId: 'B',
      order: 2,
      kode: '5.03.02.2.02',
      sasaran: 'Terkelolanya data kepegawaian',
      indicators: [cleanIndicator('iC2', 'Persentase data ASN mutakhir', ['80', '90', '100'])],
      anggaran: { pagu: { '2024': '500000' }, rencanaTw: {}, realisasiTw: { '2024': ['100000', null, null, null] } },
    }),
  ];
  return Object.fromEntries(nodes.map((n) => [n.id, n]));
}

/** A document over `nodes` with the fixture project (2024–2026, lowest level 3) and setting overrides. */
export function docOf(nodes: Record<string, KNode>, settings: Partial<Project['settings']> = {}): KDocument {
  const project = makeProject({ id: 'p', periodeAwal: 2024, periodeAkhir: 2026, tahun: 2024, settings: { levelTerendah: 3, ...settings } as Project['settings'] });
  return { schemaVersion: 1, project, nodes, acknowledgements: [] };
}

/** Evaluates at 2024 TW IV (or the given quarter) and runs the checker. */
export function check(doc: KDocument, tw = 4): Finding[] {
  return runChecks(doc, evaluate(doc, { year: 2024, tw }));
}

/** The clean document with one change applied to its nodes, checked. */
export function checkChanged(change: (n: Record<string, KNode>) => void, settings: Partial<Project['settings']> = {}, tw = 4): Finding[] {
  const nodes = baseNodes();
  change(nodes);
  return check(docOf(nodes, settings), tw);
}

/** Findings of one rule. */
export function ofRule(findings: Finding[], rule: RuleId): Finding[] {
  return findings.filter((f) => f.rule === rule);
}

/** A node of the fixture nodes, asserting it exists. */
export function at(nodes: Record<string, KNode>, id: string): KNode {
  const n = nodes[id];
  if (!n) throw new Error(`no node ${id}`);
  return n;
}

/** First indicator of a fixture node. */
export function ind0(nodes: Record<string, KNode>, id: string): Indicator {
  const i = at(nodes, id).indicators[0];
  if (!i) throw new Error(`no indicator on ${id}`);
  return i;
}

/** A change to the fixture nodes. */
export type Change = (n: Record<string, KNode>) => void;

/** No change. */
export const unchanged: Change = () => undefined;

/** One table row of a rule test: a change that triggers the rule on `node`, and one that does not. */
export interface RuleCase {
  name: string;
  rule: RuleId;
  severity: Finding['severity'];
  bad: Change;
  badSettings?: Partial<Project['settings']>;
  /** Quarter evaluated (default TW IV). */
  tw?: number;
  node: string;
  numbers?: Record<string, string>;
  /** Text the Indonesian message must contain (and `textEn` the English one). */
  text?: string;
  textEn?: string;
  clean: Change;
  cleanSettings?: Partial<Project['settings']>;
}

/** Runs a rule case: the finding on the expected node (if any), all findings of the rule, and the clean variant's. */
export function runCase(c: RuleCase): { hit: Finding | undefined; found: Finding[]; cleanFound: Finding[] } {
  const found = ofRule(checkChanged(c.bad, c.badSettings, c.tw), c.rule);
  return { hit: found.find((f) => f.nodeId === c.node), found, cleanFound: ofRule(checkChanged(c.clean, c.cleanSettings, c.tw), c.rule) };
}
