import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../domain/checks';
import { buildLumajang } from '../../samples/lumajang';
import { buildSumenep } from '../../samples/sumenep';
import { createKaskadeStore, setAppStore } from '../../store/store';
import { Inspector } from '../inspector/Inspector';
import { AchievementView } from './AchievementView';
import { cellText } from './PrintView';
import { ReportsMenu } from './ReportsMenu';
import { ReviewPanel } from './ReviewPanel';
import { WeakSpots } from './WeakSpots';

// Server rendering (no DOM in unit tests) checks that the screens mount with their test ids and
// figures. zustand serves the store's initial state to server renders: point it at the current state.
function storeWith(build: typeof buildLumajang, select: string | null = null) {
  const store = createKaskadeStore(build());
  store.getState().select(select);
  store.getInitialState = store.getState;
  setAppStore(store);
  return store;
}

describe('ReviewPanel', () => {
  it('says not ready with the error count, and lists findings grouped by severity and rule', () => {
    storeWith(buildLumajang);
    const html = renderToStaticMarkup(<ReviewPanel />);
    expect(html).toContain('data-testid="review-panel"');
    expect(html).toContain('Belum siap: 1 galat');
    expect(html).toContain('data-testid="review-sev-error"');
    expect(html).toContain('data-testid="review-rule-composite-mismatch"');
    expect(html).toContain('data-testid="finding-composite-mismatch-lmj-2"');
    // The message carries Indonesian numbers; a capaian finding offers "Mengapa X%?".
    expect(html).toContain('tertulis 4,99');
    expect(html).toContain('data-testid="finding-explain"');
    expect(html).toContain('Mengapa 91,36%?');
  });

  it('is ready once no error is left, and shows acknowledged warnings as such', () => {
    const store = storeWith(buildLumajang);
    const ip3 = store.getState().doc.nodes['lmj-2']?.indicators.find((i) => i.id === 'lmj-2-ip3');
    store.getState().commit('fix', (d) => {
      const ind = d.nodes['lmj-2']?.indicators.find((i) => i.id === ip3?.id);
      if (ind) ind.realisasiTw['2024'] = ['5', null, null, null];
      d.acknowledgements.push({ key: 'indicator-missing-target-year:lmj-1', reason: 'Menunggu data BKN', at: '2024-04-16T00:00:00.000Z' });
    });
    store.getInitialState = store.getState;
    const html = renderToStaticMarkup(<ReviewPanel />);
    expect(html).toContain('Siap diajukan');
    expect(html).toContain('0 galat · 23 peringatan terbuka · 1 diterima · 0 info');
    expect(html).toContain('Menunggu data BKN');
    expect(html).toContain('data-testid="review-unack"');
  });
});

describe('Inspector result summary', () => {
  it('offers "Mengapa X%?" for the selected node', () => {
    storeWith(buildLumajang, 'lmj-2');
    const html = renderToStaticMarkup(<Inspector />);
    expect(html).toContain('data-testid="btn-explain"');
    expect(html).toContain('Mengapa 91,36%?');
  });
});

describe('AchievementView and ReportsMenu', () => {
  it('renders the charts screen with the engine totals', () => {
    storeWith(buildSumenep);
    const html = renderToStaticMarkup(<AchievementView />);
    for (const id of ['achievement-view', 'ach-chart-capaian', 'ach-chart-predikat', 'ach-weak', 'ach-chart-efisiensi', 'ach-count', 'ach-rank-top', 'ach-level-3']) expect(html).toContain(`data-testid="${id}"`);
    expect(html).toContain('Rp 12.233.732.131');
    expect(html).toContain('Rp 1.443.040.145');
    expect(html).toContain('3 dari 3 ditampilkan · 0 tanpa capaian');
  });

  it('lists the weak spots of the cascade from the findings', () => {
    const store = storeWith(buildSumenep);
    const s = store.getState();
    const html = renderToStaticMarkup(<WeakSpots findings={runChecks(s.doc, s.evaluation)} onPick={() => undefined} />);
    expect(html).toContain('data-testid="weak-rollup-divergence-smp-1-1"');
    expect(html).toContain('Capaian sendiri jauh dari capaian turunan: 5');
  });

  it('renders the reports button', () => {
    storeWith(buildSumenep);
    expect(renderToStaticMarkup(<ReportsMenu />)).toContain('data-testid="reports-menu"');
  });

  it('prints cells the way Excel shows them in an Indonesian locale', () => {
    expect(cellText({ v: 1905955200, fmt: '#,##0' })).toBe('1.905.955.200');
    expect(cellText({ v: 91.36, fmt: '0.00' })).toBe('91,36');
    expect(cellText({ v: 0.7, fmt: '#,##0.0' })).toBe('0,7');
    expect(cellText({ v: 3, fmt: '0' })).toBe('3');
    expect(cellText({ v: null })).toBe('');
  });
});
