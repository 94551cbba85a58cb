import { type Db, schema } from '@itc/db';
import type { ListResponse, Precheck } from '@itc/shared';
import { and, desc, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import { assertCanView, viewScope } from '../access/employer-access';
import type { AuthContext } from '../app-env';
import { casesByPrecheck } from '../cases/case.queries';
import { listDocumentsByPrecheck } from '../documents/documents.queries';
import { AppError } from '../lib/app-error';
import { toPage } from '../lib/cursor';
import { afterCursor } from '../lib/keyset';
import { toPrecheck } from './precheck.mapper';
import type { PrecheckRecord } from './precheck-access';

type Reader = Pick<Db, 'select'>;

/** Pre-checks with their documents and cases, loaded in one query each. */
export function assemblePrechecks(db: Reader, records: PrecheckRecord[]): Precheck[] {
  const ids = records.map((record) => record.precheck.id);
  const documents = listDocumentsByPrecheck(db, ids);
  const cases = casesByPrecheck(db, ids);
  return records.map((record) =>
    toPrecheck(
      record,
      documents.get(record.precheck.id) ?? [],
      cases.get(record.precheck.id) ?? null,
    ),
  );
}

export function assemblePrecheck(db: Reader, record: PrecheckRecord): Precheck {
  const [precheck] = assemblePrechecks(db, [record]);
  return precheck!;
}

function assertCanViewHire(db: Reader, auth: AuthContext, hireId: string): void {
  const hire = db
    .select({ organizationId: schema.hires.organizationId })
    .from(schema.hires)
    .where(eq(schema.hires.id, hireId))
    .get();
  if (!hire) throw new AppError('not_found');
  assertCanView(db, auth, hire.organizationId);
}

/** Latest change first: of one hire, or of every employer the caller may see. */
export function listPrechecks(options: {
  db: Reader;
  auth: AuthContext;
  hireId?: string;
  status?: Precheck['status'];
  limit: number;
  cursor?: string;
}): ListResponse<Precheck> {
  const { db, auth, hireId, status, limit, cursor } = options;
  if (hireId) assertCanViewHire(db, auth, hireId);
  const scope = viewScope(db, auth);
  const conditions: (SQL | undefined)[] = [
    isNull(schema.hires.erasedAt),
    scope.kind === 'some' ? inArray(schema.hires.organizationId, scope.organizationIds) : undefined,
    hireId ? eq(schema.prechecks.hireId, hireId) : undefined,
    status ? eq(schema.prechecks.status, status) : undefined,
    afterCursor(cursor, [schema.prechecks.updatedAt, schema.prechecks.id], 'desc'),
  ];
  const rows = db
    .select({ precheck: schema.prechecks, hire: schema.hires })
    .from(schema.prechecks)
    .innerJoin(schema.hires, eq(schema.hires.id, schema.prechecks.hireId))
    .where(and(...conditions))
    .orderBy(desc(schema.prechecks.updatedAt), desc(schema.prechecks.id))
    .limit(limit + 1)
    .all();
  const page = toPage(rows, limit, ({ precheck }) => [precheck.updatedAt, precheck.id]);
  return { items: assemblePrechecks(db, page.items), nextCursor: page.nextCursor };
}
