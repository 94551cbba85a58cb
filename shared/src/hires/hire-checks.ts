import type { FieldError } from '../api/field-error.schema';
import { hasFreeMovement } from '../countries/countries';
import type { HireInput } from './hire.schema';

/** Whole years between a birth date and a day (both ISO dates). */
export function ageOn(dateOfBirth: string, day: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/**
 * Checks that need today's date; the form and the server run the same ones. Messages are keys
 * of the shared validation-message table.
 */
export function checkHireDates(hire: HireInput, today: string): FieldError[] {
  const errors: FieldError[] = [];
  const age = ageOn(hire.dateOfBirth, today);
  if (age < 16 || age > 70) errors.push({ path: 'dateOfBirth', message: 'age_out_of_range' });
  if (hire.passportExpiry <= today)
    errors.push({ path: 'passportExpiry', message: 'passport_expired' });
  hire.familyMembers.forEach((member, index) => {
    if (member.dateOfBirth > today) {
      errors.push({ path: `familyMembers.${index}.dateOfBirth`, message: 'date_in_future' });
    } else if (member.relation === 'child' && ageOn(member.dateOfBirth, today) >= 18) {
      errors.push({ path: `familyMembers.${index}.dateOfBirth`, message: 'child_not_minor' });
    }
  });
  if (
    hire.qualification.completedYear &&
    hire.qualification.completedYear > Number(today.slice(0, 4))
  ) {
    errors.push({ path: 'qualification.completedYear', message: 'year_in_future' });
  }
  return errors;
}

/** EU, EEA and Swiss citizens need no procedure: the form says so and stops. */
export function needsResidenceProcedure(nationality: string): boolean {
  return !hasFreeMovement(nationality);
}

/**
 * Every check beyond the schema, in the order of the form: the nationality first, since an
 * EU/EEA/Swiss citizen needs no procedure at all, then the date checks.
 */
export function checkHire(hire: HireInput, today: string): FieldError[] {
  const nationality: FieldError[] = needsResidenceProcedure(hire.nationality)
    ? []
    : [{ path: 'nationality', message: 'free_movement_no_procedure' }];
  return [...nationality, ...checkHireDates(hire, today)];
}
