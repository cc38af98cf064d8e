import { createStore } from 'zustand/vanilla';
import { useStore as useZustand } from 'zustand';
import type { KDocument } from '../domain/model';
import { createDocumentSlice } from './documentSlice';
import type { DocumentSlice } from './documentSlice';
import { createViewSlice } from './viewSlice';
import type { ViewSlice } from './viewSlice';

export type StoreState = DocumentSlice & ViewSlice;

/** Builds a store around a document; the app has one, tests make their own. */
export function createKaskadeStore(doc: KDocument) {
  const store = createStore<StoreState>()((...a) => ({
    ...createViewSlice(...a),
    ...createDocumentSlice(doc)(...a),
  }));
  store.setState({ year: doc.project.tahun, tw: doc.project.triwulan });
  return store;
}

export type KaskadeStore = ReturnType<typeof createKaskadeStore>;

let appStore: KaskadeStore | null = null;

export function setAppStore(s: KaskadeStore): void {
  appStore = s;
}

export function getAppStore(): KaskadeStore {
  if (!appStore) throw new Error('store not initialised');
  return appStore;
}

/** Selects from the app store (components only). */
export function useStore<T>(selector: (s: StoreState) => T): T {
  return useZustand(getAppStore(), selector);
}
