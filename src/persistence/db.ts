import Dexie from 'dexie';
import type { Table } from 'dexie';
import type { KDocument, Project } from '../domain/model';
import type { StoredNode } from './rowCodec';

import { DB_NAME } from './names';

export { DB_NAME };

export interface ProjectRow {
  id: string;
  project: Project;
  acknowledgements: unknown[];
  schemaVersion: number;
  updatedAt: string;
  /** Tab that wrote last, to notice two tabs editing one project. */
  writer: string;
  /** Since schema version 2 (filled from `updatedAt` by the upgrade). */
  createdAt?: string;
  /** Set when the project is in the trash; null or absent when it is live. */
  deletedAt?: string | null;
  /**
   * The node row format the project was last written whole in (`ROW_FORMAT`). Rows of the
   * current format are complete schema output, so opening them checks them after the first paint
   * instead of before it; absent on rows written before the field existed.
   */
  rowFormat?: number;
  /** How many nodes the project has (since row format 3; counted from the rows before). */
  nodeCount?: number;
}

export interface NodeRow {
  projectId: string;
  id: string;
  /** The node without its default-valued fields (row format 2, `rowCodec.ts`); whole before. */
  node: StoredNode;
}

/** One of a project's node rows (row format 3): the nodes whose id falls in `bucket` (`bucketOf`). */
export interface NodeBucketRow {
  projectId: string;
  bucket: number;
  /** Each node without its default-valued fields (`rowCodec.ts`). */
  nodes: StoredNode[];
}

export interface MetaRow {
  key: string;
  value: string;
}

/** A named version's header; the snapshot itself is in `versionData` so lists stay light. */
export interface VersionRow {
  id: string;
  projectId: string;
  name: string;
  createdAt: string;
  /** A locked version cannot be renamed or deleted. */
  locked: boolean;
  nodeCount: number;
  writer: string;
}

export interface VersionDataRow {
  versionId: string;
  document: KDocument;
}

export class KaskadeDB extends Dexie {
  projects!: Table<ProjectRow, string>;
  /** One row per node: row formats 1 and 2, read to convert them. */
  nodes!: Table<NodeRow, [string, string]>;
  /** Nodes grouped into `BUCKETS` rows per project: row format 3. */
  nodeBuckets!: Table<NodeBucketRow, [string, number]>;
  meta!: Table<MetaRow, string>;
  versions!: Table<VersionRow, string>;
  versionData!: Table<VersionDataRow, string>;

  constructor(name = DB_NAME) {
    super(name);
    // Every schema version stays listed, so any earlier database upgrades in order.
    this.version(1).stores({
      projects: 'id, updatedAt',
      nodes: '[projectId+id], projectId',
      meta: 'key',
    });
    // 2: trash (soft delete), named versions with their snapshots kept apart from the headers.
    this.version(2)
      .stores({
        projects: 'id, updatedAt, deletedAt',
        versions: 'id, projectId, createdAt',
        versionData: 'versionId',
      })
      .upgrade(async (tx) => {
        await tx
          .table<ProjectRow, string>('projects')
          .toCollection()
          .modify((row) => {
            row.createdAt ??= row.updatedAt;
            row.deletedAt ??= null;
          });
      });
    // 3: nodes kept in a few rows per project instead of one row each (faster to read). A project
    // of an earlier row format is converted when it is next opened or saved.
    this.version(3).stores({ nodeBuckets: '[projectId+bucket], projectId' });
  }
}
