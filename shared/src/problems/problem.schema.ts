import { z } from 'zod';
import { fieldErrorSchema } from '../api/field-error.schema';
import { caseTransitionTargetSchema } from '../cases/case-statuses';

/** Stable, machine-readable error codes; the web translates each one. */
export const errorCodes = [
  'validation_failed',
  'malformed_json',
  'unauthenticated',
  'forbidden',
  'not_found',
  'invalid_credentials',
  'too_many_attempts',
  'email_taken',
  'organization_not_verified',
  'invitation_invalid',
  'account_inactive',
  'precheck_incomplete',
  'precheck_not_eligible',
  'transition_not_allowed',
  'stale_version',
  'verification_unchanged',
  'no_open_document_request',
  'document_request_changed',
  'document_not_removable',
  'hire_archived',
  'hire_in_procedure',
  'hire_not_active',
  'precheck_in_progress',
  'precheck_submitted',
  'event_already_published',
  'event_not_published',
  'check_in_not_open',
  'registration_not_confirmed',
  'registration_already_cancelled',
  'mandate_already_held',
  'mandate_already_revoked',
  'event_closed',
  'event_cancelled',
  'event_started',
  'already_registered',
  'capacity_below_confirmed',
  'case_already_shared',
  'partner_holds_mandate',
  'share_already_revoked',
  'case_not_entered',
  'employment_end_already_reported',
  'second_factor_invalid',
  'login_challenge_invalid',
  'second_factor_enrolment_required',
  'second_factor_already_enabled',
  'second_factor_not_enabled',
  'second_factor_required_for_role',
  'second_factor_enrolment_not_started',
  'password_reset_invalid',
  'current_password_wrong',
  'cannot_change_own_account',
  'user_already_inactive',
  'user_already_active',
  'invitation_not_pending',
  'cross_origin_request',
  'mailbox_disabled',
  'internal_error',
] as const;
export const errorCodeSchema = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

/** RFC 9457 problem details with our `code` and field errors. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  code: errorCodeSchema,
  errors: z.array(fieldErrorSchema).optional(),
  /** `transition_not_allowed` and a case's `stale_version`: the moves the caller may make now. */
  allowedTransitions: z.array(caseTransitionTargetSchema).optional(),
  /** `transition_not_allowed` and `stale_version`: the entry's version now. */
  currentVersion: z.int().optional(),
});
export type Problem = z.infer<typeof problemSchema>;
