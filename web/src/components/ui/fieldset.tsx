import type { ReactNode } from 'react';

/** Groups related fields under a legend (KERN fieldset). */
export function Fieldset({
  legend,
  hint,
  children,
}: {
  legend: string;
  hint?: ReactNode;
  children: ReactNode;
}) {
  return (
    <fieldset className="kern-fieldset">
      <legend className="kern-label kern-label--large">{legend}</legend>
      {hint ? <div className="kern-hint">{hint}</div> : null}
      <div className="kern-fieldset__body">{children}</div>
    </fieldset>
  );
}
