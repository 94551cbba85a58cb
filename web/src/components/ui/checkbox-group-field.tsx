import type { ReactNode } from 'react';
import { useFormContext } from 'react-hook-form';
import { cx } from './cx';
import { describedBy, FieldError, FieldHint } from './field-parts';
import { useFormField } from './form';

export type CheckboxOption = { value: string; label: string };

type CheckboxGroupFieldProps = {
  /** The field holds the array of checked values. */
  name: string;
  legend: string;
  options: CheckboxOption[];
  hint?: ReactNode;
};

/**
 * KERN checkboxes for choosing several values, bound to the surrounding <Form>. The first box
 * carries the field id, so the error summary's link lands on the group.
 */
export function CheckboxGroupField({ name, legend, options, hint }: CheckboxGroupFieldProps) {
  const { register } = useFormContext();
  const { fieldId, hintId, errorId, error } = useFormField(name, legend);
  return (
    <fieldset
      className={cx('kern-fieldset', error && 'kern-fieldset--error')}
      aria-describedby={describedBy(hint ? hintId : undefined, error ? errorId : undefined)}
    >
      <legend className="kern-label">{legend}</legend>
      {hint ? <FieldHint id={hintId}>{hint}</FieldHint> : null}
      <div className="kern-fieldset__body">
        {options.map((option, index) => {
          const id = index === 0 ? fieldId : `${fieldId}-${option.value}`;
          return (
            <div className="kern-form-check" key={option.value}>
              <input
                id={id}
                type="checkbox"
                value={option.value}
                className={cx(
                  'kern-form-check__checkbox',
                  error && 'kern-form-check__checkbox--error',
                )}
                aria-invalid={error ? true : undefined}
                {...register(name)}
              />
              <label className="kern-label" htmlFor={id}>
                {option.label}
              </label>
            </div>
          );
        })}
      </div>
      {error ? <FieldError id={errorId}>{error}</FieldError> : null}
    </fieldset>
  );
}
