import { evaluate } from '../../domain/evaluate';
import type { KDocument } from '../../domain/model';
import type { TitleInfo } from './header';
import { buildScene } from './scene';
import type { SceneRequest, SceneSource } from './scene';
import type { PictureOptions, TreeScene } from './svg';

/** Test fixtures: a scene source for a document as the app would hold it. */
export function sourceFor(doc: KDocument, over: Partial<SceneSource> = {}): SceneSource {
  const year = doc.project.tahun;
  const tw = doc.project.triwulan;
  return { doc, evaluation: evaluate(doc, { year, tw }), year, tw, layoutMode: 'compact', collapsed: new Set(), selectedId: null, ...over };
}

export function sceneFor(doc: KDocument, req: Partial<SceneRequest> = {}, over: Partial<SceneSource> = {}): TreeScene {
  return buildScene(sourceFor(doc, over), { scope: 'whole', asOnScreen: false, ...req });
}

export const FIXED_DATE = new Date(2025, 10, 22, 14, 5);

export function titleFor(doc: KDocument, over: Partial<TitleInfo> = {}): TitleInfo {
  return { project: doc.project, year: doc.project.tahun, tw: doc.project.triwulan, exportedAt: FIXED_DATE, scope: 'Seluruh pohon', ...over };
}

export function optionsFor(doc: KDocument, over: Partial<PictureOptions> = {}): PictureOptions {
  return { lang: 'id', badges: true, title: titleFor(doc), ...over };
}
