import { demoOrganizations, demoUsers, schema } from '@itc/db';
import { seedDemoCases } from '@itc/db/seed/seed-demo-cases';
import { caseDetailSchema, caseListItemSchema } from '@itc/shared';
import { describe, expect, it } from 'vitest';
import { pflegeHrEmail, reviewerEmail } from '../testing/case-test-app';
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
    const queue = await (await t.request('/api/cases?limit=100', { cookie: reviewer })).json();
    expect(queue.items).toHaveLength(30);
    for (const item of queue.items) {
      caseListItemSchema.parse(item);
      const detail = await t.request(`/api/cases/${item.id}`, { cookie: reviewer });
      expect(detail.status, item.reference).toBe(200);
      caseDetailSchema.parse(await detail.json());
    }
    const overdue = await (await t.request('/api/cases?overdue=true', { cookie: reviewer })).json();
    expect(overdue.items.length).toBeGreaterThan(0);
  });

  it('give each employer its own cases, one awaiting its documents', async () => {
    const t = await demoPortal();
    const hr = await t.loginAs(pflegeHrEmail);
    const mine = await (await t.request('/api/cases?limit=100', { cookie: hr })).json();
    expect(mine.items).toHaveLength(15);
    expect(
      new Set(mine.items.map((item: { organizationName: string }) => item.organizationName)),
    ).toEqual(new Set(['Pflegedienst Ruhr gGmbH']));
    const waiting = mine.items.find(
      (item: { status: string }) => item.status === 'documents_requested',
    );
    const detail = await (await t.request(`/api/cases/${waiting.id}`, { cookie: hr })).json();
    expect(detail.openDocumentRequest.documents.length).toBeGreaterThan(0);
    expect(detail.can.uploadRequestedDocuments).toBe(true);
    const messages = await (
      await t.request(`/api/cases/${waiting.id}/messages`, { cookie: hr })
    ).json();
    expect(messages.items.every((message: { internal: boolean }) => !message.internal)).toBe(true);
  });
});
