import { type Db, newId, schema } from '@itc/db';
import { eq } from 'drizzle-orm';
import { testStart } from './test-app';

/** An employer's mandate for a partner, stored directly; returns a function that revokes it. */
export function insertTestMandate(
  db: Db,
  options: { employerId: string; partnerId: string },
): { revoke(): void } {
  const grantor = db
    .select({ id: schema.users.id })
    .from(schema.users)
    .where(eq(schema.users.organizationId, options.employerId))
    .get();
  if (!grantor) throw new Error(`no user in organisation ${options.employerId}`);
  const id = newId();
  db.insert(schema.mandates)
    .values({
      id,
      employerOrganizationId: options.employerId,
      partnerOrganizationId: options.partnerId,
      grantedBy: grantor.id,
      grantedAt: testStart.toISOString(),
    })
    .run();
  return {
    revoke() {
      db.update(schema.mandates)
        .set({ revokedAt: testStart.toISOString(), revokedBy: grantor.id })
        .where(eq(schema.mandates.id, id))
        .run();
    },
  };
}
