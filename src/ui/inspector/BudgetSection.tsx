import type { KNode } from '../../domain/model';
import { useStore } from '../../store/store';
import { NumberField } from '../fields/NumberField';
import { fmtRupiah } from '../format';
import { useActions } from '../hooks/useActions';
import { useResult } from '../hooks/useNode';
import { useT } from '../hooks/useT';
import { QuarterGrid } from './QuarterGrid';
import { Section } from './Section';

/** Pagu of the selected year and the quarterly plan and spending. */
export function BudgetSection({ node }: { node: KNode }) {
  const t = useT();
  const a = useActions();
  const year = useStore((s) => s.year);
  const r = useResult(node.id);
  const y = String(year);
  const hint = r?.paguChildren ? t('paguChildrenSum', { sum: `Rp ${fmtRupiah(r.paguChildren)}` }) : t('paguHint');
  return (
    <Section title={t('secBudget', { year })} data-testid="insp-sec-budget">
      <NumberField label={t('fPagu', { year })} value={node.anggaran.pagu[y] ?? null} onCommit={(v) => a.setPagu(node.id, year, v)} hint={hint} data-testid="insp-pagu" />
      <QuarterGrid
        caption={t('budgetQuarters', { year })}
        rows={[
          { label: t('rencanaAnggaran'), kind: 'number', values: node.anggaran.rencanaTw[y], testId: (q) => `insp-rencana-tw${q}`, onCommit: (q, v) => a.setBudgetQuarter(node.id, 'rencanaTw', year, q, v) },
          { label: t('realisasiAnggaran'), kind: 'number', values: node.anggaran.realisasiTw[y], testId: (q) => `insp-realisasi-anggaran-tw${q}`, onCommit: (q, v) => a.setBudgetQuarter(node.id, 'realisasiTw', year, q, v) },
        ]}
      />
    </Section>
  );
}
