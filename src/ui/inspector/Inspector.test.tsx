import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
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
});
