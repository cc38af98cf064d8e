import { acknowledgementSchema, documentSchema, nodeSchema, projectSchema, SCHEMA_VERSION } from '../domain/model';
import type { KDocument, KNode } from '../domain/model';
import { issueOf } from '../domain/schemaIssue';
import Dexie from 'dexie';
import type { KaskadeDB, NodeBucketRow, ProjectRow } from './db';
import type { PrefetchedProject } from './prefetch';
import { bucketOf, packNode, unpackNode } from './rowCodec';
import type { StoredNode } from './rowCodec';
import { ConflictError, damagedRowMessage, invalidRowMessage } from './errors';
import { ROW_FORMAT, projectRowsRange } from './names';
import { backgroundTask } from '../lib/background';
import type { Msg } from '../domain/edit';
import type { Seen } from './errors';

const seenOf = (row: ProjectRow): Seen => ({
  updatedAt: row.updatedAt,
  writer: row.writer,
  createdAt: row.createdAt ?? row.updatedAt,
  deletedAt: row.deletedAt ?? null,
  ...(row.rowFormat === undefined ? {} : { rowFormat: row.rowFormat }),
});

/**
 * The node rows of `doc` for the buckets in `buckets` (every bucket with a node when null): rows to
 * put, the keys of buckets left without nodes, to delete, and how many nodes `doc` has (counted in
 * the same pass, for the project row).
 */
function bucketRows(doc: KDocument, buckets: ReadonlySet<number> | null): { puts: NodeBucketRow[]; deletes: [string, number][]; nodeCount: number } {
  const projectId = doc.project.id;
  const groups = new Map<number, StoredNode[]>();
  if (buckets) for (const b of buckets) groups.set(b, []);
  let nodeCount = 0;
  for (const id in doc.nodes) {
    nodeCount++;
    const b = bucketOf(id);
    let group = groups.get(b);
    if (!group) {
      if (buckets) continue;
      group = [];
      groups.set(b, group);
    }
    group.push(packNode(doc.nodes[id] as KNode));
  }
  const puts: NodeBucketRow[] = [];
  const deletes: [string, number][] = [];
  for (const [bucket, nodes] of groups) {
    if (nodes.length) puts.push({ projectId, bucket, nodes });
    else deletes.push([projectId, bucket]);
  }
  return { puts, deletes, nodeCount };
}

/** The buckets holding the nodes `ids` (present or deleted). */
function bucketsOf(ids: Iterable<string>): Set<number> {
  const out = new Set<number>();
  for (const id of ids) out.add(bucketOf(id));
  return out;
}

/** The key range of a project's rows in a table whose primary key starts with the project id. */
const projectRange = <K>(projectId: string): [K, K] => [[projectId, Dexie.minKey] as K, [projectId, Dexie.maxKey] as K];

/** Deletes every stored node row of a project, in any row format (one-node rows and bucket rows). */
async function deleteNodeRows(db: KaskadeDB, projectId: string): Promise<void> {
  await db.nodes.where('[projectId+id]').between(...projectRange<[string, string]>(projectId)).delete();
  await db.nodeBuckets.where('[projectId+bucket]').between(...projectRange<[string, number]>(projectId)).delete();
}

export { ROW_FORMAT };

/** A timestamp later than `prev`, so two saves in one millisecond still differ. */
function stamp(prev: string | undefined): string {
  const now = new Date();
  if (prev && now.toISOString() <= prev) return new Date(Date.parse(prev) + 1).toISOString();
  return now.toISOString();
}

/**
 * Writes a whole document (new project, import, reload) in one transaction, replacing what was
 * there. Returns the row version written.
 */
export async function saveWholeDocument(db: KaskadeDB, doc: KDocument, writer: string): Promise<Seen> {
  const projectId = doc.project.id;
  const { puts, nodeCount } = bucketRows(doc, null);
  return db.transaction('rw', db.projects, db.nodes, db.nodeBuckets, async () => {
    const prev = await db.projects.get(projectId);
    await deleteNodeRows(db, projectId);
    await db.nodeBuckets.bulkPut(puts);
    const row = projectRow(doc, doc.project, nodeCount, prev, writer);
    await db.projects.put(row);
    return seenOf(row);
  });
}

/**
 * The project row written with a save: a fresh stamp, the creation and trash dates kept. Every
 * save leaves the node rows in the current {@link ROW_FORMAT}.
 */
