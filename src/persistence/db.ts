import Dexie from 'dexie';
import type { Table } from 'dexie';
import type { KNode, Project } from '../domain/model';

/** Do not rename: the IndexedDB database every user's work lives in. */
export const DB_NAME = 'kaskade';

export interface ProjectRow {
  id: string;
  project: Project;
  acknowledgements: unknown[];
  schemaVersion: number;
  updatedAt: string;
  /** Tab that wrote last, to notice two tabs editing one project. */
  writer: string;
}

export interface NodeRow {
  projectId: string;
  id: string;
  node: KNode;
}

export interface MetaRow {
  key: string;
  value: string;
}

export class KaskadeDB extends Dexie {
  projects!: Table<ProjectRow, string>;
  nodes!: Table<NodeRow, [string, string]>;
  meta!: Table<MetaRow, string>;

  constructor(name = DB_NAME) {
    super(name);
    // Every schema version stays listed, so any earlier database upgrades in order.
    this.version(1).stores({
      projects: 'id, updatedAt',
      nodes: '[projectId+id], projectId',
      meta: 'key',
    });
  }
}
