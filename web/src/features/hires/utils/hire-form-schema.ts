import {
  checkHire,
  createHireSchema,
  familyMemberSchema,
  type Hire,
  type HireInput,
  hireInputSchema,
  type Locale,
} from '@itc/shared';
import { z } from 'zod';
import { textOrBlank } from '../../../lib/form-values';
import {
  experienceYearsFormSchema,
  qualificationFormSchema,
  toExperienceFormValues,
  toQualificationFormValues,
} from '../../../lib/qualification-form';

function toIssuePath(path: string): (string | number)[] {
  return path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * The hire form's schema: the shared hire schema with text fields converted, plus the checks
 * that need today's date (age 16–70, passport valid, EU/EEA/Swiss nationals need no procedure).
 * Partners must name the mandating employer.
 */
export function createHireFormSchema({
  locale,
  today,
  withEmployer,
}: {
  locale: Locale;
  today: string;
  withEmployer: boolean;
}) {
  const familyMember = familyMemberSchema.extend({
    passportNumber: textOrBlank(familyMemberSchema.shape.passportNumber),
  });
  const employer = withEmployer
    ? textOrBlank(createHireSchema.shape.organizationId.unwrap())
    : z.unknown().transform(() => undefined);
  return hireInputSchema
    .extend({
      organizationId: employer,
      email: textOrBlank(hireInputSchema.shape.email),
      germanLevel: textOrBlank(hireInputSchema.shape.germanLevel),
      qualification: qualificationFormSchema(locale),
      experienceYears: experienceYearsFormSchema(locale),
      familyMembers: z.array(familyMember).max(10),
    })
    .superRefine((hire, ctx) => {
      for (const error of checkHire(hire as HireInput, today)) {
        ctx.addIssue({ code: 'custom', path: toIssuePath(error.path), message: error.message });
      }
    });
}

export type HireFormSchema = ReturnType<typeof createHireFormSchema>;
export type HireFormOutput = z.output<HireFormSchema>;

/** The hire's data without the employer: what PUT /hires/{id} replaces. */
export function toHireInput({ organizationId: _employer, ...hire }: HireFormOutput): HireInput {
  return hire;
}

export const emptyFamilyMember = {
  relation: 'spouse' as const,
  givenNames: '',
  familyName: '',
  dateOfBirth: '',
  nationality: '',
  passportNumber: '',
};

/** The form's text values for a new hire or for editing one. */
export function toHireFormValues(hire: Hire | undefined, locale: Locale) {
  return {
    organizationId: '',
    givenNames: hire?.givenNames ?? '',
    familyName: hire?.familyName ?? '',
    dateOfBirth: hire?.dateOfBirth ?? '',
    nationality: hire?.nationality ?? '',
    passportNumber: hire?.passportNumber ?? '',
    passportExpiry: hire?.passportExpiry ?? '',
    residenceCountry: hire?.residenceCountry ?? '',
    email: hire?.email ?? '',
    qualification: toQualificationFormValues(hire?.qualification, locale),
    ...toExperienceFormValues(hire, locale),
    familyMembers: (hire?.familyMembers ?? []).map((member) => ({
      ...member,
      passportNumber: member.passportNumber ?? '',
    })),
  };
}
