import { type HireInput, hireInputSchema } from '@itc/shared';

const hireFields = Object.keys(hireInputSchema.shape) as (keyof HireInput)[];

/**
 * Names of the fields an edit changed. The audit log keeps these, not the values: it is
 * append-only, so it must not hold copies of passport data that could never be erased.
 */
export function changedHireFields(before: HireInput, after: HireInput): (keyof HireInput)[] {
  return hireFields.filter(
    (field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]),
  );
}
