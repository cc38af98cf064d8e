import { Handle, Position, useStore as useFlowStore } from '@xyflow/react';
import type { NodeProps, Node } from '@xyflow/react';
import { memo } from 'react';
import { useStore } from '../../store/store';
import { fmtPct, fmtRupiah, fmtTarget, fmtValue } from '../format';
import { useActions } from '../hooks/useActions';
import { useNode, useResult } from '../hooks/useNode';
import { useT } from '../hooks/useT';
import { InlineEditor } from './InlineEditor';
import { FAR_ZOOM } from './farCanvas';
import { LEVEL_DEFS, predikatClass } from './levels';

export type CardData = { hiddenCount: number; dim: boolean; findings: number };
export type CardNode = Node<CardData, 'kaskade'>;

/** A node of the tree on the canvas. Subscribes to its own node and result only. */
function NodeCardImpl({ id, data, selected }: NodeProps<CardNode>) {
  const node = useNode(id);
  const result = useResult(id);
  const lang = useStore((s) => s.lang);
  const year = useStore((s) => s.year);
  const editing = useStore((s) => s.editingId === id);
  const collapsed = useStore((s) => s.collapsed.has(id));
  const diff = useStore((s) => s.diffMarks?.get(id) ?? null);
  const toggleCollapsed = useStore((s) => s.toggleCollapsed);
  const hasChildren = useStore((s) => (s.evaluation.index.children.get(id)?.length ?? 0) > 0);
  const actions = useActions();
  const t = useT();
  // Zoomed far out, card text would be under 5 px: draw the header only (level colour, kode,
  // badge). Flips only at the threshold, so panning and zooming re-render nothing else.
  const far = useFlowStore((s) => s.transform[2] < FAR_ZOOM) && !editing;
  if (!node) return null;
  const def = LEVEL_DEFS[node.level];
  const ind = node.indicators[0];
  const ir = result?.indicators[0];
  const cap = result?.capaian ?? null;
  const turunan = result?.capaianTurunan ?? null;
  const shown = cap ?? turunan;
  return (
    <div
      className={`card lvl-${node.level}${far ? ' far' : ''}${selected ? ' selected' : ''}${data.dim ? ' dim' : ''}${diff ? ` diff-${diff}` : ''}`}
      style={{ ['--lvl' as string]: `var(${def.colorVar})` }}
      data-testid={`node-${node.kode || node.id}`}
      data-node-id={id}
    >
      <Handle type="target" position={Position.Top} id="t" isConnectable={false} />
      <Handle type="target" position={Position.Left} id="l" isConnectable={false} />
      <div className="card-head">
        {(collapsed || hasChildren) && (
          <button type="button" className={`card-collapse nodrag${collapsed ? ' closed' : ''}`} onClick={() => toggleCollapsed(id)} data-testid={`collapse-${node.kode || node.id}`} title={collapsed ? t('expand') : t('collapse')} aria-expanded={!collapsed}>
            {collapsed ? `▸ ${data.hiddenCount}` : '▾'}
          </button>
        )}
        <span className="card-level">{def.short[lang]}</span>
        <span className="card-kode">{node.kode}</span>
        {data.findings > 0 && (
          <span className="card-findings" title={t('filterFindings')}>
            {data.findings}
          </span>
        )}
        {cap && turunan ? (
          <span className="rollup" data-testid={`rollup-${node.kode || node.id}`} title={t('turunan')}>
            ↧ {fmtPct(turunan)}
          </span>
        ) : null}
        {(shown || node.indicators.length > 0 || hasChildren) && (
          <span className={`badge ${predikatClass(result?.predikat)}`} data-testid={`badge-${node.kode || node.id}`} title={`${result?.predikat ?? t('noCapaian')}${!cap && turunan ? ` · ${t('turunan')}` : ''}`}>
            {shown ? `${!cap ? '↧ ' : ''}${fmtPct(shown)}%` : '—'}
          </span>
        )}
      </div>
      {!far && (
        <>
          {editing ? (
            <InlineEditor id={id} initial={node.sasaran} />
          ) : (
            <div className={`card-sasaran${node.sasaran ? '' : ' empty'}`} title={node.sasaran}>
              {node.sasaran || node.nama || t('emptySasaran')}
            </div>
          )}
          {node.level < 5 || ind ? (
            <div className="card-ind" title={ind?.nama}>
              {ind ? (
                <>
                  <span className="ind-name">{ind.nama || '—'}</span>
                  <span className="ind-nums">
                    {t('target')} {fmtTarget(ind.target[String(year)]) || '—'} · {t('realisasi')} {fmtValue(ir?.realisasi)} {ind.satuan}
                  </span>
                </>
              ) : (
                <span className="ind-none">—</span>
              )}
            </div>
          ) : null}
          {result?.pagu ? <div className="card-pagu">Rp {fmtRupiah(result.pagu)}</div> : null}
          <div className="card-tools nodrag">
            {node.level < 5 && (
              <button type="button" title={t('addChild')} aria-label={t('addChild')} onClick={() => actions.addChild(id)} data-testid="btn-add-child">
                {t('addChildShort')}
              </button>
            )}
            <button type="button" title={t('addSibling')} aria-label={t('addSibling')} onClick={() => actions.addSibling(id)}>
              {t('addSiblingShort')}
            </button>
          </div>
        </>
      )}
      <Handle type="source" position={Position.Bottom} id="b" isConnectable={false} />
      <Handle type="source" position={Position.Bottom} id="bl" isConnectable={false} style={{ left: 14 }} />
    </div>
  );
}

export const NodeCard = memo(NodeCardImpl);
