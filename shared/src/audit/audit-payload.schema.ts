import { z } from 'zod';
import { isoDateSchema, isoDateTimeSchema, localeSchema } from '../api/common.schema';
import { roleSchema } from '../auth/roles';
import { caseSortFields } from '../cases/case-list.schema';
import { caseStatusSchema } from '../cases/case-statuses';
import { eventStatusSchema, registrationStatusSchema } from '../events/event-codes';
import { eventFieldsSchema } from '../events/event-input.schema';
import { hireInputSchema, hireStatusSchema } from '../hires/hire.schema';
import {
  createPartnerOrganizationSchema,
  verificationStatusSchema,
} from '../organizations/organization.schema';
import { documentContentTypes } from '../precheck-drafts/document-upload.schema';
import { occupationFields } from '../prechecks/data/occupation-fields';
import type { AuditAction } from './audit.schema';

/**
 * What an entry stores before and after its action. Stored rows are read with these schemas, so
 * they are `z.object` (extra keys of older rows are dropped, not refused).
 */
function payload<B extends z.ZodType, A extends z.ZodType>(before: B, after: A) {
  return z.object({ before, after });
}

/** Nothing to keep beyond who did what to which target. */
const empty = z.null();
const noPayload = payload(empty, empty);

const activeSchema = z.object({ active: z.boolean() });
const localeChangeSchema = z.object({ locale: localeSchema });
const verificationSchema = z.object({ verificationStatus: verificationStatusSchema });
const hireStatusChangeSchema = z.object({ status: hireStatusSchema });
const endedSessionsSchema = z.object({ endedSessions: z.int().nonnegative() });
const invitedAccountSchema = z.object({
  email: z.string(),
  role: roleSchema,
  organizationId: z.string(),
});

/** Enough to identify a file, never its content. */
const auditedDocumentSchema = z.object({
  precheckId: z.string(),
  requirementCode: z.string(),
  documentRequestId: z.string().nullable(),
  fileName: z.string(),
  contentType: z.enum(documentContentTypes),
  sizeBytes: z.int().nonnegative(),
  sha256: z.string(),
});
/** Files answering a document request on a case also name the case. */
const caseDocumentSchema = auditedDocumentSchema.extend({ caseId: z.string().optional() });

/** The demo cases' seeded history keeps no due dates of past stages, hence optional. */
const caseStageSchema = z.object({
  status: caseStatusSchema,
  version: z.int(),
  dueAt: isoDateSchema.nullable().optional(),
});

const caseShareSchema = z.object({
  shareId: z.string(),
  partnerOrganizationId: z.string(),
});

/** A profile edit changes the name and language, or the e-mail address (confirmed apart). */
const profileSchema = z.union([
  z.object({ name: z.string(), locale: localeSchema }),
  z.object({ email: z.string() }),
]);

/** The queue filters of a CSV export as the server read them; a search only as whether it was one. */
const exportedCaseFiltersSchema = z.object({
  status: z.array(caseStatusSchema).optional(),
  assigned: z.string().optional(),
  overdue: z.boolean().optional(),
  open: z.literal(true).optional(),
  dueSoon: z.literal(true).optional(),
  organizationId: z.string().optional(),
  nationality: z.string().optional(),
  occupationField: z.enum(occupationFields).optional(),
  submittedFrom: isoDateSchema.optional(),
  submittedTo: isoDateSchema.optional(),
  sort: z.enum(caseSortFields),
  order: z.enum(['asc', 'desc']),
  search: z.boolean(),
});

const precheckForms = ['power_of_attorney', 'job_data_sheet'] as const;
const documentDispositions = ['inline', 'attachment'] as const;

