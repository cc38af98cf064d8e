import type { KaskadeStore } from './store';

/**
 * Review edits: acknowledging a checker warning with a reason, kept in the document
 * (`doc.acknowledgements`, keyed `rule:kode`, see model.ts). Each is one undo step.
 */
export function createReviewActions(store: KaskadeStore) {
  return {
    /** Records (or replaces) the reason for accepting the warning `key`. Empty reasons are refused. */
    acknowledge(key: string, reason: string, at: Date = new Date()): boolean {
      const text = reason.trim();
      if (key === '' || text === '') return false;
      store.getState().commit('Terima peringatan', (d) => {
        const ack = { key, reason: text, at: at.toISOString() };
        const i = d.acknowledgements.findIndex((a) => a.key === key);
        if (i >= 0) d.acknowledgements[i] = ack;
        else d.acknowledgements.push(ack);
      });
      return true;
    },
    /** Withdraws an acknowledgement: the warning counts as open again. */
    unacknowledge(key: string): void {
      store.getState().commit('Batalkan penerimaan peringatan', (d) => {
        d.acknowledgements = d.acknowledgements.filter((a) => a.key !== key);
      });
    },
  };
}

export type ReviewActions = ReturnType<typeof createReviewActions>;
