import type { ReactNode } from 'react';

export type BadgeVariant = 'info' | 'success' | 'warning' | 'danger' | 'neutral';

/** A KERN badge with its icon; the text must say the state on its own (not only the colour). */
export function Badge({ variant, children }: { variant: BadgeVariant; children: ReactNode }) {
  if (variant === 'neutral') {
    return (
      <span className="kern-badge app-badge--neutral">
        <span className="kern-label">{children}</span>
      </span>
    );
  }
  return (
    <span className={`kern-badge kern-badge--${variant}`}>
      <span className={`kern-icon kern-icon--${variant}`} aria-hidden="true" />
      <span className="kern-label">{children}</span>
    </span>
  );
}
