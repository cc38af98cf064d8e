import { useStore } from '../../store/store';
import { twVars } from '../fields/display';
import { useT } from '../hooks/useT';
import { COLUMNS, GRID_TEMPLATE, HEADER_HEIGHT, TOTAL_WIDTH } from './columns';

/** Column headings, sticky at the top of the scrolling table. */
export function TableHeader() {
  const t = useT();
  const year = useStore((s) => s.year);
  const tw = useStore((s) => s.tw);
  const vars = { year, ...twVars(tw) };
  return (
    <div role="row" aria-rowindex={1} className="tbl-head" style={{ gridTemplateColumns: GRID_TEMPLATE, width: TOTAL_WIDTH, height: HEADER_HEIGHT }}>
      {COLUMNS.map((c, i) => (
        <div key={c.id} role="columnheader" aria-colindex={i + 1} className={`tbl-hcell${c.numeric ? ' num' : ''}`} data-testid={`col-${c.id}`}>
          {t(c.label, vars)}
        </div>
      ))}
    </div>
  );
}
