import { useId } from 'react';

type ProgressBarProps = {
  /** Visible label, e.g. "Wird hochgeladen: pass.pdf". */
  label: string;
  /** 0–100; left out while the total is unknown, which shows an indeterminate bar. */
  percent?: number;
};

/** KERN progress: a native <progress> with a visible label and the percentage in words. */
export function ProgressBar({ label, percent }: ProgressBarProps) {
  const id = useId();
  if (percent === undefined) {
    return (
      <div className="kern-progress app-progress">
        <label className="kern-label kern-label--small" htmlFor={id}>
          {label}
        </label>
        <progress id={id} max={100} />
      </div>
    );
  }
  const rounded = Math.max(0, Math.min(100, Math.round(percent)));
  return (
    <div className="kern-progress app-progress">
      <label className="kern-label kern-label--small" htmlFor={id}>
        {label} ({rounded} %)
      </label>
      <progress id={id} max={100} value={rounded}>
        {rounded} %
      </progress>
    </div>
  );
}
