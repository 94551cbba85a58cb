import { z } from 'zod';
import {
  emailSchema,
  isoDateTimeSchema,
  localeSchema,
  nameSchema,
  passwordSchema,
} from '../api/common.schema';
import { roleSchema } from '../auth/roles';
import { organizationSummarySchema } from '../organizations/organization.schema';

export const currentUserSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  locale: localeSchema,
  organization: organizationSummarySchema,
});
export type CurrentUser = z.infer<typeof currentUserSchema>;

export const meResponseSchema = z.object({ user: currentUserSchema });
export type MeResponse = z.infer<typeof meResponseSchema>;

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
  organization: organizationSummarySchema,
  createdAt: isoDateTimeSchema,
});
export type User = z.infer<typeof userSchema>;

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
