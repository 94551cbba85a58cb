import { z } from 'zod';
import { isoDateSchema } from '../api/common.schema';
import { pathwayCodeSchema } from '../prechecks';
import type { CaseTransitionTarget } from './case-statuses';

/** The version the client last read: a move on a changed case is refused as stale. */
export const caseVersionSchema = z.int().positive();

export const caseNoteSchema = z.string().trim().max(2000);
export const caseReasonSchema = z.string().trim().min(5, 'reason_too_short').max(2000);

/** One document city staff ask for: a checklist code (or `other`) and how the employer sees it. */
export const requestedDocumentSchema = z.strictObject({
  code: z.string().trim().min(1, 'required').max(64),
  label: z.string().trim().min(1, 'required').max(200),
});
export type RequestedDocument = z.infer<typeof requestedDocumentSchema>;

/** The residence title's legal basis; the IT Blue Card is a § 18g title as well. */
export const permitTypeSchema = pathwayCodeSchema.exclude(['18g-it']);
export type PermitType = z.infer<typeof permitTypeSchema>;

/** What each target needs besides `to`, `version` and an optional `note`. */
export const caseTransitionFields = {
  in_review: {},
  documents_requested: {
    documents: z.array(requestedDocumentSchema).min(1).max(30),
    message: z.string().trim().min(1, 'required').max(5000),
    /** Without it the answer is due after the default period (`stageDeadlines`). */
    dueDate: isoDateSchema.optional(),
  },
  forwarded: {},
  recognition_pending: {},
  deficit_notice: {},
  ba_consent_pending: {},
  pre_approval_issued: {},
  visa_appointment_booked: { appointmentDate: isoDateSchema },
  visa_issued: {},
  visa_refused: {},
  entered: {},
  permit_issued: { permitType: permitTypeSchema, validUntil: isoDateSchema },
  rejected: { reason: caseReasonSchema },
  withdrawn: { reason: caseReasonSchema },
} satisfies Record<CaseTransitionTarget, z.ZodRawShape>;

function transitionRequest<T extends CaseTransitionTarget>(to: T) {
  return z.strictObject({
    to: z.literal(to),
    version: caseVersionSchema,
    note: caseNoteSchema.optional(),
    ...caseTransitionFields[to],
  });
}

/** `POST /cases/{id}/transitions`: the target and the data it needs. */
export const caseTransitionRequestSchema = z.discriminatedUnion('to', [
  transitionRequest('in_review'),
  transitionRequest('documents_requested'),
  transitionRequest('forwarded'),
  transitionRequest('recognition_pending'),
  transitionRequest('deficit_notice'),
  transitionRequest('ba_consent_pending'),
  transitionRequest('pre_approval_issued'),
  transitionRequest('visa_appointment_booked'),
  transitionRequest('visa_issued'),
  transitionRequest('visa_refused'),
  transitionRequest('entered'),
  transitionRequest('permit_issued'),
  transitionRequest('rejected'),
  transitionRequest('withdrawn'),
]);
export type CaseTransitionRequest = z.infer<typeof caseTransitionRequestSchema>;
export type CaseTransitionInput = z.input<typeof caseTransitionRequestSchema>;

/** The data a move stored, as the timeline shows it. */
export const caseEventDetailsSchema = z
  .object({
    ...caseTransitionFields.documents_requested,
    ...caseTransitionFields.visa_appointment_booked,
    ...caseTransitionFields.permit_issued,
    reason: caseReasonSchema,
    /** Employment-ended reports. */
    learnedOn: isoDateSchema,
    reportDueAt: isoDateSchema,
    documentRequestId: z.string(),
  })
  .partial();
export type CaseEventDetails = z.infer<typeof caseEventDetailsSchema>;
