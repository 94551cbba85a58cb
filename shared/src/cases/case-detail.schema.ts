import { z } from 'zod';
import { isoDateSchema, isoDateTimeSchema } from '../api/common.schema';
import { organizationSummarySchema } from '../organizations/organization.schema';
import { submittedCaseSchema } from './case.schema';
import { caseAssigneeSchema } from './case-assignee.schema';
import {
  caseDetailDocumentSchema,
  caseDocumentRequestSchema,
} from './case-document-request.schema';
import { caseProgressSteps } from './case-progress';
import { caseShareSchema } from './case-share.schema';
import { caseActorSideSchema, caseStatusSchema, caseTransitionTargetSchema } from './case-statuses';
import { caseEventDetailsSchema } from './case-transition-request.schema';
import { employmentEndedSchema } from './employment-ended.schema';

/**
 * How the caller sees a case: city staff; the employer's HR users and mandated partners, who act
 * for it; or a partner the employer shared this one case with, who reads and writes messages.
 */
export const caseAccessSchema = z.enum(['city', 'employer', 'shared']);
export type CaseAccess = z.infer<typeof caseAccessSchema>;

/** The current stage's due date, as a German calendar day; `daysLeft` is negative once overdue. */
export const caseDeadlineSchema = z.object({
  dueAt: isoDateSchema,
  daysLeft: z.int(),
  overdue: z.boolean(),
});
export type CaseDeadline = z.infer<typeof caseDeadlineSchema>;

export const caseEventKinds = ['status_changed', 'employment_ended'] as const;
export const caseEventKindSchema = z.enum(caseEventKinds);
export type CaseEventKind = z.infer<typeof caseEventKindSchema>;

/** One entry of the timeline: who, when, from which status to which, the note and the data. */
export const caseEventSchema = z.object({
  id: z.int(),
  kind: caseEventKindSchema,
  fromStatus: caseStatusSchema.nullable(),
  toStatus: caseStatusSchema,
  note: z.string().nullable(),
  details: caseEventDetailsSchema,
  actor: z.object({ name: z.string(), organizationName: z.string(), side: caseActorSideSchema }),
  createdAt: isoDateTimeSchema,
});
export type CaseEvent = z.infer<typeof caseEventSchema>;

/** When the BA's consent was requested and the day it counts as given (§ 36(2) BeschV). */
export const baConsentSchema = z.object({
  requestedAt: isoDateTimeSchema,
  deemedGivenOn: isoDateSchema,
  /** From `deemedGivenOn` on, show "consent deemed given"; staff still record the move. */
  deemedGiven: z.boolean(),
});
export type BaConsent = z.infer<typeof baConsentSchema>;

/** What the caller may do on the case besides the moves in `allowedTransitions`. */
export const caseCapabilitiesSchema = z.object({
  writeMessages: z.boolean(),
  readInternalNotes: z.boolean(),
  assign: z.boolean(),
  share: z.boolean(),
  uploadRequestedDocuments: z.boolean(),
  answerDocumentRequest: z.boolean(),
  reportEmploymentEnded: z.boolean(),
});
export type CaseCapabilities = z.infer<typeof caseCapabilitiesSchema>;

/** `GET /cases/{id}`: everything the case page shows, for the caller. */
export const caseDetailSchema = submittedCaseSchema.extend({
  access: caseAccessSchema,
  /** The moves the caller may make now; each needs the fields of `caseTransitionFields`. */
  allowedTransitions: z.array(caseTransitionTargetSchema),
  can: caseCapabilitiesSchema,
  /** The employer's progress stepper: the main-path step the case stands on. */
  progressStep: z.enum(caseProgressSteps),
  /** Where an open document request returns the case to. */
  resumeStatus: caseStatusSchema.nullable(),
  deadline: caseDeadlineSchema.nullable(),
  baConsent: baConsentSchema.nullable(),
  assignee: caseAssigneeSchema.nullable(),
  timeline: z.array(caseEventSchema),
  openDocumentRequest: caseDocumentRequestSchema.nullable(),
  documentRequests: z.array(caseDocumentRequestSchema),
  /** Oldest upload first; each under its checklist item (`requirementCode`). */
  documents: z.array(caseDetailDocumentSchema),
  /** Active shares; shown to the employer side and city staff. */
  shares: z.array(caseShareSchema),
  /**
   * The partners holding the employer's mandate: they follow every case of it already, so they
   * are not offered for a share. Filled for the employer's own staff only.
   */
  partnersWithMandate: z.array(organizationSummarySchema),
  employmentEnded: employmentEndedSchema.nullable(),
  updatedAt: isoDateTimeSchema,
  closedAt: isoDateTimeSchema.nullable(),
});
export type CaseDetail = z.infer<typeof caseDetailSchema>;
