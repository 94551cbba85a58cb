import { type Db, schema } from '@itc/db';
import { isCityRole, type Organization } from '@itc/shared';
import { eq } from 'drizzle-orm';
import type { AuthContext } from '../app-env';
import { AppError } from '../lib/app-error';
import { toOrganization } from './organization.mapper';

/** The caller's own organisation, or any for city staff; everything else is 404. */
export function assertCanSeeOrganization(auth: AuthContext, organizationId: string): void {
  if (auth.user.organizationId !== organizationId && !isCityRole(auth.user.role)) {
    throw new AppError('not_found');
  }
}

export function getOrganization(db: Pick<Db, 'select'>, id: string): Organization {
  const row = db.select().from(schema.organizations).where(eq(schema.organizations.id, id)).get();
  if (!row) throw new AppError('not_found');
  return toOrganization(row);
}
