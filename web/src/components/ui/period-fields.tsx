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
