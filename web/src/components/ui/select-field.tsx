import type { ReactNode } from 'react';
import { useFormContext } from 'react-hook-form';
import type { SelectOption, SelectOptionGroup } from '../../lib/select-option';
import { cx } from './cx';
import { describedBy, FieldError, FieldHint, FieldLabel } from './field-parts';
import { useFormField } from './form';

type SelectFieldProps = {
  name: string;
  label: string;
  /** Label in the error summary when the visible label alone is ambiguous. */
  summaryLabel?: string;
  options?: SelectOption[];
  /** Options under <optgroup> headings, after `options`. */
  groups?: SelectOptionGroup[];
  hint?: ReactNode;
  optional?: boolean;
  /** Text of an empty first option ("Bitte wählen"); none when not given. */
  placeholder?: string;
};

function renderOptions(options: SelectOption[]) {
  return options.map((option) => (
    <option key={option.value} value={option.value} lang={option.lang}>
      {option.label}
    </option>
  ));
}

/** A KERN select bound to the surrounding <Form>. */
export function SelectField({
  name,
  label,
  summaryLabel,
  options = [],
  groups = [],
  hint,
  optional = false,
  placeholder,
}: SelectFieldProps) {
  const { register } = useFormContext();
  const { fieldId, hintId, errorId, error } = useFormField(name, summaryLabel ?? label);
  return (
    <div className={cx('kern-form-input', error && 'kern-form-input--error')}>
      <FieldLabel htmlFor={fieldId} label={label} optional={optional} />
      {hint ? <FieldHint id={hintId}>{hint}</FieldHint> : null}
      <div className="kern-form-input__select-wrapper">
        <select
          id={fieldId}
          className={cx('kern-form-input__select', error && 'kern-form-input__select--error')}
          aria-required={optional ? undefined : true}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(hint ? hintId : undefined, error ? errorId : undefined)}
          {...register(name)}
        >
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {renderOptions(options)}
          {groups.map((group) => (
            <optgroup key={group.label} label={group.label}>
              {renderOptions(group.options)}
            </optgroup>
          ))}
        </select>
      </div>
      {error ? <FieldError id={errorId}>{error}</FieldError> : null}
    </div>
  );
}

type FilterSelectProps = {
  id: string;
  label: string;
  value: string;
  options: SelectOption[];
  onChange: (value: string) => void;
};

/** A standalone select for filtering a list (not part of a <Form>). */
export function FilterSelect({ id, label, value, options, onChange }: FilterSelectProps) {
  return (
    <div className="kern-form-input app-filter">
      <label className="kern-label" htmlFor={id}>
        {label}
      </label>
      <div className="kern-form-input__select-wrapper">
        <select
          id={id}
          className="kern-form-input__select"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
