/** What one tab tells the others after writing a project. */
export interface SavedMessage {
  type: 'saved';
  tab: string;
  projectId: string;
  updatedAt: string;
}

/** What one tab tells the others after changing what the lists show (versions, projects). */
export interface ListsMessage {
  type: 'lists';
  tab: string;
}

export const CHANNEL_NAME = 'kaskade';

export interface TabChannel {
  announce: (m: Omit<SavedMessage, 'type' | 'tab'>) => void;
  /** Tells the other tabs to read their project and version lists again. */
  announceLists: () => void;
  close: () => void;
}

function isSaved(x: unknown): x is SavedMessage {
  if (typeof x !== 'object' || x === null) return false;
  const m = x as Record<string, unknown>;
  return m.type === 'saved' && typeof m.tab === 'string' && typeof m.projectId === 'string' && typeof m.updatedAt === 'string';
}

function isLists(x: unknown): x is ListsMessage {
  return typeof x === 'object' && x !== null && (x as Record<string, unknown>).type === 'lists' && typeof (x as Record<string, unknown>).tab === 'string';
}

/**
 * Tabs of this app announce their saves, and changes of versions and of the project list, on a
 * BroadcastChannel. Where there is none, announcing does nothing: the row check before each save
 * still catches a conflict, and a list is read again when it is opened.
 */
export function openTabChannel(tab: string, onSaved: (m: SavedMessage) => void, onLists: () => void = () => undefined): TabChannel {
  if (typeof BroadcastChannel === 'undefined') return { announce: () => undefined, announceLists: () => undefined, close: () => undefined };
  const ch = new BroadcastChannel(CHANNEL_NAME);
  ch.onmessage = (ev: MessageEvent) => {
    if (isSaved(ev.data) && ev.data.tab !== tab) onSaved(ev.data);
    else if (isLists(ev.data) && ev.data.tab !== tab) onLists();
  };
  const post = (m: SavedMessage | ListsMessage): void => {
    try {
      ch.postMessage(m);
    } catch {
      // A closed channel is not worth failing a save for.
    }
  };
  return {
    announce: (m) => post({ type: 'saved', tab, ...m }),
    announceLists: () => post({ type: 'lists', tab }),
    close: () => ch.close(),
  };
}
