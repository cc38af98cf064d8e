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

  /** Overwrites one field of a stored node row, as a damaged disk or another program might. */
  async corruptNode(projectId: string, id: string, field: string, value: unknown): Promise<void> {
    await this.page.evaluate(
      async ([pid, nid, f, v]) => {
        const db = await new Promise<IDBDatabase>((res, rej) => {
          const r = indexedDB.open('kaskade');
          r.onsuccess = () => res(r.result);
          r.onerror = () => rej(r.error);
        });
        const store = db.transaction('nodes', 'readwrite').objectStore('nodes');
        await new Promise<void>((res, rej) => {
          const get = store.get([pid, nid]);
          get.onsuccess = () => {
            const row = get.result as { node: Record<string, unknown> };
            row.node[f as string] = v;
            const put = store.put(row);
            put.onsuccess = () => res();
            put.onerror = () => rej(put.error);
          };
          get.onerror = () => rej(get.error);
        });
        db.close();
      },
      [projectId, id, field, value] as const,
    );
  }

  banner(kind: 'conflict' | 'memory' | 'failed') {
    return this.page.locator(`[data-testid="banner-${kind}"]`);
  }
}
