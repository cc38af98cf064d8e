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

  /** A node (by kode or id) as stored in the project `projectId`: without its default-valued fields. */
  async storedNode(projectId: string, kode: string): Promise<Record<string, unknown> | null> {
    const d = await this.dump();
    const nodes = (d.nodeBuckets as { projectId: string; nodes: Record<string, unknown>[] }[]).filter((r) => r.projectId === projectId).flatMap((r) => r.nodes);
    return nodes.find((n) => n.kode === kode || n.id === kode) ?? null;
  }

  /** The stored sasaran of a node (by kode or id) in the stored project `projectId`. */
  async storedSasaran(projectId: string, kode: string): Promise<string | null> {
    const node = await this.storedNode(projectId, kode);
    // Rows leave out fields equal to their default (an empty sasaran).
    return node ? ((node.sasaran as string | undefined) ?? '') : null;
  }

  /** Overwrites one field of a stored node, as a damaged disk or another program might. */
  async corruptNode(projectId: string, id: string, field: string, value: unknown): Promise<void> {
    await this.page.evaluate(
      async ([pid, nid, f, v]) => {
        const db = await new Promise<IDBDatabase>((res, rej) => {
          const r = indexedDB.open('kaskade');
          r.onsuccess = () => res(r.result);
          r.onerror = () => rej(r.error);
        });
        const store = db.transaction('nodeBuckets', 'readwrite').objectStore('nodeBuckets');
        await new Promise<void>((res, rej) => {
          const get = store.getAll(IDBKeyRange.bound([pid], [pid, []]));
          get.onsuccess = () => {
            const rows = get.result as { nodes: Record<string, unknown>[] }[];
            const row = rows.find((r) => r.nodes.some((n) => n.id === nid));
            const node = row?.nodes.find((n) => n.id === nid);
            if (!row || !node) return rej(new Error(`no stored node ${nid as string}`));
            node[f as string] = v;
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

  /**
   * Rewrites a stored project as row format 2 left it (one row per node in `nodes`, no bucket
   * rows, `rowFormat: 2` on the project row), as an earlier version of the app would find it.
   */
  async storeAsOneRowPerNode(projectId: string): Promise<number> {
    return this.page.evaluate(async (pid) => {
      const db = await new Promise<IDBDatabase>((res, rej) => {
        const r = indexedDB.open('kaskade');
        r.onsuccess = () => res(r.result);
        r.onerror = () => rej(r.error);
      });
      const tx = db.transaction(['nodeBuckets', 'nodes', 'projects'], 'readwrite');
      const range = IDBKeyRange.bound([pid], [pid, []]);
      const buckets = await new Promise<{ nodes: { id: string }[] }[]>((res, rej) => {
        const q = tx.objectStore('nodeBuckets').getAll(range);
        q.onsuccess = () => res(q.result as { nodes: { id: string }[] }[]);
        q.onerror = () => rej(q.error);
      });
      let count = 0;
      for (const b of buckets) {
        for (const node of b.nodes) {
          tx.objectStore('nodes').put({ projectId: pid, id: node.id, node });
          count++;
        }
      }
      tx.objectStore('nodeBuckets').delete(range);
      const projects = tx.objectStore('projects');
      const get = projects.get(pid);
      get.onsuccess = () => {
        const row = get.result as Record<string, unknown>;
        delete row.nodeCount;
        projects.put({ ...row, rowFormat: 2 });
      };
      await new Promise<void>((res, rej) => {
        tx.oncomplete = () => res();
        tx.onerror = () => rej(tx.error);
      });
      db.close();
      return count;
    }, projectId);
  }

  banner(kind: 'conflict' | 'memory' | 'failed') {
    return this.page.locator(`[data-testid="banner-${kind}"]`);
  }
}
