import { z } from 'zod';
import { isoDateTimeSchema } from '../api/common.schema';
import { countryCodeSchema } from '../countries/countries';
import { germanLevelSchema, qualificationLevelSchema, recognitionStatusSchema } from '../prechecks';

export const hireStatuses = ['active', 'in_procedure', 'arrived', 'archived'] as const;
export const hireStatusSchema = z.enum(hireStatuses);
export type HireStatus = z.infer<typeof hireStatusSchema>;

export const isoDateSchema = z.iso.date('date_invalid');

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

export const hireSchema = hireInputSchema.extend({
  id: z.string(),
  organizationId: z.string(),
  organizationName: z.string(),
  status: hireStatusSchema,
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type Hire = z.infer<typeof hireSchema>;

export const hireListQuerySchema = z.object({
  q: z.string().trim().max(100).optional(),
  status: hireStatusSchema.optional(),
  organizationId: z.string().optional(),
});
