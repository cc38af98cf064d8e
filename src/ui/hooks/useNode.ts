import type { NodeResult } from '../../domain/evaluate';
import type { KNode } from '../../domain/model';
import { useStore } from '../../store/store';

/** One node of the document; re-renders only when that node changes. */
export function useNode(id: string | null): KNode | undefined {
  return useStore((s) => (id ? s.doc.nodes[id] : undefined));
}

/** One node's evaluation; re-renders only when that node's result object is replaced. */
export function useResult(id: string | null): NodeResult | undefined {
  return useStore((s) => (id && s.evalVersion ? s.evaluation.results.get(id) : undefined));
}
