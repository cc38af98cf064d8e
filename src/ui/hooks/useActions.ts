import { useMemo } from 'react';
import { createActions } from '../../store/actions';
import type { Actions } from '../../store/actions';
import { getAppStore } from '../../store/store';

let cached: { store: unknown; actions: Actions } | null = null;

/** Document edits for components (one undo step each). */
export function useActions(): Actions {
  return useMemo(() => {
    const store = getAppStore();
    if (!cached || cached.store !== store) cached = { store, actions: createActions(store) };
    return cached.actions;
  }, []);
}
