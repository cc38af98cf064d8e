import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { baseNodes, docOf, ind0 } from '../../domain/checks/fixtures';
import { createKaskadeStore, setAppStore } from '../../store/store';
import { TableView } from '../table/TableView';
import { sampleDoc } from '../table/testDoc';
import { Inspector } from './Inspector';

// Server rendering (no DOM in unit tests) checks that the panels mount and carry their test ids.
// zustand serves the store's initial state to server renders: point it at the current state.
function storeWith(select: string | null) {
  const store = createKaskadeStore(sampleDoc());
  store.getState().select(select);
  store.getInitialState = store.getState;
  setAppStore(store);
  return store;
}

describe('panels render', () => {
  it('shows a hint when nothing is selected', () => {
    storeWith(null);
    expect(renderToStaticMarkup(<Inspector />)).toContain('data-testid="insp-empty"');
  });

  it('renders every section and test id of the selected node', () => {
    storeWith('b');
    const html = renderToStaticMarkup(<Inspector />);
    for (const id of [
      'insp-level',
      'insp-sum-capaian',
      'insp-sum-turunan',
      'insp-sum-predikat',
      'insp-sum-pagu',
      'insp-sasaran',
      'insp-bobot',
      'insp-ind-add',
      'insp-ind-0-nama',
      'insp-ind-0-rumus',
      'insp-ind-0-rumus-preview',
      'insp-ind-0-target-2024',
      'insp-ind-0-target-2026',
      'insp-ind-0-target-tw4',
      'insp-ind-0-realisasi-tw1',
      'insp-ind-1-remove',
      'insp-ind-1-rumus-turun',
      'insp-pagu',
      'insp-rencana-tw1',
      'insp-realisasi-anggaran-tw4',
      'insp-cross-search',
    ]) {
      expect(html, id).toContain(`data-testid="${id}"`);
    }
    // Pagu summed from the children, and the formula's live value.
    expect(html).toContain('Rp 1.019.518.800');
    expect(html).toContain('= 37,49');
  });

  it('renders the table shell', () => {
    storeWith('c');
    const html = renderToStaticMarkup(<TableView />);
    expect(html).toContain('data-testid="table-view"');
    expect(html).toContain('data-testid="col-sasaran"');
  });

  it('says mid-year when own capaian and roll-up are apart only against the annual target', () => {
    // B kumulatif, 25 + 25 of an annual 100 (quarter targets 25 each); C1 and C2 nilai akhir on their
    // TW II targets (45 of 50, 72 of 80): 50% against 90% for the year, 100% and 100% to TW II.
    const render = (bDone: string): string => {
      const nodes = baseNodes();
      const b = ind0(nodes, 'B');
      b.agregasi = 'kumulatif';
      b.target = { '2024': '100' };
      b.targetTw = { '2024': ['25', '25', '25', '25'] };
      b.realisasiTw = { '2024': [bDone, bDone, null, null] };
      ind0(nodes, 'C1').targetTw = { '2024': ['40', '45', '48', '50'] };
      ind0(nodes, 'C1').realisasiTw = { '2024': [null, '45', null, null] };
      ind0(nodes, 'C2').targetTw = { '2024': ['70', '72', '76', '80'] };
      ind0(nodes, 'C2').realisasiTw = { '2024': [null, '72', null, null] };
      const doc = docOf(nodes);
      const store = createKaskadeStore({ ...doc, project: { ...doc.project, triwulan: 2 } });
      store.getState().select('B');
      store.getInitialState = store.getState;
      setAppStore(store);
      return renderToStaticMarkup(<Inspector />);
    };
    const inLine = render('25');
    expect(inLine).toContain('Terhadap target tahunan berselisih 40,00 poin dari capaian sendiri; terhadap target s/d TW II sejalan (turunan 100,00%, sendiri 100,00%)');
    expect(inLine).not.toContain('periksa logika kaskade');
    // 5 + 5: 10% for the year, 20% against the quarter targets; both far from the children's.
    const apart = render('5');
    expect(apart).toContain('Selisih dengan capaian sendiri 80,00 poin (ambang 25,00); terhadap target s/d TW II pun 80,00 poin (sendiri 20,00%, turunan 100,00%): periksa logika kaskade');
  });
});
