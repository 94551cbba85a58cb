import type { ReactNode } from 'react';

/** Shown instead of an empty table: says what would be here and what to do next. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="app-empty-state kern-card kern-card--hug">
      <div className="kern-card__container">
        <p className="kern-body kern-body--bold">{title}</p>
        {children ? <div className="kern-body">{children}</div> : null}
      </div>
    </div>
  );
}
