import type { ReactNode } from 'react';
import { useFormContext } from 'react-hook-form';
import { cx } from './cx';
import { describedBy, FieldError, FieldHint } from './field-parts';
import { useFormField } from './form';

export type RadioOption = { value: string; label: string; hint?: ReactNode };

type RadioGroupFieldProps = {
  name: string;
  /** The question; the group's legend and the label in the error summary. */
  legend: string;
  options: RadioOption[];
  hint?: ReactNode;
  /** Label in the error summary when the legend alone is ambiguous. */
  summaryLabel?: string;
  /** Short options (yes/no) side by side. */
  horizontal?: boolean;
};

/**
 * KERN radio buttons bound to the surrounding <Form>. The first radio carries the field id, so
 * the error summary's link lands on the group.
 */
export function RadioGroupField({
  name,
  legend,
  options,
  hint,
  horizontal,
  summaryLabel,
}: RadioGroupFieldProps) {
  const { register } = useFormContext();
  const { fieldId, hintId, errorId, error } = useFormField(name, summaryLabel ?? legend);
  return (
    <fieldset
      className={cx('kern-fieldset', error && 'kern-fieldset--error')}
      aria-describedby={describedBy(hint ? hintId : undefined, error ? errorId : undefined)}
    >
      <legend className="kern-label">{legend}</legend>
      {hint ? <FieldHint id={hintId}>{hint}</FieldHint> : null}
      <div className={cx('kern-fieldset__body', horizontal && 'kern-fieldset__body--horizontal')}>
        {options.map((option, index) => {
          const id = index === 0 ? fieldId : `${fieldId}-${option.value}`;
          const optionHintId = `${id}-hint`;
          return (
            <div className="kern-form-check" key={option.value}>
              <input
                id={id}
                type="radio"
                value={option.value}
                className={cx('kern-form-check__radio', error && 'kern-form-check__radio--error')}
                aria-invalid={error ? true : undefined}
                aria-describedby={option.hint ? optionHintId : undefined}
                {...register(name)}
              />
              <label className="kern-label" htmlFor={id}>
                {option.label}
              </label>
              {option.hint ? (
                <div className="kern-hint app-radio-hint" id={optionHintId}>
                  {option.hint}
                </div>
              ) : null}
            </div>
          );
        })}
      </div>
      {error ? <FieldError id={errorId}>{error}</FieldError> : null}
    </fieldset>
  );
}
