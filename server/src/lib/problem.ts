import type { ErrorCode, FieldError, Problem } from '@itc/shared';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { errorStatus } from './app-error';

const titles: Record<ErrorCode, string> = {
  validation_failed: 'The request is not valid.',
  malformed_json: 'The request body is not valid JSON.',
  unauthenticated: 'Please sign in.',
  invalid_credentials: 'Email address or password is wrong.',
  account_inactive: 'This account has been deactivated.',
  forbidden: 'You are not allowed to do this.',
  organization_not_verified: 'Your organisation has not been verified yet.',
  not_found: 'Not found.',
  invitation_invalid: 'This invitation link is not valid (any more).',
  email_taken: 'This email address is already registered.',
  precheck_incomplete: 'The pre-check is not complete yet.',
  precheck_not_eligible: 'No residence pathway is open for this pre-check.',
  transition_not_allowed: 'This move is not allowed from the case’s current status for your role.',
  stale_version: 'This entry was changed in the meantime. Please reload it and try again.',
  verification_unchanged: 'This employer already has this verification status.',
  no_open_document_request: 'No document request of this case is open.',
  document_request_changed: 'The document request has changed in the meantime.',
  document_not_removable: 'Only files answering the open document request can be removed.',
  hire_archived: 'This hire is archived and can no longer be changed.',
  hire_in_procedure: 'This hire has an open case and cannot be archived until it is closed.',
  hire_not_active: 'This hire is not active.',
  precheck_in_progress: 'This hire already has a pre-check in progress.',
  precheck_submitted: 'This pre-check has been submitted and can no longer be changed.',
  event_already_published: 'The event is already published.',
  event_not_published: 'The event has not been published yet.',
  check_in_not_open: 'Check-in opens on the day before the event.',
  registration_not_confirmed: 'Only confirmed participants can be checked in.',
  registration_already_cancelled: 'This registration is already cancelled.',
  mandate_already_held: 'This organisation already holds a mandate.',
  mandate_already_revoked: 'The mandate has already been revoked.',
  event_closed: 'Registration for this event is closed.',
  event_cancelled: 'This event has been cancelled.',
  event_started: 'The event has already begun.',
  already_registered: 'This person is already registered for the event.',
  capacity_below_confirmed: 'More seats are already confirmed than the new capacity.',
  case_already_shared: 'The case is already shared with this organisation.',
  partner_holds_mandate:
    'This organisation holds a mandate and already sees every case of the employer.',
  share_already_revoked: 'The share has already been ended.',
  case_not_entered: 'The worker has not entered Germany yet.',
  employment_end_already_reported: 'The end of employment has already been reported.',
  second_factor_invalid: 'The code is not valid.',
  login_challenge_invalid: 'The sign-in has expired. Please sign in again.',
  second_factor_enrolment_required: 'Set up the second factor first.',
  second_factor_already_enabled: 'The second factor is already set up.',
  second_factor_not_enabled: 'No second factor is set up.',
  second_factor_required_for_role: 'City staff must keep the second factor.',
  second_factor_enrolment_not_started: 'Start the set-up first.',
  password_reset_invalid: 'This password reset link is not valid (any more).',
  current_password_wrong: 'The current password is wrong.',
  cannot_change_own_account: 'You cannot do this to your own account.',
  user_already_inactive: 'The account is already inactive.',
  user_already_active: 'The account is already active.',
  invitation_not_pending: 'The invitation has already been accepted.',
  mailbox_disabled: 'The development mailbox is off while SMTP delivers the emails.',
  cross_origin_request: 'Requests from other sites are refused.',
  too_many_attempts: 'Too many failed attempts. Please wait and try again.',
  internal_error: 'Something went wrong on our side.',
};

export function buildProblem(
  code: ErrorCode,
  options: { detail?: string; errors?: FieldError[]; extra?: Record<string, unknown> } = {},
): Problem & Record<string, unknown> {
  return {
    type: `https://itc.duisburg.example/problems/${code.replaceAll('_', '-')}`,
    title: titles[code],
    status: errorStatus[code],
    ...(options.detail ? { detail: options.detail } : {}),
    code,
    ...(options.errors ? { errors: options.errors } : {}),
    ...options.extra,
  };
}

export function problemResponse(
  c: Context,
  code: ErrorCode,
  options: Parameters<typeof buildProblem>[1] & { headers?: Record<string, string> } = {},
): Response {
  const body = buildProblem(code, options);
  return c.newResponse(JSON.stringify(body), errorStatus[code] as ContentfulStatusCode, {
    ...options.headers,
    'Content-Type': 'application/problem+json',
  });
}
