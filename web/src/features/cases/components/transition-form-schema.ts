import {
  type CaseDetail,
  type CaseTransitionInput,
  type CaseTransitionTarget,
  caseNoteSchema,
  caseTransitionFields,
  caseTransitionRequestSchema,
  requestedDocumentSchema,
} from '@itc/shared';
import { z } from 'zod';
import { textOrBlank } from '../../../lib/form-values';

/** What the dialog's fields hold: text, and the checked checklist codes of a request. */
export type TransitionFormValues = Record<string, string | string[]>;

const note = textOrBlank(caseNoteSchema.optional());
const { documents: _documents, ...requestFields } = caseTransitionFields.documents_requested;

/** Every field of the target as the shared schema has it; an empty field counts as not given. */
function targetFields(to: CaseTransitionTarget) {
  const shape: Record<string, z.ZodType> = caseTransitionFields[to];
  return Object.fromEntries(
    Object.entries(shape).map(([name, schema]) => [name, textOrBlank(schema)]),
  );
}

/**
 * The dialog's form schema for a move to `to`, derived from the shared request schema. A document
 * request offers the case's checklist as checkboxes (`documentCodes`) and one free-form document;
 * at least one of them is asked for.
 */
export function createTransitionFormSchema(
  to: CaseTransitionTarget,
  checklist: CaseDetail['assessment']['requiredDocuments'],
) {
  if (to !== 'documents_requested') return z.object({ ...targetFields(to), note });
  return z
    .object({
      documentCodes: z.array(z.string()),
      otherLabel: textOrBlank(requestedDocumentSchema.shape.label.optional()),
      message: requestFields.message,
      dueDate: textOrBlank(requestFields.dueDate),
      note,
    })
    .refine((values) => values.documentCodes.length > 0 || values.otherLabel !== undefined, {
      path: ['documentCodes'],
      message: 'documents_required',
      // Said at once, also while the message is still missing.
      when: (payload) => {
        const value = payload.value as { documentCodes?: unknown; otherLabel?: unknown };
        return Array.isArray(value.documentCodes);
      },
    })
    .transform(({ documentCodes, otherLabel, ...rest }) => ({
      ...rest,
      documents: [
        ...checklist
          .filter((item) => documentCodes.includes(item.code))
          .map(({ code, label }) => ({ code, label })),
        ...(otherLabel ? [{ code: 'other', label: otherLabel }] : []),
      ],
    }));
}

/** The empty form: every field of the target, and the note. */
export function emptyTransitionValues(to: CaseTransitionTarget): TransitionFormValues {
  if (to === 'documents_requested') {
    return { documentCodes: [], otherLabel: '', message: '', dueDate: '', note: '' };
  }
  return {
    ...Object.fromEntries(Object.keys(caseTransitionFields[to]).map((name) => [name, ''])),
    note: '',
  };
}

/** The request body: the shared schema checks the whole move as the server will. */
export function toTransitionRequest(
  to: CaseTransitionTarget,
  version: number,
  values: Record<string, unknown>,
): CaseTransitionInput {
  return caseTransitionRequestSchema.parse({ ...values, to, version });
}
