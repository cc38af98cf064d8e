/** Space this origin uses and may use, in bytes, when the browser says. */
export interface StorageEstimate {
  usage: number | null;
  quota: number | null;
}

const storage = (): StorageManager | undefined => (typeof navigator === 'undefined' ? undefined : navigator.storage);

/** Asks the browser to keep this site's data under storage pressure; null when it cannot say. */
export async function requestPersistence(): Promise<boolean | null> {
  try {
    const s = storage();
    return s?.persist ? await s.persist() : null;
  } catch {
    return null;
  }
}

/** Whether the data is already protected from eviction, without asking. */
export async function isPersisted(): Promise<boolean | null> {
  try {
    const s = storage();
    return s?.persisted ? await s.persisted() : null;
  } catch {
    return null;
  }
}

export async function estimateStorage(): Promise<StorageEstimate> {
  try {
    const e = await storage()?.estimate?.();
    return { usage: e?.usage ?? null, quota: e?.quota ?? null };
  } catch {
    return { usage: null, quota: null };
  }
}
