import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../domain/model';
import { loadEnvelope } from '../envelope';
import { MIGRATIONS, migrateDocument } from './index';

const dir = join(import.meta.dirname, 'fixtures');
const fixtures = readdirSync(dir).filter((f) => /^v\d+-.*\.json$/.test(f));

describe('migrations', () => {
  it('has one step per schema version below the current one, numbered without gaps', () => {
    expect(Object.keys(MIGRATIONS).map(Number).sort((a, b) => a - b)).toEqual(Array.from({ length: SCHEMA_VERSION - 1 }, (_, i) => i + 1));
  });

  it('has a fixture for every schema version a file can come from', () => {
    const versions = new Set(fixtures.map((f) => Number(/^v(\d+)-/.exec(f)?.[1])));
    for (let v = 1; v <= SCHEMA_VERSION; v++) expect(versions.has(v)).toBe(true);
  });

  for (const f of fixtures) {
    it(`loads fixture ${f} to the current schema, unknown fields kept`, () => {
      const text = readFileSync(join(dir, f), 'utf8');
      const r = loadEnvelope(text);
      if (!r.ok) expect.fail(r.error.en);
      expect(r.document.schemaVersion).toBe(SCHEMA_VERSION);
      expect(Object.keys(r.document.nodes).length).toBeGreaterThan(0);
      const raw = JSON.parse(text) as { document: { nodes: Record<string, Record<string, unknown>> } };
      for (const [id, n] of Object.entries(raw.document.nodes)) {
        for (const [k, v] of Object.entries(n)) if (!['indicators', 'anggaran'].includes(k)) expect((r.document.nodes[id] as Record<string, unknown>)[k]).toEqual(v);
      }
    });
  }

  it('refuses a file from a newer schema and one without a version, with the reason', () => {
    const newer = migrateDocument({ schemaVersion: SCHEMA_VERSION + 1 });
    expect(newer.ok).toBe(false);
    if (!newer.ok) expect(newer.error.en).toContain('newer Kaskade');
    expect(migrateDocument({}).ok).toBe(false);
    expect(migrateDocument(null).ok).toBe(false);
  });
});
