import { useEffect, useMemo, useRef } from 'react';
import { createPortal } from 'react-dom';
import { reviewSheet, evaluationFormSheet } from '../../io/reports';
import type { Cell, SheetSpec } from '../../io/reports';
import { currentFindings } from '../hooks/useFindings';
import { getAppStore } from '../../store/store';
import { useT } from '../hooks/useT';
import '../review.css';

const formats = new Map<number, Intl.NumberFormat>();
function idFormat(places: number): Intl.NumberFormat {
  let f = formats.get(places);
  if (!f) formats.set(places, (f = new Intl.NumberFormat('id-ID', { minimumFractionDigits: places, maximumFractionDigits: places })));
  return f;
}

/** A cell as the spreadsheet would show it in an Indonesian locale: `#,##0` → 1.905.955.200, `0.00` → 91,36. */
export function cellText(c: Cell): string {
  if (c.v === null) return '';
  if (typeof c.v === 'string') return c.v;
  const dot = c.fmt?.indexOf('.') ?? -1;
  const places = c.fmt && dot >= 0 ? c.fmt.length - dot - 1 : 0;
  if (c.fmt === '0') return String(c.v);
  return idFormat(places).format(c.v).replace(/\u00a0/g, ' ');
}

function SheetTable({ spec, testId }: { spec: SheetSpec; testId: string }) {
  return (
    <section className="print-sheet" data-testid={testId}>
      {spec.title.map((line, i) => (i === 0 ? <h2 key={i}>{line}</h2> : <p key={i}>{line}</p>))}
      <table className="print-table">
        <thead>
          {spec.head.map((row, ri) => (
            <tr key={ri}>
              {row.map((h, ci) => (
                <th key={ci} colSpan={h.colSpan} rowSpan={h.rowSpan} scope="col">
                  {h.text}
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {spec.rows.map((r, ri) => (
            <tr key={ri} className={r.kind ? `pr-${r.kind}` : undefined}>
              {r.cells.map((c, ci) => (
                <td key={ci} className={`${typeof c.v === 'number' ? 'pr-num' : ''}${c.bold ? ' pr-bold' : ''}${c.tone ? ` pr-tone ${c.tone}` : ''}`} style={c.indent ? { paddingLeft: `${0.3 + c.indent * 0.9}em` } : undefined}>
                  {cellText(c)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/**
 * The printable evaluation form (A4 landscape): the same table the XLSX report holds, then the
 * review record with the acknowledged warnings. Opened over the page; `window.print()` prints only
 * it (see review.css, `@media print`).
 */
export function PrintView({ onClose }: { onClose: () => void }) {
  const t = useT();
  const sheets = useMemo(() => {
    const s = getAppStore().getState();
    const review = reviewSheet(s.doc, s.evaluation, currentFindings().findings);
    // In print, the review record lists what a reviewer signed off, not every open finding.
    const acked = { ...review, rows: review.rows.filter((r) => String(r.cells[1]?.v ?? '').startsWith('Diterima')) };
    return [evaluationFormSheet(s.doc, s.evaluation), acked];
  }, []);
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    closeRef.current?.focus();
    document.body.classList.add('printing-report');
    return () => document.body.classList.remove('printing-report');
  }, []);
  return createPortal(
    <div
      className="print-view"
      role="dialog"
      aria-modal="true"
      data-testid="print-view"
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape') onClose();
      }}
    >
      <div className="print-bar">
        <button type="button" className="primary" onClick={() => window.print()} data-testid="print-now">
          {t('rpPrintNow')}
        </button>
        <button type="button" ref={closeRef} onClick={onClose} data-testid="print-close">
          {t('whyClose')}
        </button>
        <span className="rv-muted">{t('rpPrintHint')}</span>
      </div>
      <SheetTable spec={sheets[0] as SheetSpec} testId="print-form" />
      <SheetTable spec={sheets[1] as SheetSpec} testId="print-review" />
    </div>,
    document.body,
  );
}
