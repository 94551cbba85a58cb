import type { schema } from '@itc/db';
import { germanLevelSchema, type Hire, type HireInput, type HireListItem } from '@itc/shared';

type HireRow = typeof schema.hires.$inferSelect;

/** The entered data of a stored hire, as the form would send it again. */
export function toHireInput(row: HireRow): HireInput {
  return {
    givenNames: row.givenNames,
    familyName: row.familyName,
    dateOfBirth: row.dateOfBirth,
    nationality: row.nationality,
    passportNumber: row.passportNumber,
    passportExpiry: row.passportExpiry,
    residenceCountry: row.residenceCountry,
    email: row.email,
    qualification: row.qualification,
    // The column is plain text; parsing keeps the response inside the CEFR enum.
    germanLevel: germanLevelSchema.parse(row.germanLevel),
    experienceYears: row.experienceYears,
    familyMembers: row.familyMembers,
  };
}

export function toHire(row: { hire: HireRow; organizationName: string }): Hire {
  const { hire, organizationName } = row;
  return {
    ...toHireInput(hire),
    id: hire.id,
    organizationId: hire.organizationId,
    organizationName,
    status: hire.status,
    version: hire.version,
    createdAt: hire.createdAt,
    updatedAt: hire.updatedAt,
  };
}

export function toHireListItem(row: { hire: HireRow; organizationName: string }): HireListItem {
  const { hire, organizationName } = row;
  return {
    id: hire.id,
    organizationId: hire.organizationId,
    organizationName,
    givenNames: hire.givenNames,
    familyName: hire.familyName,
    dateOfBirth: hire.dateOfBirth,
    nationality: hire.nationality,
    germanLevel: germanLevelSchema.parse(hire.germanLevel),
    status: hire.status,
    createdAt: hire.createdAt,
    updatedAt: hire.updatedAt,
  };
}
