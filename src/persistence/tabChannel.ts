/** What one tab tells the others after writing a project. */
export interface SavedMessage {
  type: 'saved';
  tab: string;
  projectId: string;
  updatedAt: string;
}

export const CHANNEL_NAME = 'kaskade';

export interface TabChannel {
  announce: (m: Omit<SavedMessage, 'type' | 'tab'>) => void;
  close: () => void;
}

function isSaved(x: unknown): x is SavedMessage {
  if (typeof x !== 'object' || x === null) return false;
  const m = x as Record<string, unknown>;
  return m.type === 'saved' && typeof m.tab === 'string' && typeof m.projectId === 'string' && typeof m.updatedAt === 'string';
}

/**
 * Tabs of this app announce their saves on a BroadcastChannel. Where there is none, announcing
 * does nothing: the row check before each save still catches a conflict.
 */
export function openTabChannel(tab: string, onSaved: (m: SavedMessage) => void): TabChannel {
  if (typeof BroadcastChannel === 'undefined') return { announce: () => undefined, close: () => undefined };
  const ch = new BroadcastChannel(CHANNEL_NAME);
  ch.onmessage = (ev: MessageEvent) => {
    if (isSaved(ev.data) && ev.data.tab !== tab) onSaved(ev.data);
  };
  return {
    announce: (m) => {
      try {
        ch.postMessage({ type: 'saved', tab, ...m } satisfies SavedMessage);
      } catch {
        // A closed channel is not worth failing a save for.
      }
    },
    close: () => ch.close(),
  };
}
