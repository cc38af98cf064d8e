import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildLumajang } from '../samples/lumajang';
import { buildSumenep } from '../samples/sumenep';
import { baseNodes, cleanIndicator, docOf } from './checks/fixtures';
import { evaluate } from './evaluate';
import { explainNode } from './explain';
import { generatePemda } from './generate';
import type { Explanation } from './explain';
import type { KDocument, KNode } from './model';
import { D, roundTo } from './numbers';

function explain(doc: KDocument, id: string, tw = doc.project.triwulan, year = doc.project.tahun): Explanation {
  const e = explainNode(evaluate(doc, { year, tw }), id);
  if (!e) throw new Error(`no explanation for ${id}`);
  return e;
}

/** Every text of an explanation in one language, one line per step. */
function lines(e: Explanation, lang: 'id' | 'en'): string[] {
  const steps = [...e.indicators.flatMap((i) => i.steps), e.own, e.rollup.step, e.predikat, ...e.budget];
  return steps.map((s) => `${s.label[lang]}: ${s.text[lang]}`);
}

const has = (e: Explanation, text: string, lang: 'id' | 'en' = 'id'): boolean => lines(e, lang).some((l) => l.includes(text));

describe('explainNode on the Lumajang sample (seed 000, TW I 2024)', () => {
  const e = explain(buildLumajang(), 'lmj-2');

  it('shows the composite formula with the values substituted', () => {
    expect(e.question).toEqual({ id: 'Mengapa 91,36%?', en: 'Why 91.36%?' });
    expect(e.headline).toBe('91.36');
    expect(has(e, 'IP = IP1 + IP2 + IP3 + IP4 = 12,40 + 25,09 + 4,99 + 9,00 = 51,48')).toBe(true);
    expect(has(e, 'IP = IP1 + IP2 + IP3 + IP4 = 12.40 + 25.09 + 4.99 + 9.00 = 51.48', 'en')).toBe(true);
    // IP1 over the seed's head counts, unrounded then rounded to the indicator's two decimals.
    expect(has(e, '/ 5413 = 12,403473… → 12,40')).toBe(true);
    // IP4's constants are written in the language's decimal style.
    expect(has(e, '(204 X 22,5)')).toBe(true);
  });

  it('gives the capaian formula, the predikat band and the budget figures with numbers', () => {
    expect(has(e, '51,48 / 56,35 × 100 = 91,36%')).toBe(true);
    expect(has(e, '51.48 / 56.35 × 100 = 91.36%', 'en')).toBe(true);
    expect(e.predikat.text.id).toContain('91,36 ≥ 91 → Sangat Tinggi');
    expect(e.predikat.value).toBe('Sangat Tinggi');
    expect(has(e, '1.788.251.500 / 8.328.663.601 × 100 = 21,47%')).toBe(true);
    expect(has(e, '91,36 − 21,47 = 69,89')).toBe(true);
    expect(e.budget.map((s) => s.value && roundTo(new D(s.value), 2))).toEqual(['8328663601', '1788251500', '21.47', '69.89']);
  });

  it('says which indicators and children were left out and why', () => {
    expect(e.own.text.id).toContain('tidak dihitung (tanpa capaian): IP1, IP2, IP3, IP4');
    expect(e.rollup.excluded.map((c) => c.nodeId)).toEqual(['lmj-3-1', 'lmj-3-2']);
    expect(e.rollup.excluded[0]?.reason?.id).toBe('target 2024 belum diisi, dan tidak ada capaian turunan');
    // IP3 is entered as 4,99 while its formula gives 5,00: the step is marked for the reviewer.
    const ip3 = e.indicators.find((i) => i.id === 'lmj-2-ip3');
    expect(ip3?.steps.find((s) => s.tone === 'warn')?.text.id).toContain('rumus memberi 5,00');
    expect(ip3?.quarters[0]).toEqual({ tw: 1, target: null, realisasi: '4.99', inPeriod: true });
  });

  it('explains a node whose capaian comes from its children', () => {
    const up = explain(buildLumajang(), 'lmj-1');
    expect(up.question.id).toBe('Mengapa 91,36%?');
    expect(up.rollup.included).toMatchObject([{ nodeId: 'lmj-2', capaian: '91.36', source: 'own' }]);
    expect(up.predikat.text.id).toContain('dari capaian turunan');
  });
});

describe('explainNode on the Sumenep sample (seed 002, TW I 2024)', () => {
  it('rolls the two sasaran up to the root, with the budget totals of Tabel 3.2', () => {
    const e = explain(buildSumenep(), 'smp-0');
    expect(e.rollup.step.text.id).toBe('Rata-rata 2 anak: (70,24 + 18,75) / 2 = 44,49%');
    expect(e.predikat.text.id).toContain('44,49 < 51 → Sangat Rendah');
    expect(e.budget[0]?.text.id).toBe('Σ pagu 2 anak = Rp 12.233.732.131');
    expect(e.budget[1]?.text.id).toBe('Σ realisasi 2 anak = Rp 1.443.040.145');
    expect(e.budget[2]?.text.id).toBe('1.443.040.145 / 12.233.732.131 × 100 = 11,80%');
  });

  it('flags own capaian far from the roll-up', () => {
    const e = explain(buildSumenep(), 'smp-1-1');
    expect(e.rollup.divergence?.id).toContain('berselisih 45,49 poin');
    expect(e.rollup.step.tone).toBe('warn');
  });
});

function withIndicator(patch: Parameters<typeof cleanIndicator>[3], targets: [string, string, string] = ['50', '60', '70']): KDocument {
  const nodes = baseNodes();
  (nodes.C1 as KNode).indicators = [cleanIndicator('iC1', 'Persentase pelanggaran disiplin', targets, patch)];
  return docOf(nodes);
}

