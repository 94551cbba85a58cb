import { z } from 'zod';
import { idSchema, isoDateTimeSchema } from '../api/common.schema';
import { listQuerySchema } from '../api/list.schema';
import { caseReferenceSchema } from '../cases/case.schema';
import { isoDateSchema } from '../hires/hire.schema';
import { auditActionSchema, auditTargetTypeSchema } from './audit.schema';

/**
 * `GET /admin/audit-log`: by actor, by target (e.g. a case id, or a case by its reference) and by
 * period (German days, both inclusive).
 */
export const auditLogQuerySchema = listQuerySchema.extend({
  actorUserId: idSchema.optional(),
  targetId: idSchema.optional(),
  caseReference: caseReferenceSchema.optional(),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
});
export type AuditLogQuery = z.infer<typeof auditLogQuerySchema>;

const namedSchema = z.object({ id: z.string(), name: z.string() });

export const auditLogEntrySchema = z.object({
  id: z.int(),
  action: auditActionSchema,
  actor: namedSchema.extend({ email: z.string() }).nullable(),
  actingOrganization: namedSchema.nullable(),
  /** The employer acted for, when the actor belongs to another organisation. */
  onBehalfOfOrganization: namedSchema.nullable(),
  targetType: auditTargetTypeSchema,
  targetId: z.string(),
  /** What the target is called now (a case's reference, a person's name); null once it is gone. */
  targetLabel: z.string().nullable(),
  reason: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  /** Current names of the people and organisations `before` and `after` name by id. */
  namesById: z.record(z.string(), z.string()),
  createdAt: isoDateTimeSchema,
});
export type AuditLogEntry = z.infer<typeof auditLogEntrySchema>;
