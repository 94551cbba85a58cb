import { z } from 'zod';
import { idSchema, isoDateSchema, isoDateTimeSchema } from '../api/common.schema';
import { listQuerySchema } from '../api/list.schema';
import { caseReferenceSchema } from '../cases/case.schema';
import {
  type AuditAction,
  auditActionSchema,
  auditActions,
  auditTargetTypeSchema,
} from './audit.schema';
import { auditPayloadSchemas } from './audit-payload.schema';

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

const auditLogEntryBaseSchema = z.object({
  id: z.int(),
  actor: namedSchema.extend({ email: z.string() }).nullable(),
  actingOrganization: namedSchema.nullable(),
  /** The employer acted for, when the actor belongs to another organisation. */
  onBehalfOfOrganization: namedSchema.nullable(),
  targetType: auditTargetTypeSchema,
  targetId: z.string(),
  /** What the target is called now (a case's reference, a person's name); null once it is gone. */
  targetLabel: z.string().nullable(),
  reason: z.string().nullable(),
  /** Current names of the people and organisations `details` names by id. */
  namesById: z.record(z.string(), z.string()),
  createdAt: isoDateTimeSchema,
});

function typedAuditLogEntrySchemaOf<A extends AuditAction>(action: A) {
  return auditLogEntryBaseSchema.extend({
    action: z.literal(action),
    details: auditPayloadSchemas[action],
  });
}
type TypedAuditLogEntrySchemas<T extends readonly AuditAction[]> = {
  [K in keyof T]: ReturnType<typeof typedAuditLogEntrySchemaOf<T[K]>>;
};

/** An entry whose stored `before` and `after` have the shape its action defines today. */
export const typedAuditLogEntrySchema = z.discriminatedUnion(
  'action',
  // `map` keeps each action's own schema but not the tuple's element types.
  auditActions.map(typedAuditLogEntrySchemaOf) as unknown as TypedAuditLogEntrySchemas<
    typeof auditActions
  >,
);
export type TypedAuditLogEntry = z.infer<typeof typedAuditLogEntrySchema>;

/** An older entry whose stored data no longer has its action's shape: listed without details. */
const unreadableAuditLogEntrySchema = auditLogEntryBaseSchema.extend({
  action: auditActionSchema,
  details: z.null(),
});

export const auditLogEntrySchema = z.union([
  typedAuditLogEntrySchema,
  unreadableAuditLogEntrySchema,
]);
export type AuditLogEntry = z.infer<typeof auditLogEntrySchema>;
