import { createStore } from 'zustand/vanilla';
import { newId } from '../domain/model';
import type { KDocument } from '../domain/model';
import type { KaskadeStore } from '../store/store';
import { startAutosave } from './autosave';
import type { Autosave } from './autosave';
import type { KaskadeDB } from './db';
import { describeStorageError, invalidRowMessage } from './errors';
import type { Seen, StorageFailure } from './errors';
import { LAST_PROJECT_KEY } from './names';
import { findInvalidNode, loadProject, saveWholeDocument, setMeta, whyUnopenable } from './projectRepository';
import type { LoadedProject } from './projectRepository';
import { isPersisted, requestPersistence } from './storageInfo';
import { openTabChannel } from './tabChannel';
import type { TabChannel } from './tabChannel';

/** What the storage banners and dialogs show; not part of the document or its history. */
export interface SessionView {
  /** False when IndexedDB could not be opened: the work lives in memory only. */
  available: boolean;
  /** Another tab saved the open project; this tab writes nothing until the user chooses. */
  conflict: Seen | null;
  /** The last write failed (and why); cleared by the next successful write. */
  failure: StorageFailure | null;
  /** Bumped whenever projects or versions change, so open lists reload. */
  listVersion: number;
}

export const createSessionView = () => createStore<SessionView>(() => ({ available: true, conflict: null, failure: null, listVersion: 0 }));
export type SessionViewStore = ReturnType<typeof createSessionView>;

const MEMORY_MSG = { id: 'IndexedDB tidak tersedia: pekerjaan hanya di memori', en: 'IndexedDB unavailable: work is in memory only' };
const CONFLICT_MSG = { id: 'diubah di tab lain', en: 'changed in another tab' };

/**
 * The open project's link to storage: autosave, the two-tab guard (row version check before each
 * write plus a BroadcastChannel), persistence request, and switching projects. With no database
 * everything still works in memory and the user is told to export.
 */
export class ProjectSession {
  private seen: Seen | null = null;
  private autosave: Autosave | null = null;
  private channel: TabChannel | null = null;
  private persistAsked = false;
  /** Banner and dialog state of this tab. */
  readonly view: SessionViewStore = createSessionView();

  constructor(
    readonly store: KaskadeStore,
    readonly db: KaskadeDB | null,
    readonly tabId: string,
  ) {}

  private get projectId(): string {
    return this.store.getState().doc.project.id;
  }

  private lang(): 'id' | 'en' {
    return this.store.getState().lang;
  }

  start(seen: Seen | null): void {
    this.seen = seen;
    const db = this.db;
    const st = this.store.getState();
    if (!db) {
      this.view.setState({ available: false });
      st.setStorage({ save: 'memory', error: MEMORY_MSG[this.lang()] });
      globalThis.addEventListener?.('beforeunload', this.onBeforeUnload);
      return;
    }
    this.channel = openTabChannel(
      this.tabId,
      (m) => {
        if (m.projectId === this.projectId && m.updatedAt !== this.seen?.updatedAt) this.enterConflict({ updatedAt: m.updatedAt, writer: m.tab });
        // Another tab's save may change what an open project list shows.
        this.bumpLists();
      },
      // Another tab saved, renamed, locked or deleted a version, or changed the project list.
      () => this.bumpLists(),
    );
    this.autosave = startAutosave(this.store, db, this.tabId, {
      onStatus: (s) => {
        if (s.state !== 'failed') {
          this.store.getState().setStorage({ save: s.state, error: null });
          return;
        }
        const failure = describeStorageError(s.error);
        this.view.setState({ failure });
        this.store.getState().setStorage({ save: 'failed', error: failure.message[this.lang()] });
      },
      expected: () => this.seen,
      onSaved: (seen, projectId) => {
        if (projectId === this.projectId) this.seen = seen;
        // A save cures a failed write, not a stored row that failed the schema check.
        if (this.view.getState().failure?.kind !== 'invalid') this.view.setState({ failure: null });
        this.channel?.announce({ projectId, updatedAt: seen.updatedAt });
        this.askPersistenceOnce();
      },
      onConflict: (row) => this.enterConflict(row),
      paused: () => this.view.getState().conflict !== null,
    });
    // A project just read from storage is, by definition, saved.
    if (seen) st.setStorage({ save: 'saved', error: null });
    void isPersisted().then((persisted) => this.store.getState().setStorage({ persisted }));
    globalThis.addEventListener?.('beforeunload', this.onBeforeUnload);
  }

  stop(): void {
    this.autosave?.stop();
    this.channel?.close();
    globalThis.removeEventListener?.('beforeunload', this.onBeforeUnload);
  }

