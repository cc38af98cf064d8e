import { useEffect, useState } from 'react';
import type { Finding } from '../../domain/checks';
import { useStore } from '../../store/store';
import { currentFindings } from '../hooks/useFindings';

const NONE: Finding[] = [];

const checkNow = currentFindings;

/**
 * The checker's findings for the review screens, then again after edits settle (debounced, so a
 * burst of typing on a 20,000-node tree runs them once). `pending` is true while the findings are
 * not those of the current document. By default the first run happens at once, so the panel never
 * shows "ready" before the checks ran; `defer` lets a screen paint first (the charts) and fills
 * the findings in right after.
 */
export function useReviewFindings(defer = false): { findings: Finding[]; pending: boolean } {
  const evalVersion = useStore((s) => s.evalVersion);
  const [state, setState] = useState(() => (defer ? { findings: NONE, version: -1 } : checkNow()));
  useEffect(() => {
    if (evalVersion === state.version) return;
    // A deferred first run waits a frame or two so the screen paints before the checks block.
    const timer = setTimeout(() => setState(checkNow()), state.version < 0 ? 40 : 250);
    return () => clearTimeout(timer);
  }, [evalVersion, state.version]);
  return { findings: state.findings, pending: evalVersion !== state.version };
}
