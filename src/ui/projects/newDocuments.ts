import { makeProject, newId, SCHEMA_VERSION } from '../../domain/model';
import type { KDocument } from '../../domain/model';
import type { Sample } from '../../samples';

/** An empty project over a five-year period starting this year. */
export function blankDocument(nama = 'Proyek baru'): KDocument {
  const year = new Date().getFullYear();
  return { schemaVersion: SCHEMA_VERSION, project: makeProject({ id: newId('p'), nama, instansi: '', periodeAwal: year, periodeAkhir: year + 4, tahun: year, triwulan: 1 }), nodes: {}, acknowledgements: [] };
}

/** A fresh copy of a sample under its own project id, so it never overwrites an earlier copy. */
export function sampleDocument(s: Sample): KDocument {
  const doc = s.build();
  return { ...doc, project: { ...doc.project, id: newId('p') } };
}