describe('capaian formulas per polarity', () => {
  it.each([
    ['turun, pengurangan', { polaritas: 'turun' as const, realisasiTw: { '2024': [null, null, null, '60'] } }, '(2 − 60 / 50) × 100 = 80,00%'],
    ['turun, rasio', { polaritas: 'turun' as const, rumusTurun: 'rasio' as const, realisasiTw: { '2024': [null, null, null, '60'] } }, '50 / 60 × 100 = 83,33%'],
    ['naik', { realisasiTw: { '2024': [null, null, null, '40'] } }, '40 / 50 × 100 = 80,00%'],
  ])('%s', (_name, patch, expected) => {
    expect(has(explain(withIndicator(patch), 'C1', 4), expected)).toBe(true);
  });

  it.each([
    ['7.5', '7,5 di dalam rentang 7–8 → 100%'],
    ['6', 'di bawah rentang: 6 / 7 × 100 = 85,71%'],
    ['9', 'di atas rentang: (2 − 9 / 8) × 100 = 87,50%'],
  ])('range target, realisasi %s', (real, expected) => {
    const doc = withIndicator({ polaritas: 'rentang', target: { '2024': '7-8', '2025': '7-8', '2026': '7-8' }, realisasiTw: { '2024': [null, null, null, real] } });
    expect(has(explain(doc, 'C1', 4), expected)).toBe(true);
  });

  it('sums kumulatif quarters and says when a cap limits the capaian', () => {
    const doc = withIndicator({ agregasi: 'kumulatif', realisasiTw: { '2024': ['20', null, '45', null] } });
    doc.project.settings.capaianCap = '120';
    const e = explain(doc, 'C1', 3);
    expect(has(e, 'TW I + TW III = 20 + 45 = 65')).toBe(true);
    expect(has(e, '65 / 50 × 100 = 130,00% → dibatasi pengaturan proyek menjadi 120,00%')).toBe(true);
  });

  it('names the missing formula inputs instead of computing with zero', () => {
    const doc = withIndicator({ rumus: 'A / B * 100', variabel: { A: { '2024-TW1': '5' }, B: { '2023': '4' } }, realisasiTw: {} });
    const e = explain(doc, 'C1', 4);
    expect(has(e, 'A / B * 100 = 5 / ? * 100: belum ada nilai untuk B pada periode ini')).toBe(true);
    expect(e.indicators[0]?.capaian).toBeNull();
  });

  it('shows the weighted roll-up and the Tinggi band with both bounds', () => {
    const nodes = baseNodes();
    (nodes.C1 as KNode).bobot = '3';
    (nodes.C1 as KNode).indicators = [cleanIndicator('iC1', 'x', ['50', '60', '70'], { realisasiTw: { '2024': [null, null, null, '40'] } })];
    const doc = docOf(nodes, { rollupBerbobot: true });
    const e = explain(doc, 'B', 4);
    expect(e.rollup.step.text.id).toBe('Rata-rata berbobot: (80,00 × 3 + 100,00 × 1) / (3 + 1) = 85,00%');
    const c1 = explain(doc, 'C1', 4);
    expect(c1.predikat.text.id).toContain('80,00 ≥ 76 dan < 91 → Tinggi');
  });
});

describe('explainNode is total', () => {
  it('never throws and agrees with the evaluation on any document', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: 4 }), fc.boolean(), fc.constantFrom(null, '100', '120'), fc.constantFrom('pengurangan', 'rasio'), (seed, tw, weighted, cap, turun) => {
        const doc = generatePemda({ seed, nodes: 150, tw });
        Object.assign(doc.project.settings, { rollupBerbobot: weighted, capaianCap: cap, rumusTurun: turun });
        const ev = evaluate(doc, { year: doc.project.tahun, tw });
        for (const id of Object.keys(doc.nodes)) {
          const e = explainNode(ev, id);
          const c = ev.results.get(id)?.capaianEfektif ?? null;
          expect(e?.headline ?? null).toBe(c ? roundTo(c, 2) : null);
          expect(e?.predikat.value ?? null).toBe(ev.results.get(id)?.predikat ?? null);
        }
        expect(explainNode(ev, 'no-such-node')).toBeNull();
      }),
      { numRuns: 30 },
    );
  });
});

describe('explanation wording', () => {
  it('writes the capaian as a chain from the formula in words to the result', () => {
    const e = explain(buildLumajang(), 'lmj-2');
    const ip = e.indicators[0];
    expect(ip?.steps.map((s) => s.label.id)).toEqual(['Target 2024', 'Target s/d TW I', 'Nilai rumus', 'Realisasi dipakai', 'Capaian terhadap target 2024']);
    expect(ip?.steps[4]?.text.id).toBe('realisasi / target × 100 = 51,48 / 56,35 × 100 = 91,36% (polaritas naik: makin tinggi makin baik)');
    expect(ip?.steps[4]?.text.en).toBe('realisation / target × 100 = 51.48 / 56.35 × 100 = 91.36% (polarity naik: higher is better)');
  });

  it('adds the capaian against the quarter targets when they differ from the annual target', () => {
    const doc = withIndicator({ agregasi: 'kumulatif', targetTw: { '2024': ['10', '10', '15', '15'] }, realisasiTw: { '2024': ['12', null, null, null] } });
    const steps = explain(doc, 'C1', 1).indicators[0]?.steps ?? [];
    expect(steps.find((s) => s.label.id === 'Capaian terhadap target s/d TW I')?.text.id).toContain('12 / 10 × 100 = 120,00%');
  });
});