/** Every action's `before` and `after`; `satisfies` makes a new action ask for its payload. */
export const auditPayloadSchemas = {
  'auth.login': noPayload,
  'auth.logout': noPayload,
  'organization.registered': payload(
    empty,
    z.object({ name: z.string(), betriebsnummer: z.string() }),
  ),
  'organization.verified': payload(verificationSchema, verificationSchema),
  'organization.rejected': payload(verificationSchema, verificationSchema),
  'organization.created': payload(empty, createPartnerOrganizationSchema),
  'user.invited': payload(empty, invitedAccountSchema),
  'user.activated': noPayload,
  'user.deactivated': payload(activeSchema, activeSchema),
  'user.preferences_changed': payload(localeChangeSchema, localeChangeSchema),
  'mandate.granted': payload(empty, z.object({ partnerOrganizationId: z.string() })),
  'mandate.revoked': payload(
    z.object({ revokedAt: z.null() }),
    z.object({ revokedAt: isoDateTimeSchema }),
  ),
  'hire.created': payload(empty, hireStatusChangeSchema),
  /** Names of the changed fields only: the log is append-only and must not copy passport data. */
  'hire.updated': payload(
    z.object({ version: z.int() }),
    z.object({ version: z.int(), changedFields: z.array(hireInputSchema.keyof()) }),
  ),
  'hire.archived': payload(hireStatusChangeSchema, hireStatusChangeSchema),
  'precheck.created': payload(empty, z.object({ hireId: z.string() })),
  'document.uploaded': payload(
    auditedDocumentSchema.extend({ replacedDocumentId: z.string() }).nullable(),
    caseDocumentSchema,
  ),
  'document.deleted': payload(caseDocumentSchema, empty),
  'precheck.submitted': payload(
    z.object({ status: z.literal('draft'), hireStatus: hireStatusSchema }),
    z.object({ status: z.literal('submitted'), caseId: z.string(), reference: z.string() }),
  ),
  'case.transitioned': payload(caseStageSchema, caseStageSchema),
  'case.assigned': payload(
    z.object({ assigneeUserId: z.string().nullable() }),
    z.object({ assigneeUserId: z.string().nullable() }),
  ),
  'case.shared': payload(empty, caseShareSchema),
  'case.share_revoked': payload(
    caseShareSchema.extend({ revokedAt: z.null() }),
    caseShareSchema.extend({ revokedAt: isoDateTimeSchema }),
  ),
  'case.employment_ended': payload(
    empty,
    z.object({ learnedOn: isoDateSchema, reportDueAt: isoDateSchema, reportedLate: z.boolean() }),
  ),
  'event.created': payload(empty, z.object({ status: z.literal('draft') })),
  'event.updated': payload(empty, z.object({ changedFields: z.array(eventFieldsSchema.keyof()) })),
  'event.published': payload(
    z.object({ status: z.literal('draft') }),
    z.object({ status: z.literal('published') }),
  ),
  'event.cancelled': payload(
    z.object({ status: eventStatusSchema }),
    z.object({ status: z.literal('cancelled'), notified: z.int().nonnegative() }),
  ),
  'event.registration_cancelled': payload(
    z.object({ registrationId: z.string(), status: registrationStatusSchema }),
    z.object({ status: z.literal('cancelled'), promoted: z.array(z.string()) }),
  ),
  'event.attendance_recorded': payload(
    z.object({ registrationId: z.string(), attended: z.boolean().nullable() }),
    z.object({ attended: z.boolean() }),
  ),
  'event.participants_exported': payload(empty, z.object({ rows: z.int().nonnegative() })),
  'event.message_sent': payload(
    empty,
    z.object({ subject: z.string(), recipients: z.int().nonnegative() }),
  ),
  'auth.password_reset_requested': noPayload,
  'auth.password_reset': noPayload,
  'auth.password_changed': payload(empty, endedSessionsSchema),
  'auth.session_ended': payload(empty, endedSessionsSchema),
  'auth.second_factor_enabled': noPayload,
  'auth.second_factor_disabled': noPayload,
  'auth.second_factor_reset': payload(
    z.object({ secondFactorEnabled: z.boolean() }),
    z.object({ secondFactorEnabled: z.boolean() }),
  ),
  'auth.recovery_code_used': noPayload,
  'user.profile_changed': payload(profileSchema, profileSchema),
  'user.reactivated': payload(activeSchema, activeSchema),
  'user.invitation_resent': payload(empty, z.object({ expiresAt: isoDateTimeSchema })),
  'user.invitation_withdrawn': payload(invitedAccountSchema, empty),
  'hire.personal_data_exported': noPayload,
  'document.viewed': payload(empty, z.object({ disposition: z.enum(documentDispositions) })),
  'case.receipt_downloaded': noPayload,
  'precheck.form_downloaded': payload(empty, z.object({ form: z.enum(precheckForms) })),
  'case.exported': payload(
    empty,
    z.object({ filters: exportedCaseFiltersSchema, rows: z.int().nonnegative() }),
  ),
  'retention.case_erased': payload(empty, z.object({ reference: z.string() })),
  'retention.hire_erased': noPayload,
} satisfies Record<AuditAction, z.ZodObject<{ before: z.ZodType; after: z.ZodType }>>;

export type AuditPayloads = { [A in AuditAction]: z.infer<(typeof auditPayloadSchemas)[A]> };
export type AuditPayload<A extends AuditAction = AuditAction> = AuditPayloads[A];
