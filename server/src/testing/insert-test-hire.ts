import { type Db, newId, schema, toHireValues } from '@itc/db';
import { type HireInput, type HireStatus, hireInputSchema } from '@itc/shared';
import { eq } from 'drizzle-orm';
import { aHireInput } from './hire-input';
import { testStart } from './test-app';

/** Stores a hire straight into the table (tests of other features need not go through its API). */
export function insertTestHire(
  db: Db,
  options: { organizationId: string; hire?: Partial<HireInput>; status?: HireStatus },
): string {
  const creator = db
    .select({ id: schema.users.id })
    .from(schema.users)
    .where(eq(schema.users.organizationId, options.organizationId))
    .get();
  if (!creator) throw new Error(`no user in organisation ${options.organizationId}`);
  const id = newId();
  const timestamp = testStart.toISOString();
  db.insert(schema.hires)
    .values({
      id,
      organizationId: options.organizationId,
      ...toHireValues(hireInputSchema.parse(aHireInput(options.hire))),
      status: options.status ?? 'active',
      createdBy: creator.id,
      createdAt: timestamp,
      updatedAt: timestamp,
    })
    .run();
  return id;
}