function projectRow(doc: KDocument, project: KDocument['project'], nodeCount: number, prev: Pick<ProjectRow, 'updatedAt' | 'createdAt' | 'deletedAt'> | null | undefined, writer: string): ProjectRow {
  const updatedAt = stamp(prev?.updatedAt);
  return {
    rowFormat: ROW_FORMAT,
    nodeCount,
    id: doc.project.id,
    project,
    acknowledgements: doc.acknowledgements,
    schemaVersion: doc.schemaVersion,
    updatedAt,
    writer,
    createdAt: prev?.createdAt ?? updatedAt,
    deletedAt: prev?.deletedAt ?? null,
  };
}

/**
 * Writes only the rows of the changed nodes, in one transaction (a project stored in an earlier
 * row format is written whole instead). With `expected` (the row version this tab last read or
 * wrote), refuses with a {@link ConflictError} when another tab has written since, so neither tab
 * silently overwrites the other.
 */
export async function saveChanges(
  db: KaskadeDB,
  doc: KDocument,
  ids: Iterable<string>,
  projectChanged: boolean,
  writer: string,
  expected: Seen | null = null,
): Promise<Seen> {
  const projectId = doc.project.id;
  const touched = bucketsOf(ids);
  return db.transaction('rw', db.projects, db.nodes, db.nodeBuckets, async () => {
    const prev = await db.projects.get(projectId);
    if (expected && prev && (prev.updatedAt !== expected.updatedAt || prev.writer !== expected.writer)) throw new ConflictError(seenOf(prev));
    const whole = prev?.rowFormat !== ROW_FORMAT;
    const { puts, deletes, nodeCount } = bucketRows(doc, whole ? null : touched);
    if (whole) await deleteNodeRows(db, projectId);
    if (puts.length) await db.nodeBuckets.bulkPut(puts);
    if (deletes.length) await db.nodeBuckets.bulkDelete(deletes);
    const row = projectRow(doc, projectChanged || !prev ? doc.project : prev.project, nodeCount, prev, writer);
    await db.projects.put(row);
    return seenOf(row);
  });
}

/**
 * The write of last resort when the page is going away (`pagehide`): every request is issued
 * synchronously on the open connection, because an asynchronous write started then is dropped
 * with the page. It cannot read the row first, so it rebuilds it from `base` (what this tab last
 * saw) and skips the two-tab check; the BroadcastChannel has told this tab of any other writer.
 * Returns the row version written, or null when the database is not open.
 */
export function saveChangesAtUnload(db: KaskadeDB, doc: KDocument, ids: Iterable<string>, writer: string, base: Seen | null): Seen | null {
  if (!db.isOpen()) return null;
  const idb = db.backendDB();
  const whole = base?.rowFormat !== ROW_FORMAT;
  const { puts, deletes, nodeCount } = bucketRows(doc, whole ? null : bucketsOf(ids));
  const row = projectRow(doc, doc.project, nodeCount, base, writer);
  const tx = idb.transaction([db.nodes.name, db.nodeBuckets.name, db.projects.name], 'readwrite');
  const buckets = tx.objectStore(db.nodeBuckets.name);
  if (whole) {
    const range = projectRowsRange(doc.project.id);
    tx.objectStore(db.nodes.name).delete(range);
    buckets.delete(range);
  }
  for (const r of puts) buckets.put(r);
  for (const key of deletes) buckets.delete(key);
  tx.objectStore(db.projects.name).put(row);
  tx.commit?.();
  return seenOf(row);
}

/** A project read from storage. */
export interface LoadedProject {
  document: KDocument;
  seen: Seen;
  /**
   * The node rows were taken as stored, unchecked (see {@link loadProject}'s `deferCheck`):
   * {@link findInvalidNode} is still to run over them.
   */
  unchecked: boolean;
  /** Rows of an earlier format were read through the schema: write the document whole again. */
  stale: boolean;
}

/**
 * Loads a project and the row version read; null when it does not exist. The document is
 * validated with the schema, except with `deferCheck` when the rows are of the current
 * {@link ROW_FORMAT}: rows this app wrote are schema output already, and checking 20,000 of them
 * takes about half a second before the first paint. The project row is always checked; the
 * caller runs {@link findInvalidNode} over the nodes afterwards (`unchecked` says so).
 * `prefetched`: rows already read at start-up (`prefetch.ts`), used when they are this project's.
 */
