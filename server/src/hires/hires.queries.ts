import { type Db, schema } from '@itc/db';
import { type Hire, type HireStatus, normalizeSearchText } from '@itc/shared';
import { and, desc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import { assertCanView, type EmployerScope } from '../access/employer-access';
import type { AuthContext } from '../app-env';
import { AppError } from '../lib/app-error';
import { toPage } from '../lib/cursor';
import { afterCursor } from '../lib/keyset';
import { toHire, toHireListItem } from './hire.mapper';

function selectHires(db: Pick<Db, 'select'>) {
  return db
    .select({ hire: schema.hires, organizationName: schema.organizations.name })
    .from(schema.hires)
    .innerJoin(schema.organizations, eq(schema.organizations.id, schema.hires.organizationId));
}

/** The hires within the caller's scope, newest first, keyset-paginated. */
export function listHires(options: {
  db: Db;
  scope: EmployerScope;
  q?: string;
  status?: HireStatus;
  organizationId?: string;
  limit: number;
  cursor?: string;
}) {
  const { db, scope, q, status, organizationId, limit, cursor } = options;
  const term = q ? normalizeSearchText(q) : '';
  const conditions: (SQL | undefined)[] = [
    // Erased hires are tombstones of the retention run: no longer listed or opened.
    isNull(schema.hires.erasedAt),
    scope.kind === 'some' ? inArray(schema.hires.organizationId, scope.organizationIds) : undefined,
    organizationId ? eq(schema.hires.organizationId, organizationId) : undefined,
    status ? eq(schema.hires.status, status) : undefined,
    // instr, not LIKE: the term is matched literally, so "%" and "_" need no escaping.
    term ? sql`instr(${schema.hires.searchName}, ${term}) > 0` : undefined,
    afterCursor(cursor, [schema.hires.createdAt, schema.hires.id], 'desc'),
  ];
  const rows = selectHires(db)
    .where(and(...conditions))
    .orderBy(desc(schema.hires.createdAt), desc(schema.hires.id))
    .limit(limit + 1)
    .all();
  const page = toPage(rows, limit, (row) => [row.hire.createdAt, row.hire.id]);
  return { items: page.items.map(toHireListItem), nextCursor: page.nextCursor };
}

export function findHire(db: Pick<Db, 'select'>, id: string): Hire | null {
  const row = selectHires(db)
    .where(and(eq(schema.hires.id, id), isNull(schema.hires.erasedAt)))
    .get();
  return row ? toHire(row) : null;
}

/** A hire the caller may see; 404 for unknown ids and for other employers' hires alike. */
export function getVisibleHire(db: Pick<Db, 'select'>, auth: AuthContext, id: string): Hire {
  const hire = findHire(db, id);
  if (!hire) throw new AppError('not_found');
  assertCanView(db, auth, hire.organizationId);
  return hire;
}
