import type { ErrorCode, FieldError } from '@itc/shared';

/** Services throw this; one handler turns it into application/problem+json. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly errors: FieldError[] | undefined;
  readonly headers: Record<string, string> | undefined;
  readonly extra: Record<string, unknown> | undefined;

  constructor(
    code: ErrorCode,
    options: {
      detail?: string;
      errors?: FieldError[];
      headers?: Record<string, string>;
      extra?: Record<string, unknown>;
    } = {},
  ) {
    super(options.detail ?? code);
    this.code = code;
    this.errors = options.errors;
    this.headers = options.headers;
    this.extra = options.extra;
  }
}

export const errorStatus: Record<ErrorCode, number> = {
  validation_failed: 400,
  malformed_json: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  account_inactive: 401,
  forbidden: 403,
  organization_not_verified: 403,
  not_found: 404,
  invitation_invalid: 404,
  email_taken: 409,
  precheck_incomplete: 409,
  precheck_not_eligible: 409,
  transition_not_allowed: 409,
  stale_version: 409,
  verification_unchanged: 409,
  no_open_document_request: 409,
  document_request_changed: 409,
  document_not_removable: 409,
  hire_archived: 409,
  hire_in_procedure: 409,
  hire_not_active: 409,
  precheck_in_progress: 409,
  precheck_submitted: 409,
  event_already_published: 409,
  event_not_published: 409,
  check_in_not_open: 409,
  registration_not_confirmed: 409,
  registration_already_cancelled: 409,
  mandate_already_held: 409,
  mandate_already_revoked: 409,
  event_closed: 409,
  event_cancelled: 409,
  event_started: 409,
  already_registered: 409,
  capacity_below_confirmed: 409,
  case_already_shared: 409,
  partner_holds_mandate: 409,
  share_already_revoked: 409,
  case_not_entered: 409,
  employment_end_already_reported: 409,
  second_factor_invalid: 401,
  login_challenge_invalid: 401,
  second_factor_enrolment_required: 403,
  second_factor_already_enabled: 409,
  second_factor_not_enabled: 409,
  second_factor_required_for_role: 409,
  second_factor_enrolment_not_started: 409,
  password_reset_invalid: 400,
  current_password_wrong: 400,
  cannot_change_own_account: 409,
  user_already_inactive: 409,
  user_already_active: 409,
  invitation_not_pending: 409,
  cross_origin_request: 403,
  mailbox_disabled: 404,
  too_many_attempts: 429,
  internal_error: 500,
};
