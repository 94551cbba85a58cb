import { type HireInput, toHireSearchName } from '@itc/shared';
import type { hires } from './schema';

type HireValues = Omit<
  typeof hires.$inferInsert,
  'id' | 'organizationId' | 'status' | 'createdBy' | 'createdAt' | 'updatedAt' | 'version'
>;

/** The columns a hire's entered data fills: the server and the demo seed store hires alike. */
export function toHireValues(hire: HireInput): HireValues {
  return {
    givenNames: hire.givenNames,
    familyName: hire.familyName,
    searchName: toHireSearchName(hire),
    dateOfBirth: hire.dateOfBirth,
    nationality: hire.nationality,
    passportNumber: hire.passportNumber,
    passportExpiry: hire.passportExpiry,
    residenceCountry: hire.residenceCountry,
    email: hire.email,
    qualification: hire.qualification,
    germanLevel: hire.germanLevel,
    experienceYears: hire.experienceYears,
    familyMembers: hire.familyMembers,
  };
}
