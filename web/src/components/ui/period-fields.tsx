import type { FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import { Fieldset } from './fieldset';
import { Form } from './form';
import { TextField } from './text-field';

type DayField = {
  name: string;
  label: string;
  /** The label in the error summary, where "bis" alone would not say which field. */
  summaryLabel: string;
};

/** The two optional days of a period inside <Form>; `periodInOrder` checks their order. */
export function PeriodFields({ from, to }: { from: DayField; to: DayField }) {
  return (
    <>
      <TextField type="date" optional {...from} />
      <TextField type="date" optional {...to} />
    </>
  );
}

type PeriodFilterFormProps<S extends z.ZodType<FieldValues, FieldValues>> = {
  schema: S;
  /** The period applied now (e.g. from the URL); the form follows it. */
  values: z.input<S>;
  onApply: (period: z.output<S>) => void;
  legend: string;
  submitLabel: string;
  idPrefix: string;
  from: DayField;
  to: DayField;
};

/** A list's period on its own, applied with a button: a date field changes with every digit. */
export function PeriodFilterForm<S extends z.ZodType<FieldValues, FieldValues>>({
  schema,
  values,
  onApply,
  legend,
  submitLabel,
  idPrefix,
  from,
  to,
}: PeriodFilterFormProps<S>) {
  return (
    <Form
      schema={schema}
      values={values}
      onSubmit={onApply}
      submitLabel={submitLabel}
      submitVariant="secondary"
      idPrefix={idPrefix}
      className="app-filter-form"
    >
      <Fieldset legend={legend}>
        <PeriodFields from={from} to={to} />
      </Fieldset>
    </Form>
  );
}
