import { type Db, newId, schema, toHireValues } from '@itc/db';
import { hireInputSchema } from '@itc/shared';
import { demoHires, demoMandates } from './demo-hires';

/** Ids of the seeded demo organisations (by key) and users (by email). */
export type DemoIds = { organizations: Map<string, string>; users: Map<string, string> };

export function idOf(ids: Map<string, string>, key: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`Unknown demo record ${key}`);
  return id;
}

/** Inserts the demo hires (a minute apart, so the list order is stable) and mandates. */
export function seedDemoHires(tx: Pick<Db, 'insert'>, ids: DemoIds, now: Date): void {
  demoHires.forEach((demo, index) => {
    const createdAt = new Date(now.getTime() - (demoHires.length - index) * 60_000).toISOString();
    tx.insert(schema.hires)
      .values({
        id: newId(),
        organizationId: idOf(ids.organizations, demo.organization),
        // Parsed like a form entry, so the demo data is held to the same rules.
        ...toHireValues(hireInputSchema.parse(demo.hire)),
        status: 'active',
        createdBy: idOf(ids.users, demo.createdBy),
        createdAt,
        updatedAt: createdAt,
      })
      .run();
  });
  for (const mandate of demoMandates) {
    tx.insert(schema.mandates)
      .values({
        id: newId(),
        employerOrganizationId: idOf(ids.organizations, mandate.employer),
        partnerOrganizationId: idOf(ids.organizations, mandate.partner),
        grantedBy: idOf(ids.users, mandate.grantedBy),
        grantedAt: now.toISOString(),
      })
      .run();
  }
}
