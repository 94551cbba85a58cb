import type { ReactNode, Ref } from 'react';
import { cx } from './cx';

export type AlertVariant = 'info' | 'success' | 'warning' | 'danger';

type AlertProps = {
  variant: AlertVariant;
  title: ReactNode;
  children?: ReactNode;
  /** "alert"/"status" make assistive technology announce it when it appears. */
  role?: 'alert' | 'status';
  /** Heading level of the title; a plain bold line when not given. */
  headingLevel?: 2 | 3;
  className?: string;
  tabIndex?: number;
  id?: string;
  ref?: Ref<HTMLDivElement>;
};

/** KERN alert: coloured box with an icon, a title and an optional body. */
export function Alert({
  variant,
  title,
  children,
  role,
  headingLevel,
  className,
  tabIndex,
  id,
  ref,
}: AlertProps) {
  const Title = headingLevel ? (`h${headingLevel}` as const) : 'p';
  return (
    <div
      ref={ref}
      id={id}
      tabIndex={tabIndex}
      className={cx('kern-alert', `kern-alert--${variant}`, className)}
      role={role}
    >
      <div className="kern-alert__header">
        <span className={`kern-icon kern-icon--${variant}`} aria-hidden="true" />
        <Title className="kern-title">{title}</Title>
      </div>
      {children ? <div className="kern-alert__body">{children}</div> : null}
    </div>
  );
}
