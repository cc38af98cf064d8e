import { useCallback, useMemo } from 'react';
import { createReviewActions } from '../../store/reviewActions';
import type { ReviewActions } from '../../store/reviewActions';
import { getAppStore } from '../../store/store';

let cached: { store: unknown; actions: ReviewActions } | null = null;

/** Acknowledge / withdraw (one undo step each). */
export function useReviewActions(): ReviewActions {
  return useMemo(() => {
    const store = getAppStore();
    if (!cached || cached.store !== store) cached = { store, actions: createReviewActions(store) };
    return cached.actions;
  }, []);
}

/**
 * Leads to a node: selects it (opening collapsed ancestors) and centres it on the canvas, switching
 * to the canvas first when another screen is showing (the canvas centres the selection when it
 * mounts).
 */
export function useFocusNode(): (id: string) => void {
  return useCallback((id: string) => {
    const s = getAppStore().getState();
    s.focus(id);
    if (s.screen !== 'canvas') s.setScreen('canvas');
  }, []);
}
