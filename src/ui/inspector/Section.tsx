import { useId } from 'react';
import type { ReactNode } from 'react';

/** A titled block of the inspector. */
export function Section({ title, children, actions, 'data-testid': testId }: { title: string; children: ReactNode; actions?: ReactNode; 'data-testid'?: string }) {
  const id = useId();
  return (
    <section className="insp-section" aria-labelledby={id} data-testid={testId}>
      <div className="insp-section-head">
        <h3 id={id} className="insp-section-title">
          {title}
        </h3>
        {actions}
      </div>
      {children}
    </section>
  );
}
