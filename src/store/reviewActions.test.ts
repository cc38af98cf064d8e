import { describe, expect, it } from 'vitest';
import { buildLumajang } from '../samples/lumajang';
import { createReviewActions } from './reviewActions';
import { createKaskadeStore } from './store';

function setup() {
  const store = createKaskadeStore(buildLumajang());
  store.getState().takeDirty();
  return { store, review: createReviewActions(store) };
}

describe('review actions', () => {
  it('acknowledges a warning with its reason as one undo step, and marks the project for saving', () => {
    const { store, review } = setup();
    const at = new Date('2024-04-16T03:00:00Z');
    expect(review.acknowledge('spending-without-realisation:lmj-3-1', '  Realisasi menunggu laporan bidang  ', at)).toBe(true);
    const s = store.getState();
    expect(s.doc.acknowledgements).toEqual([{ key: 'spending-without-realisation:lmj-3-1', reason: 'Realisasi menunggu laporan bidang', at: '2024-04-16T03:00:00.000Z' }]);
    expect(s.dirty.project).toBe(true);
    expect(s.undoStack).toHaveLength(1);
    s.undo();
    expect(store.getState().doc.acknowledgements).toEqual([]);
    store.getState().redo();
    expect(store.getState().doc.acknowledgements).toHaveLength(1);
  });

  it('replaces the reason of an existing key and refuses an empty reason', () => {
    const { store, review } = setup();
    review.acknowledge('rule:X', 'pertama');
    review.acknowledge('rule:X', 'kedua');
    expect(store.getState().doc.acknowledgements.map((a) => a.reason)).toEqual(['kedua']);
    expect(review.acknowledge('rule:Y', '   ')).toBe(false);
    expect(store.getState().doc.acknowledgements).toHaveLength(1);
  });

  it('withdraws an acknowledgement', () => {
    const { store, review } = setup();
    review.acknowledge('rule:X', 'alasan');
    review.acknowledge('rule:Z', 'alasan');
    review.unacknowledge('rule:X');
    expect(store.getState().doc.acknowledgements.map((a) => a.key)).toEqual(['rule:Z']);
  });
});
