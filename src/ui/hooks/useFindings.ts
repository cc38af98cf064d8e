import { useEffect, useState } from 'react';
import { runChecks } from '../../domain/checks';
import type { Finding } from '../../domain/checks';
import { getAppStore, useStore } from '../../store/store';

const EMPTY: Finding[] = [];

/**
 * The checker's findings for the current document, recomputed after edits settle (debounced, so a
 * burst of typing on a 20k-node tree runs the checks once).
 */
export function useFindings(): Finding[] {
  const evalVersion = useStore((s) => s.evalVersion);
  const [findings, setFindings] = useState<Finding[]>(EMPTY);
  useEffect(() => {
    const timer = setTimeout(() => {
      const s = getAppStore().getState();
      setFindings(runChecks(s.doc, s.evaluation));
    }, 250);
    return () => clearTimeout(timer);
  }, [evalVersion]);
  return findings;
}
