import { findingKey } from './checks';
import type { Finding } from './checks';
import type { KDocument } from './model';

/** An acknowledgement as stored in the document (`rule:kode`, reason, ISO time). */
export type Acknowledgement = KDocument['acknowledgements'][number];

/** Where the review stands before the Renstra / Perjanjian Kinerja is submitted. */
export interface ReviewStatus {
  /** Errors always count: they cannot be acknowledged. */
  errors: number;
  /** Warnings without an acknowledgement. */
  openWarnings: number;
  /** Warnings a reviewer accepted, with the acknowledgement. */
  acknowledged: { finding: Finding; ack: Acknowledgement }[];
  info: number;
  /** "Siap diajukan" only with zero errors. */
  ready: boolean;
  /** Acknowledgements whose warning no longer appears (fixed since, or the node's kode changed). */
  stale: Acknowledgement[];
}

/** Only warnings can be acknowledged: errors must be fixed, info needs no answer. */
export function canAcknowledge(f: Finding): boolean {
  return f.severity === 'warning';
}

/** The acknowledgement that covers a finding, if any. */
export function acknowledgementOf(f: Finding, byKey: ReadonlyMap<string, Acknowledgement>): Acknowledgement | null {
  return canAcknowledge(f) ? (byKey.get(findingKey(f)) ?? null) : null;
}

export function acknowledgementMap(acks: readonly Acknowledgement[]): Map<string, Acknowledgement> {
  return new Map(acks.map((a) => [a.key, a]));
}

/** Counts the findings against the document's acknowledgements. */
export function reviewStatus(findings: readonly Finding[], acks: readonly Acknowledgement[]): ReviewStatus {
  const byKey = acknowledgementMap(acks);
  const used = new Set<string>();
  let errors = 0;
  let openWarnings = 0;
  let info = 0;
  const acknowledged: ReviewStatus['acknowledged'] = [];
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'info') info++;
    else {
      const ack = acknowledgementOf(f, byKey);
      if (ack) {
        acknowledged.push({ finding: f, ack });
        used.add(ack.key);
      } else openWarnings++;
    }
  }
  return { errors, openWarnings, acknowledged, info, ready: errors === 0, stale: acks.filter((a) => !used.has(a.key)) };
}
