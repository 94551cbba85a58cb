import { type Db, schema } from '@itc/db';
import type { AuditLogEntry, AuditLogQuery, ListResponse, Locale } from '@itc/shared';
import { startOfGermanDay } from '@itc/shared';
import { and, desc, eq, gte, lt } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { addCalendarDays } from '../deadlines/calendar-days';
import { assertPeriodInOrder } from '../lib/assert-period';
import { toPage } from '../lib/cursor';
import { afterCursor } from '../lib/keyset';
import { toAuditLogEntry } from './audit-log.mapper';
import { labelAuditTargets, storedReferencesOf } from './audit-target-labels';

type Reader = Pick<Db, 'select'>;

const { auditLog, cases, users } = schema;
const actingOrganization = alias(schema.organizations, 'acting_organization');
const onBehalfOfOrganization = alias(schema.organizations, 'on_behalf_of_organization');

function findCaseId(db: Reader, reference: string): string | undefined {
  return db.select({ id: cases.id }).from(cases).where(eq(cases.reference, reference)).get()?.id;
}

/**
 * `GET /admin/audit-log`: newest first, by actor, target (a case also by its reference) and
 * German days.
 */
export function listAuditLog(
  options: AuditLogQuery & { db: Reader; locale: Locale },
): ListResponse<AuditLogEntry> {
  const { db, locale, actorUserId, targetId, caseReference, from, to, limit, cursor } = options;
  assertPeriodInOrder({ from, to, toPath: 'to' }, locale);
  const caseId = caseReference ? findCaseId(db, caseReference) : undefined;
  if (caseReference && !caseId) return { items: [], nextCursor: null };
  const rows = db
    .select({
      entry: auditLog,
      actor: { id: users.id, name: users.name, email: users.email },
      acting: { id: actingOrganization.id, name: actingOrganization.name },
      onBehalfOf: { id: onBehalfOfOrganization.id, name: onBehalfOfOrganization.name },
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .leftJoin(actingOrganization, eq(actingOrganization.id, auditLog.actingOrganizationId))
    .leftJoin(
      onBehalfOfOrganization,
      eq(onBehalfOfOrganization.id, auditLog.onBehalfOfOrganizationId),
    )
    .where(
      and(
        actorUserId ? eq(auditLog.actorUserId, actorUserId) : undefined,
        targetId ? eq(auditLog.targetId, targetId) : undefined,
        caseId ? eq(auditLog.targetId, caseId) : undefined,
        from ? gte(auditLog.createdAt, startOfGermanDay(from)) : undefined,
        to ? lt(auditLog.createdAt, startOfGermanDay(addCalendarDays(to, 1))) : undefined,
        afterCursor(cursor, [auditLog.createdAt, auditLog.id], 'desc'),
      ),
    )
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(limit + 1)
    .all();
  const page = toPage(rows, limit, ({ entry }) => [entry.createdAt, entry.id]);
  // Targets and the ids their data stores, named together: one query per kind on the page.
  const labelOf = labelAuditTargets(
    db,
    page.items.flatMap(({ entry }) => [
      { targetType: entry.targetType, targetId: entry.targetId },
      ...storedReferencesOf(entry),
    ]),
  );
  return {
    items: page.items.map((row) => toAuditLogEntry(row, labelOf)),
    nextCursor: page.nextCursor,
  };
}