  /** Unsaved edits that cannot be written (memory only, failure, conflict): ask before leaving. */
  private onBeforeUnload = (e: Event): void => {
    const s = this.store.getState();
    const unsaved = s.dirty.ids.size > 0 || s.dirty.project;
    const stuck = !this.db || this.view.getState().conflict !== null || this.view.getState().failure !== null;
    if (unsaved && stuck) e.preventDefault();
  };

  /** `navigator.storage.persist()` on the first save; the answer goes to the status. */
  private askPersistenceOnce(): void {
    if (this.persistAsked) return;
    this.persistAsked = true;
    void requestPersistence().then((persisted) => this.store.getState().setStorage({ persisted }));
  }

  private enterConflict(row: Seen): void {
    if (this.view.getState().conflict) return;
    this.view.setState({ conflict: row });
    this.store.getState().setStorage({ save: 'failed', error: CONFLICT_MSG[this.lang()] });
  }

  private afterLoad(doc: KDocument, seen: Seen | null): void {
    const s = this.store.getState();
    s.loadDocument(doc);
    s.takeDirty();
    this.seen = seen;
    this.view.setState({ conflict: null, failure: null });
    if (this.db) s.setStorage({ save: 'saved', error: null });
    this.bumpLists();
  }

  /** Tells open lists (projects, versions) to reload. */
  bumpLists(): void {
    this.view.setState((s) => ({ listVersion: s.listVersion + 1 }));
  }

  /** After this tab changed versions or the project list: its own lists and other tabs' reload. */
  listsChanged(): void {
    this.bumpLists();
    this.channel?.announceLists();
  }

  /** Writes what is pending now. */
  async flush(): Promise<void> {
    await this.autosave?.flush();
  }

  /** Makes `doc` the open project: stored whole (under its own id), remembered as the last one. */
  async openNew(doc: KDocument): Promise<void> {
    await this.flush();
    let seen: Seen | null = null;
    if (this.db) {
      seen = await saveWholeDocument(this.db, doc, this.tabId);
      await setMeta(this.db, LAST_PROJECT_KEY, doc.project.id);
    }
    this.afterLoad(doc, seen);
  }

  /** Opens a stored project (pending edits of the open one are written first). */
  async open(projectId: string): Promise<void> {
    if (!this.db) return;
    await this.flush();
    const loaded = await loadProject(this.db, projectId, { deferCheck: true });
    if (!loaded) throw new Error(`project ${projectId} not found`);
    await setMeta(this.db, LAST_PROJECT_KEY, projectId);
    await this.adopt(loaded);
  }

  /** Conflict: drop this tab's unsaved edits and take what the other tab stored. */
  async reloadFromStorage(): Promise<void> {
    if (!this.db) return;
    const loaded = await loadProject(this.db, this.projectId, { deferCheck: true });
    if (!loaded) throw new Error('project not found');
    await this.adopt(loaded);
  }

  /** Makes a project read from storage the open one, finishing what its load left to do. */
  private async adopt(loaded: LoadedProject): Promise<void> {
    if (loaded.stale) {
      await this.openNew(loaded.document);
      return;
    }
    try {
      this.afterLoad(loaded.document, loaded.seen);
    } catch (e) {
      // Only unchecked rows can break the evaluation; the open project is left as it was.
      if (!loaded.unchecked) throw e;
      throw new Error((await whyUnopenable(loaded.document, e))[this.lang()], { cause: e });
    }
    if (loaded.unchecked) this.checkStored(loaded.document);
  }

  /**
   * Checks the nodes of a document opened unchecked (see `loadProject`) once the first paint is
   * done, in slices; an invalid row is reported on screen, naming the node and field.
   */
  checkStored(doc: KDocument, delayMs = 500): void {
    setTimeout(() => {
      void findInvalidNode(doc).then((bad) => {
        if (!bad || this.store.getState().doc.project.id !== doc.project.id) return;
        const failure: StorageFailure = { kind: 'invalid', message: invalidRowMessage(bad) };
        // The banner tells; the save status stays what it is, since saving still works.
        this.view.setState({ failure });
      });
    }, delayMs);
  }

  /** Conflict: keep this tab's state as a new project, leaving the other tab's work as it is. */
  async saveCopyAsNew(suffix: string): Promise<void> {
    const doc = this.store.getState().doc;
    await this.openNew({ ...doc, project: { ...doc.project, id: newId('p'), nama: `${doc.project.nama || doc.project.instansi} ${suffix}`.trim() } });
  }

  /** After a failure: try the write again. */
  async retry(): Promise<void> {
    this.view.setState({ failure: null });
    await this.flush();
  }
}
