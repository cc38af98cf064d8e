import { useMemo } from 'react';
import { getAppStore, useStore } from '../../store/store';
import { useFindings } from '../hooks/useFindings';

/** Which nodes the current filter dims, and each node's finding count. */
export function useHighlight(): { dim: ((id: string) => boolean) | null; findings: ReadonlyMap<string, number> } {
  const filter = useStore((s) => s.filter);
  const all = useFindings();
  const findings = useMemo(() => {
    const m = new Map<string, number>();
    for (const f of all) if (f.nodeId && f.severity !== 'info') m.set(f.nodeId, (m.get(f.nodeId) ?? 0) + 1);
    return m;
  }, [all]);
  const evalVersion = useStore((s) => s.evalVersion);
  const nodes = useStore((s) => s.doc.nodes);
  const dim = useMemo(() => {
    if (filter.level === null && filter.predikat === null && filter.penanggungJawab === null && !filter.findingsOnly) return null;
    const ev = getAppStore().getState().evaluation;
    return (id: string): boolean => {
      const n = nodes[id];
      if (!n) return true;
      if (filter.level !== null && n.level !== filter.level) return true;
      if (filter.penanggungJawab !== null && n.penanggungJawab !== filter.penanggungJawab) return true;
      if (filter.predikat !== null && ev.results.get(id)?.predikat !== filter.predikat) return true;
      if (filter.findingsOnly && !findings.has(id)) return true;
      return false;
    };
    // evalVersion: predikat may change without the nodes changing (period switch).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [filter, nodes, findings, evalVersion]);
  return { dim, findings };
}
