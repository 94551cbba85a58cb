import { z } from 'zod';
import { idSchema, isoDateSchema, isoDateTimeSchema } from '../api/common.schema';
import { countryCodeSchema } from '../countries/countries';
import { germanLevelSchema, qualificationLevelSchema, recognitionStatusSchema } from '../prechecks';

export const hireStatuses = ['active', 'in_procedure', 'arrived', 'archived'] as const;
export const hireStatusSchema = z.enum(hireStatuses);
export type HireStatus = z.infer<typeof hireStatusSchema>;

const personNameSchema = z.string().trim().min(1, 'required').max(100);
const passportNumberSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{5,20}$/, 'passport_number_format');

export const familyMemberSchema = z.strictObject({
  relation: z.enum(['spouse', 'child']),
  givenNames: personNameSchema,
  familyName: personNameSchema,
  dateOfBirth: isoDateSchema,
  nationality: countryCodeSchema,
  passportNumber: passportNumberSchema.nullable(),
});
export type FamilyMember = z.infer<typeof familyMemberSchema>;

export const hireQualificationSchema = z.strictObject({
  level: qualificationLevelSchema,
  title: z.string().trim().max(200).nullable(),
  country: countryCodeSchema.nullable(),
  completedYear: z.number().int().min(1950).max(2100).nullable(),
  trainingYears: z.number().min(0).max(10).nullable(),
  stateRecognisedAbroad: z.boolean(),
  recognition: recognitionStatusSchema,
});
export type HireQualification = z.infer<typeof hireQualificationSchema>;

/** What HR staff enter about an international hire (names as in the passport). */
export const hireInputSchema = z.strictObject({
  givenNames: personNameSchema,
  familyName: personNameSchema,
  dateOfBirth: isoDateSchema,
  nationality: countryCodeSchema,
  passportNumber: passportNumberSchema,
  passportExpiry: isoDateSchema,
  residenceCountry: countryCodeSchema,
  email: z.string().trim().toLowerCase().pipe(z.email('email_invalid').max(254)).nullable(),
  qualification: hireQualificationSchema,
  germanLevel: germanLevelSchema,
  experienceYears: z.number().min(0).max(60),
  familyMembers: z.array(familyMemberSchema).max(10),
});
export type HireInput = z.input<typeof hireInputSchema>;

/** Partners name the mandating employer; an employer's HR users may leave it out. */
export const createHireSchema = hireInputSchema.extend({ organizationId: idSchema.optional() });
export type CreateHire = z.input<typeof createHireSchema>;

/** A full replacement; `version` is the one last read, so a concurrent edit is not overwritten. */
export const updateHireSchema = hireInputSchema.extend({ version: z.int().positive() });
export type UpdateHire = z.input<typeof updateHireSchema>;

export const hireSchema = hireInputSchema.extend({
  id: z.string(),
  organizationId: z.string(),
  organizationName: z.string(),
  status: hireStatusSchema,
  version: z.int().positive(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type Hire = z.infer<typeof hireSchema>;

/** A row of the hires list: enough to find a person, without passport or family details. */
export const hireListItemSchema = hireSchema.pick({
  id: true,
  organizationId: true,
  organizationName: true,
  givenNames: true,
  familyName: true,
  dateOfBirth: true,
  nationality: true,
  germanLevel: true,
  status: true,
  createdAt: true,
  updatedAt: true,
});
export type HireListItem = z.infer<typeof hireListItemSchema>;

export const hireListQuerySchema = z.object({
  q: z.string().trim().max(100).optional(),
  status: hireStatusSchema.optional(),
  organizationId: z.string().optional(),
});
