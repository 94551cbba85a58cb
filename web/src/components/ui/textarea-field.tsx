import type { ReactNode } from 'react';
import { useFormContext } from 'react-hook-form';
import { cx } from './cx';
import { describedBy, FieldError, FieldHint, FieldLabel } from './field-parts';
import { useFormField } from './form';

type TextareaFieldProps = {
  name: string;
  label: string;
  /** Label in the error summary when the visible label alone is ambiguous. */
  summaryLabel?: string;
  hint?: ReactNode;
  optional?: boolean;
  rows?: number;
  maxLength?: number;
  autoFocusOnOpen?: boolean;
};

/** A KERN multi-line input bound to the surrounding <Form>. */
export function TextareaField({
  name,
  label,
  summaryLabel,
  hint,
  optional = false,
  rows = 5,
  maxLength,
  autoFocusOnOpen,
}: TextareaFieldProps) {
  const { register } = useFormContext();
  const { fieldId, hintId, errorId, error } = useFormField(name, summaryLabel ?? label);
  return (
    <div className={cx('kern-form-input', error && 'kern-form-input--error')}>
      <FieldLabel htmlFor={fieldId} label={label} optional={optional} />
      {hint ? <FieldHint id={hintId}>{hint}</FieldHint> : null}
      <textarea
        id={fieldId}
        rows={rows}
        maxLength={maxLength}
        className={cx('kern-form-input__input', error && 'kern-form-input__input--error')}
        aria-required={optional ? undefined : true}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint ? hintId : undefined, error ? errorId : undefined)}
        data-autofocus={autoFocusOnOpen ? '' : undefined}
        {...register(name)}
      />
      {error ? <FieldError id={errorId}>{error}</FieldError> : null}
    </div>
  );
}
