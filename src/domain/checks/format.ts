import type { Target } from '../capaian';
import type { KNode } from '../model';
import { D, roundTo, toCanonical } from '../numbers';
import type { Dec } from '../numbers';
import { RULES } from './rules';
import type { Bilingual, Finding, RuleId, Severity } from './types';

/** A message language. */
export type Lang = 'id' | 'en';

const GROUP = /\B(?=(\d{3})+(?!\d))/g;

/**
 * Formats a decimal for a message without Intl (plain ASCII, no U+00A0): Indonesian style
 * `1.905.955.200` / `91,36` for `id`, English style `1,905,955,200` / `91.36` for `en`.
 * `places` rounds half up to that many decimals; without it every digit is kept.
 */
export function formatNumber(value: Dec | string, lang: Lang, places?: number): string {
  const d = typeof value === 'string' ? new D(value) : value;
  let s = places === undefined ? d.toFixed() : d.toFixed(places, D.ROUND_HALF_UP);
  const negative = s.startsWith('-');
  if (negative) s = s.slice(1);
  const [int = '0', frac] = s.split('.');
  const sign = negative && /[1-9]/.test(s) ? '-' : '';
  const grouped = int.replace(GROUP, lang === 'id' ? '.' : ',');
  return sign + grouped + (frac === undefined ? '' : (lang === 'id' ? ',' : '.') + frac);
}

/** Rupiah amount: `Rp 1.905.955.200`. */
export function formatRp(value: Dec, lang: Lang): string {
  return `Rp ${formatNumber(value, lang)}`;
}

/** Percentage-like value (capaian) at two decimals: `91,36`. */
export function formatPct(value: Dec, lang: Lang): string {
  return formatNumber(value, lang, 2);
}

/** A target for a message: `56,35` or the range `7–8`. */
export function formatTarget(t: Target, lang: Lang): string {
  return t.lo.eq(t.hi) ? formatNumber(t.lo, lang) : `${formatNumber(t.lo, lang)}–${formatNumber(t.hi, lang)}`;
}

/** Canonical plain text of a target for `numbers`: `56.35` or `7-8`. */
export function targetText(t: Target): string {
  return t.lo.eq(t.hi) ? toCanonical(t.lo) : `${toCanonical(t.lo)}-${toCanonical(t.hi)}`;
}

/** Canonical value for `numbers`, rounded to `places` when given. */
export function num(value: Dec, places?: number): string {
  return places === undefined ? toCanonical(value) : roundTo(value, places);
}

/** The key a finding shows for its node: its kode, or its id when the kode is empty. */
export function kodeOf(node: KNode): string {
  const k = node.kode.trim();
  return k === '' ? node.id : k;
}

const MAX_NAME = 80;

/** How a message names a node: its kode (or id) and its name or sasaran, quoted and shortened. */
export function nodeLabel(node: KNode): Bilingual {
  const raw = (node.nama.trim() || node.sasaran.trim()).replace(/\s+/g, ' ');
  const name = raw.length > MAX_NAME ? `${raw.slice(0, MAX_NAME - 1)}…` : raw;
  const k = kodeOf(node);
  return name === '' ? { id: `simpul ${k}`, en: `node ${k}` } : { id: `${k} "${name}"`, en: `${k} "${name}"` };
}

/** A node's name or sasaran in quotes (shortened), or its id when it has neither: for messages that already show the kode. */
export function nodeName(node: KNode): string {
  const raw = (node.nama.trim() || node.sasaran.trim()).replace(/\s+/g, ' ');
  return raw === '' ? node.id : `"${raw.length > MAX_NAME ? `${raw.slice(0, MAX_NAME - 1)}…` : raw}"`;
}

/** How a message names an indicator: its name, quoted and shortened. */
export function indicatorLabel(nama: string, lang: Lang): string {
  const raw = nama.trim().replace(/\s+/g, ' ');
  if (raw === '') return lang === 'id' ? '(tanpa nama)' : '(unnamed)';
  return `"${raw.length > MAX_NAME ? `${raw.slice(0, MAX_NAME - 1)}…` : raw}"`;
}

/** Builds a finding; the severity comes from the rule registry. */
export function makeFinding(rule: RuleId, node: KNode | null, message: Bilingual, fix: Bilingual, numbers: Record<string, string>): Finding {
  return { rule, severity: RULES[rule].severity, nodeId: node ? node.id : null, kode: node ? kodeOf(node) : '', message, fix, numbers };
}

/** What a finding says and quotes. */
export interface FindingText {
  message: Bilingual;
  fix: Bilingual;
  numbers: Record<string, string>;
}

/**
 * A finding whose texts are written when first read. A healthy 20k tree has thousands of
 * findings (rollup-divergence) and formatting their labels and numbers was a sixth of the
 * checker; the review panel reads the texts of the few dozen it shows. Serialises like a plain
 * finding (`toJSON`).
 */
class LazyFinding implements Finding {
  readonly severity: Severity;
  readonly nodeId: string | null;
  readonly kode: string;
  private text: FindingText | undefined;
  constructor(
    readonly rule: RuleId,
    node: KNode | null,
    private write: (() => FindingText) | null,
  ) {
    this.severity = RULES[rule].severity;
    this.nodeId = node ? node.id : null;
    this.kode = node ? kodeOf(node) : '';
  }

  private read(): FindingText {
    if (!this.text) {
      this.text = (this.write as () => FindingText)();
      // The closure holds on to decimals and nodes; let them go once written.
      this.write = null;
    }
    return this.text;
  }
  get message(): Bilingual {
    return this.read().message;
  }
  get fix(): Bilingual {
    return this.read().fix;
  }
  get numbers(): Record<string, string> {
    return this.read().numbers;
  }
  toJSON(): Finding {
    const { message, fix, numbers } = this.read();
    return { rule: this.rule, severity: this.severity, nodeId: this.nodeId, kode: this.kode, message, fix, numbers };
  }
}

/** {@link makeFinding} with the texts written by `write` when first read. */
export function lazyFinding(rule: RuleId, node: KNode | null, write: () => FindingText): Finding {
  return new LazyFinding(rule, node, write);
}
