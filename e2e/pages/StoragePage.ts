import type { Page } from 'playwright-core';

/** Reads the app's IndexedDB straight from the page (every store, every row), and the banners. */
export class StoragePage {
  constructor(readonly page: Page) {}

  async dump(): Promise<Record<string, unknown[]>> {
    return this.page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((res, rej) => {
        const r = indexedDB.open('kaskade');
        r.onsuccess = () => res(r.result);
        r.onerror = () => rej(r.error);
      });
      const out: Record<string, unknown[]> = {};
      for (const name of Array.from(db.objectStoreNames)) {
        out[name] = await new Promise<unknown[]>((res, rej) => {
          const q = db.transaction(name).objectStore(name).getAll();
          q.onsuccess = () => res(q.result as unknown[]);
          q.onerror = () => rej(q.error);
        });
      }
      db.close();
      return out;
    });
  }

  /** The stored sasaran of a node (by kode or id) in the stored project `projectId`. */
  async storedSasaran(projectId: string, kode: string): Promise<string | null> {
    const d = await this.dump();
    const row = (d.nodes as { projectId: string; id: string; node: { kode: string; sasaran: string } }[]).find((r) => r.projectId === projectId && (r.node.kode === kode || r.id === kode));
    return row?.node.sasaran ?? null;
  }

  banner(kind: 'conflict' | 'memory' | 'failed') {
    return this.page.locator(`[data-testid="banner-${kind}"]`);
  }
}
