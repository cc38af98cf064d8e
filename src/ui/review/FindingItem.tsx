import { memo, useState } from 'react';
import { RULES } from '../../domain/checks';
import type { Finding } from '../../domain/checks';
import { formatNumber } from '../../domain/checks/format';
import { canAcknowledge } from '../../domain/review';
import type { Acknowledgement } from '../../domain/review';
import { useStore } from '../../store/store';
import { useNode } from '../hooks/useNode';
import { useMsg, useT } from '../hooks/useT';
import { ExplainButton } from './ExplainButton';
import { numberLabel, shownNumbers } from './reviewModel';
import { useFocusNode, useReviewActions } from './useReview';

const PLAIN = /^-?\d+(\.\d+)?$/;
/** Numbers that are names, codes or years are shown as they are. */
const VERBATIM = /kode|induk|sama|nama|level|tahun|^tw|periode|siklus/i;

function AckForm({ onSave, onCancel }: { onSave: (reason: string) => void; onCancel: () => void }) {
  const t = useT();
  const [reason, setReason] = useState('');
  return (
    <form
      className="rv-ack-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (reason.trim()) onSave(reason);
      }}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape') onCancel();
      }}
    >
      <label>
        <span>{t('rvAckReason')}</span>
        <textarea autoFocus rows={2} value={reason} onChange={(e) => setReason(e.target.value)} data-testid="review-ack-reason" />
      </label>
      <div className="rv-ack-actions">
        <button type="button" onClick={onCancel}>
          {t('rvCancel')}
        </button>
        <button type="submit" className="primary" disabled={!reason.trim()} data-testid="review-ack-save">
          {t('rvSave')}
        </button>
      </div>
    </form>
  );
}

/** One finding: the node, the message with its numbers, how to fix it; a click leads to the node. */
function FindingItemImpl({ finding: f, ack }: { finding: Finding; ack: Acknowledgement | null }) {
  const t = useT();
  const msg = useMsg();
  const lang = useStore((s) => s.lang);
  const selected = useStore((s) => f.nodeId !== null && s.selectedId === f.nodeId);
  const node = useNode(f.nodeId);
  const focus = useFocusNode();
  const review = useReviewActions();
  const [acking, setAcking] = useState(false);
  const name = node ? (node.sasaran.trim() || node.nama.trim()) : '';
  const nums = shownNumbers(f);
  const key = `${f.rule}:${f.kode}`;
  const explain = f.nodeId && RULES[f.rule].category === 'capaian';
  return (
    <li className={`rv-item rv-${f.severity}${ack ? ' rv-acked' : ''}${selected ? ' rv-current' : ''}`} data-testid={`finding-${f.rule}-${f.kode}`} data-node-id={f.nodeId ?? undefined}>
      <button type="button" className="rv-item-main" disabled={!f.nodeId} onClick={() => f.nodeId && focus(f.nodeId)} title={t('rvGoTo')} data-testid="finding-go">
        <span className="rv-item-node">
          <span className="rv-kode">{f.nodeId ? f.kode : t('rvDocWide')}</span>
          {name && <span className="rv-name">{name}</span>}
        </span>
        <span className="rv-msg">{msg(f.message)}</span>
      </button>
      {nums.length > 0 && (
        <dl className="rv-nums">
          {nums.map(([k, v]) => (
            <div key={k}>
              <dt>{numberLabel(k)}</dt>
              <dd>{PLAIN.test(v) && !VERBATIM.test(k) ? formatNumber(v, lang) : v}</dd>
            </div>
          ))}
        </dl>
      )}
      <p className="rv-fix">
        <strong>{t('rvFix')}:</strong> {msg(f.fix)}
      </p>
      {ack && (
        <p className="rv-ack-note" data-testid="review-ack-note">
          <strong>{t('rvAcked')}:</strong> {ack.reason} <span className="rv-muted">({ack.at.slice(0, 10)})</span>
        </p>
      )}
      {acking ? (
        <AckForm
          onCancel={() => setAcking(false)}
          onSave={(reason) => {
            review.acknowledge(key, reason);
            setAcking(false);
          }}
        />
      ) : (
        (canAcknowledge(f) || explain) && (
          <div className="rv-item-actions">
            {explain && f.nodeId ? <ExplainButton nodeId={f.nodeId} small data-testid="finding-explain" /> : null}
            {canAcknowledge(f) &&
              (ack ? (
                <button type="button" onClick={() => review.unacknowledge(key)} data-testid="review-unack">
                  {t('rvUnack')}
                </button>
              ) : (
                <button type="button" onClick={() => setAcking(true)} title={t('rvAckTitle')} data-testid="review-ack">
                  {t('rvAck')}
                </button>
              ))}
          </div>
        )
      )}
    </li>
  );
}

export const FindingItem = memo(FindingItemImpl);
