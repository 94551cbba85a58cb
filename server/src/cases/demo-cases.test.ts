import { schema } from '@itc/db';
import { caseDetailSchema, caseListItemSchema, caseMessageSchema } from '@itc/shared';
import { describe, expect, it } from 'vitest';
import { demoOrganizations, demoUsers } from '../demo/demo-accounts';
import { seedDemoCases } from '../demo/seed-demo-cases';
import { pflegeHrEmail, reviewerEmail } from '../testing/case-test-app';
import { readBody, readList } from '../testing/read-body';
import { createTestApp, testStart } from '../testing/test-app';

/** A test portal with the demo cases the seed gives a fresh installation. */
async function demoPortal() {
  const t = await createTestApp();
  const organizations = t.db.select().from(schema.organizations).all();
  const users = t.db.select().from(schema.users).all();
  const ids = {
    organizations: new Map(
      demoOrganizations.map((org) => [org.key, organizations.find((o) => o.name === org.name)!.id]),
    ),
    users: new Map(
      demoUsers.map((user) => [user.email, users.find((u) => u.email === user.email)!.id]),
    ),
  };
  t.db.transaction((tx) => seedDemoCases(tx, ids, testStart));
  return t;
}

describe('[CITY][HR] demo cases', () => {
  it('show a working queue and case pages for every status', async () => {
    const t = await demoPortal();
    const reviewer = await t.loginAs(reviewerEmail);
    const queue = await readList(
      await t.request('/api/cases?limit=100', { cookie: reviewer }),
      caseListItemSchema,
    );
    expect(queue.items).toHaveLength(30);
    for (const item of queue.items) {
      caseListItemSchema.parse(item);
      const detail = await t.request(`/api/cases/${item.id}`, { cookie: reviewer });
      expect(detail.status, item.reference).toBe(200);
      await readBody(detail, caseDetailSchema);
    }
    const overdue = await readList(
      await t.request('/api/cases?overdue=true', { cookie: reviewer }),
      caseListItemSchema,
    );
    expect(overdue.items.length).toBeGreaterThan(0);
  });

  it('give each employer its own cases, one awaiting its documents', async () => {
    const t = await demoPortal();
    const hr = await t.loginAs(pflegeHrEmail);
    const mine = await readList(
      await t.request('/api/cases?limit=100', { cookie: hr }),
      caseListItemSchema,
    );
    expect(mine.items).toHaveLength(15);
    expect(new Set(mine.items.map((item) => item.organizationName))).toEqual(
      new Set(['Pflegedienst Ruhr gGmbH']),
    );
    const waiting = mine.items.find((item) => item.status === 'documents_requested')!;
    const detail = await readBody(
      await t.request(`/api/cases/${waiting.id}`, { cookie: hr }),
      caseDetailSchema,
    );
    expect(detail.openDocumentRequest?.documents.length).toBeGreaterThan(0);
    expect(detail.can.uploadRequestedDocuments).toBe(true);
    const messages = await readList(
      await t.request(`/api/cases/${waiting.id}/messages`, { cookie: hr }),
      caseMessageSchema,
    );
    expect(messages.items.every((message) => !message.internal)).toBe(true);
  });
});
