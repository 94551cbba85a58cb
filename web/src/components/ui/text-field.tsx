import type { InputHTMLAttributes, ReactNode } from 'react';
import { useFormContext } from 'react-hook-form';
import { cx } from './cx';
import { describedBy, FieldError, FieldHint, FieldLabel } from './field-parts';
import { useFormField } from './form';

type TextFieldProps = {
  /** Dotted path into the form values, e.g. "company.address.postalCode". */
  name: string;
  label: string;
  /** Label in the error summary when the visible label alone is ambiguous. */
  summaryLabel?: string;
  hint?: ReactNode;
  optional?: boolean;
  type?: 'text' | 'email' | 'password' | 'tel' | 'url' | 'date' | 'datetime-local';
  autoComplete?: string;
  inputMode?: InputHTMLAttributes<HTMLInputElement>['inputMode'];
  /** Narrow inputs for short values (postal code, numbers). */
  width?: 'narrow' | 'medium';
  maxLength?: number;
  spellCheck?: boolean;
  autoFocusOnOpen?: boolean;
};

/** A KERN text input bound to the surrounding <Form>. */
export function TextField({
  name,
  label,
  summaryLabel,
  hint,
  optional = false,
  type = 'text',
  autoComplete,
  inputMode,
  width,
  maxLength,
  spellCheck,
  autoFocusOnOpen,
}: TextFieldProps) {
  const { register } = useFormContext();
  const { fieldId, hintId, errorId, error } = useFormField(name, summaryLabel ?? label);
  return (
    <div className={cx('kern-form-input', error && 'kern-form-input--error')}>
      <FieldLabel htmlFor={fieldId} label={label} optional={optional} />
      {hint ? <FieldHint id={hintId}>{hint}</FieldHint> : null}
      <input
        id={fieldId}
        type={type}
        className={cx(
          'kern-form-input__input',
          error && 'kern-form-input__input--error',
          width === 'narrow' && 'kern-form-input__input--width-4',
          width === 'medium' && 'app-input--medium',
        )}
        autoComplete={autoComplete}
        inputMode={inputMode}
        maxLength={maxLength}
        spellCheck={spellCheck}
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
