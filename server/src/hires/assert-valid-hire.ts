import { checkHire, type HireInput, type Locale, todayInGermany } from '@itc/shared';
import { invalidFields } from '../lib/validation-errors';

/** The form's checks beyond the schema, run again here: the client is not trusted. */
export function assertValidHire(hire: HireInput, now: Date, locale: Locale): void {
  const errors = checkHire(hire, todayInGermany(now));
  if (errors.length > 0) throw invalidFields(errors, locale);
}
