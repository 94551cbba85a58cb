import { z } from 'zod';
import { idSchema, isoDateSchema, isoDateTimeSchema } from '../api/common.schema';
import { listQuerySchema } from '../api/list.schema';
import { organizationSummarySchema } from '../organizations/organization.schema';
import { occupationFields } from '../prechecks';
import { caseAssigneeSchema } from './case-assignee.schema';
import { caseDeadlineSchema } from './case-detail.schema';
import { caseStatuses, caseStatusSchema } from './case-statuses';

/** A row of the queue and of "my cases". */
export const caseListItemSchema = z.object({
  id: z.string(),
  reference: z.string(),
  status: caseStatusSchema,
  version: z.int(),
  resumeStatus: caseStatusSchema.nullable(),
  hireName: z.string(),
  organizationId: z.string(),
  organizationName: z.string(),
  nationality: z.string(),
  occupationField: z.enum(occupationFields).nullable(),
  submittedAt: isoDateTimeSchema,
  deadline: caseDeadlineSchema.nullable(),
  assignee: caseAssigneeSchema.nullable(),
  closedAt: isoDateTimeSchema.nullable(),
});
export type CaseListItem = z.infer<typeof caseListItemSchema>;

const queryBoolean = z.enum(['true', 'false']).transform((value) => value === 'true');
/** A filter that narrows when set and is absent otherwise. */
const queryTrue = z.literal('true').transform(() => true as const);

/** `status=in_review&status=forwarded` or `status=in_review,forwarded`. */
const statusListSchema = z
  .union([z.string(), z.array(z.string())])
  .transform((value) => (Array.isArray(value) ? value : [value]).flatMap((v) => v.split(',')))
  .pipe(z.array(caseStatusSchema).min(1).max(15))
  .meta({
    description: `One or more of ${caseStatuses.join(', ')}: repeated or comma-separated.`,
  });

export const caseSortFields = ['submittedAt', 'dueAt'] as const;

/** The queue's filters; the CSV export takes the same. */
export const caseQueueFilterSchema = z.object({
  status: statusListSchema.optional(),
  /** `me`, `unassigned` or a city user's id. */
  assigned: z.union([z.enum(['me', 'unassigned']), idSchema]).optional(),
  overdue: queryBoolean.optional(),
  /** Only cases that are still open (not in a final status). */
  open: queryTrue.optional(),
  /** Only cases due from today up to `dueSoonDays` days ahead, both inclusive. */
  dueSoon: queryTrue.optional(),
  organizationId: idSchema.optional(),
  /** ISO 3166 alpha-2, as in the submission. */
  nationality: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  occupationField: z.enum(occupationFields).optional(),
  /** German calendar days, both inclusive. */
  submittedFrom: isoDateSchema.optional(),
  submittedTo: isoDateSchema.optional(),
  /** Words or prefixes of the case reference, the hire's name or the company. */
  q: z.string().trim().max(100).optional(),
  /** Without a due date, cases come last whichever the order. */
  sort: z.enum(caseSortFields).default('submittedAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type CaseQueueFilter = z.infer<typeof caseQueueFilterSchema>;
export type CaseQueueFilterInput = z.input<typeof caseQueueFilterSchema>;

export const caseListQuerySchema = caseQueueFilterSchema.extend(listQuerySchema.shape);
export type CaseListQuery = z.infer<typeof caseListQuerySchema>;

/** An employer with at least one case: a choice of the queue's employer filter. */
export const caseEmployerSchema = organizationSummarySchema.pick({ id: true, name: true });
export type CaseEmployer = z.infer<typeof caseEmployerSchema>;
