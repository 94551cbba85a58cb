import { z } from 'zod';
import { idSchema, isoDateTimeSchema } from '../api/common.schema';
import { listQuerySchema } from '../api/list.schema';
import { isoDateSchema } from '../hires/hire.schema';
import { auditActionSchema } from './audit.schema';

/** `GET /admin/audit-log`: by actor, by target (e.g. a case id) and by period (German days). */
export const auditLogQuerySchema = listQuerySchema.extend({
  actorUserId: idSchema.optional(),
  targetId: idSchema.optional(),
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
  targetType: z.string(),
  targetId: z.string(),
  reason: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  createdAt: isoDateTimeSchema,
});
export type AuditLogEntry = z.infer<typeof auditLogEntrySchema>;
