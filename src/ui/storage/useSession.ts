import { useStore as useZustand } from 'zustand';
import type { SessionView } from '../../persistence/session';
import { getSession } from '../shell/boot';

/** Selects from this tab's storage session (conflict, failure, list version). */
export function useSessionView<T>(selector: (s: SessionView) => T): T {
  return useZustand(getSession().view, selector);
}
