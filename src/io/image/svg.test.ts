import { describe, expect, it } from 'vitest';
import { generatePemda } from '../../domain/generate';
import { makeIndicator, makeNode } from '../../domain/model';
import { buildLumajang } from '../../samples/lumajang';
import { optionsFor, sceneFor, titleFor } from './fixtures';
import { assertWellFormed, decodeRefs, drawnIds, drawnKodes, fontSizes } from './svgInspect';
import { buildTreeSvg } from './svg';
import { MIN_TEXT_PX } from './theme';

describe('model-driven SVG', () => {
  const doc = buildLumajang();

  it('draws every node of the whole tree once, with its kode, as well-formed XML', () => {
    const scene = sceneFor(doc);
    const { svg } = buildTreeSvg(scene, optionsFor(doc));
    assertWellFormed(svg);
    const ids = drawnIds(svg);
    expect(ids.sort()).toEqual(Object.keys(doc.nodes).sort());
    const kodes = Object.values(doc.nodes).map((n) => n.kode).filter(Boolean);
    expect(new Set(drawnKodes(svg))).toEqual(new Set(kodes));
  });

  it('never sets text below 10 px at scale 1', () => {
    const { svg } = buildTreeSvg(sceneFor(doc), optionsFor(doc));
    const sizes = fontSizes(svg);
    expect(sizes.length).toBeGreaterThan(8);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(MIN_TEXT_PX);
  });

  it('carries the title block and the legend with the project level names', () => {
    const custom = { ...doc, project: { ...doc.project, levelNames: { ...doc.project.levelNames, '3': 'Kegiatan Renja' } } };
    const svg = decodeRefs(buildTreeSvg(sceneFor(custom), optionsFor(custom, { title: titleFor(custom, { versionName: 'Rancangan Akhir' }) })).svg);
    for (const s of [custom.project.instansi, `Renstra ${custom.project.periodeAwal}–${custom.project.periodeAkhir}`, `Tahun ${custom.project.tahun} · TW I`, 'Versi: Rancangan Akhir', 'Diekspor 22 November 2025 14.05', 'L3 Kegiatan Renja', 'Sangat Tinggi 91+', 'Sangat Rendah &lt; 51']) expect(svg).toContain(s);
  });

  it('speaks English when asked', () => {
    const svg = decodeRefs(buildTreeSvg(sceneFor(doc), optionsFor(doc, { lang: 'en', title: titleFor(doc, { scope: 'Whole tree' }) }), { ids: sceneFor(doc).ids, page: { k: 2, n: 5 } }).svg);
    for (const s of ['Performance Tree — ', 'Page 2 of 5', 'Year 2024 · TW I', 'Exported 22 November 2025 14:05', 'L3 · Activity', 'Rating:']) expect(svg).toContain(s);
  });

  it('draws capaian badges only when asked', () => {
    const on = buildTreeSvg(sceneFor(doc), optionsFor(doc)).svg;
    const off = buildTreeSvg(sceneFor(doc), optionsFor(doc, { badges: false })).svg;
    expect(on).toMatch(/<rect class="p\d"/);
    expect(off).not.toMatch(/<rect class="(p\d|pn)"/);
    expect(off).not.toContain('Predikat:');
  });

  it('escapes text and drops characters XML forbids', () => {
    const nodes = {
      a: makeNode({ id: 'a', level: 0, kode: 'A&B', sasaran: 'Naik <50%> & "turun" \u0007 it\'s', indicators: [makeIndicator({ id: 'i', nama: 'Indeks <x>', satuan: '%', target: { '2024': '7-8' } })] }),
    };
    const d = { ...doc, nodes };
    const { svg } = buildTreeSvg(sceneFor(d), optionsFor(d));
    assertWellFormed(svg);
    expect(svg).toContain('data-kode="A&amp;B"');
    expect(svg).toContain('Naik &lt;50%&gt; &amp; &quot;turun&quot;');
    expect(decodeRefs(svg)).toContain('Target 7–8');
    // Beyond Latin-1, characters are written as references: the string stays one byte per character.
    expect(svg).toContain('7&#8211;8');
    expect(/[^\t\n\r\u0020-\u00ff]/.test(svg)).toBe(false);
    expect(svg).not.toContain('\u0007');
  });

  it('embeds the given font CSS once', () => {
    const css = "@font-face{font-family:'Inter';src:url(data:font/woff2;base64,AAAA)}";
    const { svg } = buildTreeSvg(sceneFor(doc), optionsFor(doc, { fontCss: css }));
    expect(svg.split(css)).toHaveLength(2);
  });

  it('draws a branch from the selected node only', () => {
    const sel = Object.values(doc.nodes).find((n) => n.level === 2);
    if (!sel) throw new Error('no level 2');
    const scene = sceneFor(doc, { scope: 'subtree' }, { selectedId: sel.id });
    const ids = drawnIds(buildTreeSvg(scene, optionsFor(doc)).svg);
    expect(ids[0]).toBe(sel.id);
    for (const id of ids.slice(1)) {
      let p = doc.nodes[id]?.parentId;
      while (p && p !== sel.id) p = doc.nodes[p]?.parentId;
      expect(p).toBe(sel.id);
    }
  });

  // Speed is measured by `npm run bench` (export-svg-20k), not asserted here.
  it('draws every card of a 20,000-node tree, each with its kode', () => {
    const big = generatePemda({ seed: 7, nodes: 20000 });
    const scene = sceneFor(big);
    const { svg } = buildTreeSvg(scene, optionsFor(big));
    expect(scene.ids.length).toBe(20000);
    expect(svg.match(/data-id="/g)?.length).toBe(20000);
    for (const id of ['pemda', scene.ids[scene.ids.length - 1] as string]) expect(svg).toContain(`data-id="${id}"`);
  }, 120_000);
});
