import { z } from 'zod';
import { isoDateSchema, isoDateTimeSchema } from '../api/common.schema';
import { documentSchema } from '../precheck-drafts/precheck-answers.schema';
import { caseStatusSchema } from './case-statuses';
import {
  caseNoteSchema,
  caseVersionSchema,
  requestedDocumentSchema,
} from './case-transition-request.schema';

/** Documents city staff asked for; answering returns the case to `fromStatus`. */
export const caseDocumentRequestSchema = z.object({
  id: z.string(),
  fromStatus: caseStatusSchema,
  documents: z.array(requestedDocumentSchema),
  message: z.string(),
  dueAt: isoDateSchema,
  requestedAt: isoDateTimeSchema,
  requestedByName: z.string(),
  answeredAt: isoDateTimeSchema.nullable(),
  answeredByName: z.string().nullable(),
});
export type CaseDocumentRequest = z.infer<typeof caseDocumentRequestSchema>;

/** A file of the case: from the submission, or answering a request (`documentRequestId`). */
export const caseDocumentSchema = documentSchema.extend({
  documentRequestId: z.string().nullable(),
});
export type CaseDocument = z.infer<typeof caseDocumentSchema>;

/**
 * A file as the case page lists it: `supersededById` names the later file, answering a document
 * request for the same checklist item, that replaces it (see `markSupersededDocuments`).
 */
export const caseDetailDocumentSchema = caseDocumentSchema.extend({
  supersededById: z.string().nullable(),
});
export type CaseDetailDocument = z.infer<typeof caseDetailDocumentSchema>;

/**
 * `POST /cases/{id}/document-requests/{requestId}/answer`: the employer side sends its answer once
 * every requested document is uploaded; city staff may close a request answered otherwise.
 */
export const answerDocumentRequestSchema = z.strictObject({
  version: caseVersionSchema,
  note: caseNoteSchema.optional(),
});
export type AnswerDocumentRequest = z.infer<typeof answerDocumentRequestSchema>;
