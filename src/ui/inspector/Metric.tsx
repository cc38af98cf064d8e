import type { ReactNode } from 'react';

/** One figure of the summary: a label, the value (or "—"), and a line saying where it comes from or why it is missing. */
export function Metric({ label, value, note, warn, wide, 'data-testid': testId }: { label: string; value: ReactNode; note?: string | null; warn?: string | null; wide?: boolean; 'data-testid'?: string }) {
  return (
    <div className={wide ? 'metric metric-wide' : 'metric'}>
      <div className="metric-label">{label}</div>
      <div className="metric-value" data-testid={testId}>
        {value}
      </div>
      {note ? (
        <div className="metric-note" data-testid={testId ? `${testId}-note` : undefined}>
          {note}
        </div>
      ) : null}
      {warn ? (
        <div className="metric-warn" role="note">
          {warn}
        </div>
      ) : null}
    </div>
  );
}
