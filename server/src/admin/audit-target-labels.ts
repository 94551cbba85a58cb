import { type Db, schema } from '@itc/db';
import type { AuditTargetType } from '@itc/shared';
import { eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';

type Reader = Pick<Db, 'select'>;
type Labelled = { id: string; label: string };
type LabelTargets = (db: Reader, ids: string[]) => Labelled[];

const { cases, users, organizations, mandates, hires, prechecks, documents, events } = schema;
const hireName = sql<string>`${hires.givenNames} || ' ' || ${hires.familyName}`;

/** Targets named by a column of their own table. */
function labelledBy(
  table: SQLiteTable,
  id: SQLiteColumn,
  label: SQLiteColumn | SQL<string>,
): LabelTargets {
  // Every id and name column here is text; a plain column type does not say so.
  return (db, ids) =>
    db.select({ id, label }).from(table).where(inArray(id, ids)).all() as Labelled[];
}

/** How each kind of target is called: what an admin recognises, never its id. */
const labelsOf: Record<AuditTargetType, LabelTargets> = {
  case: labelledBy(cases, cases.id, cases.reference),
  user: labelledBy(users, users.id, users.name),
  organization: labelledBy(organizations, organizations.id, organizations.name),
  hire: labelledBy(hires, hires.id, hireName),
  document: labelledBy(documents, documents.id, documents.fileName),
  event: labelledBy(events, events.id, events.title),
  // The employer's side is the acting or represented organisation of the entry already.
  mandate: (db, ids) =>
    db
      .select({ id: mandates.id, label: organizations.name })
      .from(mandates)
      .innerJoin(organizations, eq(organizations.id, mandates.partnerOrganizationId))
      .where(inArray(mandates.id, ids))
      .all(),
  precheck: (db, ids) =>
    db
      .select({ id: prechecks.id, label: hireName })
      .from(prechecks)
      .innerJoin(hires, eq(hires.id, prechecks.hireId))
      .where(inArray(prechecks.id, ids))
      .all(),
};

/** The current names of a page's targets, one query per kind of target on the page. */
export function labelAuditTargets(
  db: Reader,
  targets: { targetType: AuditTargetType; targetId: string }[],
): (targetType: AuditTargetType, targetId: string) => string | null {
  const idsByType = new Map<AuditTargetType, Set<string>>();
  for (const { targetType, targetId } of targets) {
    const ids = idsByType.get(targetType) ?? new Set<string>();
    ids.add(targetId);
    idsByType.set(targetType, ids);
  }
  const labels = new Map<string, string>();
  for (const [targetType, ids] of idsByType) {
    for (const { id, label } of labelsOf[targetType](db, [...ids])) {
      labels.set(`${targetType}:${id}`, label);
    }
  }
  return (targetType, targetId) => labels.get(`${targetType}:${targetId}`) ?? null;
}

/** The keys of an entry's stored data that hold the id of a person or an organisation. */
const referencingKeys = new Map<string, AuditTargetType>([
  ['assigneeUserId', 'user'],
  ['partnerOrganizationId', 'organization'],
  ['organizationId', 'organization'],
]);

type StoredData = { before: unknown; after: unknown };
type LabelOf = ReturnType<typeof labelAuditTargets>;

/**
 * The people and organisations an entry's `before` and `after` name by id (assignee, partner, an
 * invited account's organisation).
 */
export function storedReferencesOf({ before, after }: StoredData) {
  return [before, after].flatMap((data) =>
    data !== null && typeof data === 'object'
      ? Object.entries(data).flatMap(([key, value]) => {
          const targetType = referencingKeys.get(key);
          return targetType && typeof value === 'string' ? [{ targetType, targetId: value }] : [];
        })
      : [],
  );
}

/**
 * Names for the ids the entry stores, so an admin reads "Katrin Hoffmann" where the entry
 * keeps an id; `labelOf` must have been given the entry's stored references.
 */
export function namesOfStoredReferences(
  entry: StoredData,
  labelOf: LabelOf,
): Record<string, string> {
  const names: Record<string, string> = {};
  for (const { targetType, targetId } of storedReferencesOf(entry)) {
    const name = labelOf(targetType, targetId);
    if (name !== null) names[targetId] = name;
  }
  return names;
}
