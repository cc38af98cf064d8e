import { useState } from 'react';
import { formatPct } from '../../domain/checks/format';
import { useStore } from '../../store/store';
import { useResult } from '../hooks/useNode';
import { useT } from '../hooks/useT';
import { ExplainDialog } from './ExplainDialog';
import '../review.css';

/** "Mengapa X%?": opens the explanation of a node's capaian (X is the capaian the predikat uses). */
export function ExplainButton({ nodeId, small, 'data-testid': testId = 'btn-explain' }: { nodeId: string; small?: boolean; 'data-testid'?: string }) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const r = useResult(nodeId);
  const [open, setOpen] = useState(false);
  const c = r?.capaianEfektif;
  const label = c ? t('whyButton', { pct: `${formatPct(c, lang)}%` }) : t('whyButtonNone');
  return (
    <>
      <button type="button" className={small ? 'why-btn why-btn-small' : 'why-btn'} onClick={() => setOpen(true)} data-testid={testId} aria-haspopup="dialog">
        {label}
      </button>
      {open && <ExplainDialog nodeId={nodeId} onClose={() => setOpen(false)} />}
    </>
  );
}
