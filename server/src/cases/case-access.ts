import { type Db, schema } from '@itc/db';
import { eq } from 'drizzle-orm';
import { assertCanView } from '../access/employer-access';
import type { AuthContext } from '../app-env';
import { AppError } from '../lib/app-error';
import type { CaseRow } from './case.mapper';

/** A case for the employer, its mandated partners and city staff; 404 for everyone else. */
export function findCaseToView(db: Pick<Db, 'select'>, auth: AuthContext, id: string): CaseRow {
  const row = db.select().from(schema.cases).where(eq(schema.cases.id, id)).get();
  if (!row) throw new AppError('not_found');
  assertCanView(db, auth, row.organizationId);
  return row;
}
