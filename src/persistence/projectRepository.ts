import { documentSchema } from '../domain/model';
import type { KDocument } from '../domain/model';
import type { KaskadeDB, NodeRow } from './db';

/** Writes a whole document (new project, import, restore) in one transaction, replacing what was there. */
export async function saveWholeDocument(db: KaskadeDB, doc: KDocument, writer: string): Promise<void> {
  const projectId = doc.project.id;
  const rows: NodeRow[] = Object.values(doc.nodes).map((node) => ({ projectId, id: node.id, node }));
  await db.transaction('rw', db.projects, db.nodes, async () => {
    await db.nodes.where('projectId').equals(projectId).delete();
    await db.nodes.bulkPut(rows);
    await db.projects.put({ id: projectId, project: doc.project, acknowledgements: doc.acknowledgements, schemaVersion: doc.schemaVersion, updatedAt: new Date().toISOString(), writer });
  });
}

/** Writes only the changed rows, in one transaction. Deleted nodes are removed. */
export async function saveChanges(db: KaskadeDB, doc: KDocument, ids: Iterable<string>, projectChanged: boolean, writer: string): Promise<void> {
  const projectId = doc.project.id;
  const puts: NodeRow[] = [];
  const deletes: [string, string][] = [];
  for (const id of ids) {
    const node = doc.nodes[id];
    if (node) puts.push({ projectId, id, node });
    else deletes.push([projectId, id]);
  }
  await db.transaction('rw', db.projects, db.nodes, async () => {
    if (puts.length) await db.nodes.bulkPut(puts);
    if (deletes.length) await db.nodes.bulkDelete(deletes);
    const prev = await db.projects.get(projectId);
    await db.projects.put({
      id: projectId,
      project: projectChanged || !prev ? doc.project : prev.project,
      acknowledgements: doc.acknowledgements,
      schemaVersion: doc.schemaVersion,
      updatedAt: new Date().toISOString(),
      writer,
    });
  });
}

/** Loads a project, validating it; null when it does not exist. */
export async function loadDocument(db: KaskadeDB, projectId: string): Promise<KDocument | null> {
  const row = await db.projects.get(projectId);
  if (!row) return null;
  const nodeRows = await db.nodes.where('projectId').equals(projectId).toArray();
  const nodes: KDocument['nodes'] = {};
  for (const r of nodeRows) nodes[r.id] = r.node;
  return documentSchema.parse({ schemaVersion: row.schemaVersion, project: row.project, nodes, acknowledgements: row.acknowledgements });
}

export async function getMeta(db: KaskadeDB, key: string): Promise<string | null> {
  return (await db.meta.get(key))?.value ?? null;
}

export async function setMeta(db: KaskadeDB, key: string, value: string): Promise<void> {
  await db.meta.put({ key, value });
}
