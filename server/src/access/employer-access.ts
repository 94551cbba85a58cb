import { type Db, schema } from '@itc/db';
import { isCityRole } from '@itc/shared';
import { and, eq, isNull } from 'drizzle-orm';
import type { AuthContext } from '../app-env';
import { AppError } from '../lib/app-error';

/** Which employers' records the caller may see: all (city staff) or a list of organisation ids. */
export type EmployerScope = { kind: 'all' } | { kind: 'some'; organizationIds: string[] };

/** Employers that currently hold an unrevoked mandate for the partner organisation. */
export function mandatingEmployerIds(
  db: Pick<Db, 'select'>,
  partnerOrganizationId: string,
): string[] {
  return db
    .select({ id: schema.mandates.employerOrganizationId })
    .from(schema.mandates)
    .where(
      and(
        eq(schema.mandates.partnerOrganizationId, partnerOrganizationId),
        isNull(schema.mandates.revokedAt),
      ),
    )
    .all()
    .map((row) => row.id);
}

/** Employers whose hires, pre-checks and cases the caller works on as their HR users do. */
export function actingEmployerIds(db: Pick<Db, 'select'>, auth: AuthContext): string[] {
  switch (auth.organization.type) {
    case 'employer':
      return [auth.organization.id];
    case 'ihk':
    case 'jobcenter':
      return mandatingEmployerIds(db, auth.organization.id);
    case 'city':
      return [];
    default: {
      const unreachable: never = auth.organization.type;
      return unreachable;
    }
  }
}

export function viewScope(db: Pick<Db, 'select'>, auth: AuthContext): EmployerScope {
  if (isCityRole(auth.user.role)) return { kind: 'all' };
  return { kind: 'some', organizationIds: actingEmployerIds(db, auth) };
}

/** City staff see every employer's records; others only those they act for. 404 otherwise. */
export function assertCanView(db: Pick<Db, 'select'>, auth: AuthContext, employerId: string): void {
  const scope = viewScope(db, auth);
  if (scope.kind === 'some' && !scope.organizationIds.includes(employerId)) {
    throw new AppError('not_found');
  }
}

/**
 * Writing is for the employer's HR users and its mandated partners; the check runs on every
 * request, so revoking a mandate ends access at once. 404 for records of others, 403 for city
 * staff, who review but do not prepare.
 */
export function assertCanAct(db: Pick<Db, 'select'>, auth: AuthContext, employerId: string): void {
  assertCanView(db, auth, employerId);
  if (!actingEmployerIds(db, auth).includes(employerId)) throw new AppError('forbidden');
}

/** For the audit log: the employer acted for, when the actor belongs to another organisation. */
export function onBehalfOf(auth: AuthContext, employerId: string): string | null {
  return auth.organization.id === employerId ? null : employerId;
}