export async function loadProject(db: KaskadeDB, projectId: string, { deferCheck = false, prefetched = null as PrefetchedProject | null } = {}): Promise<LoadedProject | null> {
  const rows =
    prefetched?.project.id === projectId
      ? prefetched
      : await db.transaction('r', db.projects, db.nodes, db.nodeBuckets, async () => {
          const project = await db.projects.get(projectId);
          if (!project) return null;
          // The primary keys start with the project id: one key range over the project's rows,
          // which reads faster than going through the projectId index.
          if (project.rowFormat === ROW_FORMAT) {
            return { project, buckets: await db.nodeBuckets.where('[projectId+bucket]').between(...projectRange<[string, number]>(projectId)).toArray() };
          }
          return { project, rows: await db.nodes.where('[projectId+id]').between(...projectRange<[string, string]>(projectId)).toArray() };
        });
  return rows ? projectFromRows(rows, deferCheck) : null;
}

/** The nodes in a project's rows, by id. A bucket row that is not a list of nodes is refused. */
function nodesOf(stored: PrefetchedProject): KDocument['nodes'] {
  const nodes: KDocument['nodes'] = {};
  if (stored.rows) for (const r of stored.rows) nodes[r.id] = unpackNode(r.node);
  for (const b of stored.buckets ?? []) {
    const list: unknown = b.nodes;
    if (!Array.isArray(list) || !list.every((n: unknown) => typeof n === 'object' && n !== null && typeof (n as { id?: unknown }).id === 'string')) {
      throw new Error(damagedRowMessage(stored.project.id, b.bucket).id);
    }
    for (const n of list as StoredNode[]) nodes[n.id] = unpackNode(n);
  }
  return nodes;
}

/** The document in a project's rows; see {@link loadProject}. */
function projectFromRows(stored: PrefetchedProject, deferCheck: boolean): LoadedProject {
  const row = stored.project;
  const nodes = nodesOf(stored);
  const current = row.rowFormat === ROW_FORMAT && row.schemaVersion === SCHEMA_VERSION;
  if (deferCheck && current) {
    const document: KDocument = {
      schemaVersion: SCHEMA_VERSION,
      project: projectSchema.parse(row.project),
      nodes,
      acknowledgements: acknowledgementSchema.array().parse(row.acknowledgements ?? []),
    };
    return { document, seen: seenOf(row), unchecked: true, stale: false };
  }
  const document = documentSchema.parse({ schemaVersion: row.schemaVersion, project: row.project, nodes, acknowledgements: row.acknowledgements });
  return { document, seen: seenOf(row), unchecked: false, stale: !current };
}

/** A stored node that does not match the schema, and the first thing wrong with it. */
export interface InvalidNode {
  id: string;
  /** Path inside the node, e.g. `indicators.0.target.2025`. */
  path: string;
  message: { id: string; en: string };
}

/**
 * Why a document read unchecked could not be opened (its evaluation threw): the first stored node
 * that breaks the schema, named, else the error itself.
 */
export async function whyUnopenable(doc: KDocument, error: unknown): Promise<Msg> {
  const bad = await findInvalidNode(doc, Infinity);
  if (bad) return invalidRowMessage(bad);
  const m = error instanceof Error ? error.message : String(error);
  return { id: m, en: m };
}

/**
 * Checks every node of `doc` against the schema in slices of about `sliceMs`, giving the main
 * thread back between slices so the user can work meanwhile. Resolves with the first invalid
 * node, or null when all match.
 */
export async function findInvalidNode(doc: KDocument, sliceMs = 12): Promise<InvalidNode | null> {
  let sliceStart = performance.now();
  for (const id in doc.nodes) {
    const node = doc.nodes[id];
    const r = nodeSchema.safeParse(node);
    if (!r.success) return { id, ...issueOf(nodeSchema, node, r.error) };
    if (performance.now() - sliceStart > sliceMs) {
      await backgroundTask();
      sliceStart = performance.now();
    }
  }
  return null;
}

/** Loads a project, validating it; null when it does not exist. */
export async function loadDocument(db: KaskadeDB, projectId: string): Promise<KDocument | null> {
  return (await loadProject(db, projectId))?.document ?? null;
}

/** The row version of a project as stored now (null when there is no row). */
export async function currentSeen(db: KaskadeDB, projectId: string): Promise<Seen | null> {
  const row = await db.projects.get(projectId);
  return row ? seenOf(row) : null;
}

export async function getMeta(db: KaskadeDB, key: string): Promise<string | null> {
  return (await db.meta.get(key))?.value ?? null;
}

export async function setMeta(db: KaskadeDB, key: string, value: string): Promise<void> {
  await db.meta.put({ key, value });
}
