import { type Db, hashPassword, newId, schema } from '@itc/db';
import { count } from 'drizzle-orm';
import { demoOrganizations, demoPassword, demoUsers } from './demo-accounts';
import { prepareDemoDocumentFiles } from './demo-documents';
import { seedDemoCases } from './seed-demo-cases';
import { seedDemoEvents } from './seed-demo-events';
import { seedDemoHires } from './seed-demo-hires';
import { seedDemoPrechecks } from './seed-demo-prechecks';

export function isDatabaseEmpty(db: Db): boolean {
  const [row] = db.select({ n: count() }).from(schema.organizations).all();
  return (row?.n ?? 0) === 0;
}

/**
 * Seeds the demo organisations, accounts, hires, mandates, drafts, events and (unless
 * `cases: false`, for tests that count cases themselves) cases in one transaction. With
 * `uploadDir`, the cases' submitted documents are sample PDFs stored there.
 */
export async function seedDemoData(
  db: Db,
  now: Date,
  options: { cases?: boolean; uploadDir?: string } = {},
): Promise<void> {
  const passwordHash = await hashPassword(demoPassword);
  const files = options.uploadDir ? await prepareDemoDocumentFiles(options.uploadDir) : null;
  const createdAt = now.toISOString();
  db.transaction((tx) => {
    const orgIds = new Map<string, string>();
    const userIds = new Map<string, string>();
    for (const org of demoOrganizations) {
      const id = newId();
      orgIds.set(org.key, id);
      tx.insert(schema.organizations)
        .values({
          id,
          type: org.type,
          name: org.name,
          street: org.street,
          postalCode: org.postalCode,
          city: org.city,
          handelsregisterNumber: org.handelsregisterNumber ?? null,
          betriebsnummer: org.betriebsnummer ?? null,
          verificationStatus: org.verificationStatus,
          createdAt,
        })
        .run();
    }
    for (const user of demoUsers) {
      const organizationId = orgIds.get(user.organization);
      if (!organizationId) throw new Error(`Unknown demo organisation ${user.organization}`);
      const id = newId();
      userIds.set(user.email, id);
      tx.insert(schema.users)
        .values({
          id,
          email: user.email,
          name: user.name,
          role: user.role,
          organizationId,
          passwordHash,
          createdAt,
        })
        .run();
    }
    seedDemoHires(tx, { organizations: orgIds, users: userIds }, now);
    seedDemoPrechecks(tx, now);
    if (options.cases ?? true)
      seedDemoCases(tx, { organizations: orgIds, users: userIds }, now, files);
    seedDemoEvents(tx, { organizations: orgIds, users: userIds }, now);
  });
}
