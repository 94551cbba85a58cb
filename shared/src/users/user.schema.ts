import { z } from 'zod';
import {
  emailSchema,
  idParamSchema,
  idSchema,
  isoDateTimeSchema,
  localeSchema,
  nameSchema,
  passwordSchema,
} from '../api/common.schema';
import { roleSchema } from '../auth/roles';
import { secondFactorChallengeSchema } from '../auth/second-factor.schema';
import { organizationSummarySchema } from '../organizations/organization.schema';

export const currentUserSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  locale: localeSchema,
  organization: organizationSummarySchema,
  secondFactorEnabled: z.boolean(),
  /** City staff without a second factor: every API but enrolment answers 403 until they set it up. */
  mustEnrolSecondFactor: z.boolean(),
});
export type CurrentUser = z.infer<typeof currentUserSchema>;

export const meResponseSchema = z.object({ user: currentUserSchema });
export type MeResponse = z.infer<typeof meResponseSchema>;

/** Signed in (perhaps still to enrol a second factor), or the password passed and a code is due. */
export const loginResponseSchema = z.union([
  meResponseSchema.extend({ mustEnrolSecondFactor: z.boolean() }),
  secondFactorChallengeSchema,
]);
export type LoginResponse = z.infer<typeof loginResponseSchema>;

export const loginRequestSchema = z.strictObject({
  email: emailSchema,
  password: z.string().min(1).max(200),
});
export type LoginRequest = z.input<typeof loginRequestSchema>;

export const updatePreferencesSchema = z.strictObject({ locale: localeSchema });
export type UpdatePreferences = z.infer<typeof updatePreferencesSchema>;

/** A user as listed on admin and colleague screens. */
export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  locale: localeSchema,
  active: z.boolean(),
  invitationPending: z.boolean(),
  /** A TOTP factor is set up; a city admin can reset it. */
  secondFactorEnabled: z.boolean(),
  organization: organizationSummarySchema,
  createdAt: isoDateTimeSchema,
});
export type User = z.infer<typeof userSchema>;

/** `{id}` is the organisation, `{userId}` the colleague acted on. */
export const organizationUserParamSchema = idParamSchema.extend({ userId: idSchema });

export const userListQuerySchema = z.object({
  organizationId: z.string().optional(),
});

export const inviteUserSchema = z.strictObject({
  email: emailSchema,
  name: nameSchema,
  role: roleSchema,
  organizationId: z.string().min(1),
  locale: localeSchema.default('de'),
});
export type InviteUser = z.input<typeof inviteUserSchema>;

/** HR users invite colleagues into their own organisation; role and org follow the inviter. */
export const inviteColleagueSchema = inviteUserSchema.pick({
  email: true,
  name: true,
  locale: true,
});
export type InviteColleague = z.input<typeof inviteColleagueSchema>;

export const invitationInfoSchema = z.object({
  email: z.string(),
  name: z.string(),
  organizationName: z.string(),
  role: roleSchema,
});
export type InvitationInfo = z.infer<typeof invitationInfoSchema>;

export const acceptInvitationSchema = z.strictObject({
  token: z.string().min(20).max(200),
  password: passwordSchema,
});
export type AcceptInvitation = z.infer<typeof acceptInvitationSchema>;
