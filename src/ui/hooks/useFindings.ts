import { useEffect, useState } from 'react';
import { checkSteps, runChecks } from '../../domain/checks';
import type { Finding } from '../../domain/checks';
import { backgroundTask } from '../../lib/background';
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

/** The stepped computation under way, if any (one at a time, for the latest evaluation). */
let running: { version: number; done: Promise<Finding[] | null> } | null = null;

/**
 * The findings of the current evaluation, computed a stretch of nodes per background task
 * (`checkSteps`), so a click or a key press waits for one stretch at most, not for the whole
 * checker (≈ 200 ms on a 20,000-node tree, just after a project opens). Resolves with null when
 * the evaluation changed meanwhile.
 */
function findingsInSteps(): Promise<Finding[] | null> {
  const s = getAppStore().getState();
  const version = s.evalVersion;
  if (cache?.version === version) return Promise.resolve(cache.findings);
  if (running?.version === version) return running.done;
  const done = (async () => {
    const steps = checkSteps(s.doc, s.evaluation);
    for (;;) {
      await backgroundTask();
      if (getAppStore().getState().evalVersion !== version) return null;
      // Computed meanwhile by `currentFindings` (a report, the review panel).
      if (cache?.version === version) return cache.findings;
      const r = steps.next();
      if (r.done) {
        cache = { version, findings: r.value };
        return r.value;
      }
    }
  })();
  running = { version, done };
  return done;
}

/**
 * The findings, recomputed after edits settle (debounced, so a burst of typing on a 20k-node tree
 * runs the checks once) and in steps that leave the page responsive.
 */
export function useFindings(): Finding[] {
  const evalVersion = useStore((s) => s.evalVersion);
  const [findings, setFindings] = useState<Finding[]>(() => (cache?.version === evalVersion ? cache.findings : EMPTY));
  useEffect(() => {
    if (cache?.version === evalVersion) {
      setFindings(cache.findings);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      void findingsInSteps().then((f) => {
        if (live && f) setFindings(f);
      });
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [evalVersion]);
  return findings;
}
