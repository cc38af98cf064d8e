import { useEffect, useState } from 'react';
import { runChecks } from '../../domain/checks';
import type { Finding } from '../../domain/checks';
import { getAppStore, useStore } from '../../store/store';

const EMPTY: Finding[] = [];
let cache: { version: number; findings: Finding[] } | null = null;

/**
 * The checker's findings for the current evaluation, computed once per evaluation version and
 * shared by every screen that shows them (canvas markers, side tab count, review panel, reports).
 */
export function currentFindings(): { findings: Finding[]; version: number } {
  const s = getAppStore().getState();
  if (!cache || cache.version !== s.evalVersion) cache = { version: s.evalVersion, findings: runChecks(s.doc, s.evaluation) };
  return cache;
}

/**
 * The findings, recomputed after edits settle (debounced, so a burst of typing on a 20k-node tree
 * runs the checks once).
 */
export function useFindings(): Finding[] {
  const evalVersion = useStore((s) => s.evalVersion);
  const [findings, setFindings] = useState<Finding[]>(() => (cache?.version === evalVersion ? cache.findings : EMPTY));
  useEffect(() => {
    if (cache?.version === evalVersion) {
      setFindings(cache.findings);
      return;
    }
    const timer = setTimeout(() => setFindings(currentFindings().findings), 250);
    return () => clearTimeout(timer);
  }, [evalVersion]);
  return findings;
}
