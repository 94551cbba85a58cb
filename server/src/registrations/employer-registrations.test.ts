import { newId, schema } from '@itc/db';
import { employerRegistrationReviewSchema } from '@itc/shared';
import { describe, expect, it } from 'vitest';
import { adminEmail, reviewerEmail, rheinStahlHrEmail } from '../testing/case-test-app';
import { readList } from '../testing/read-body';
import { createTestApp } from '../testing/test-app';

const registration = {
  company: {
    name: 'Ruhr Robotics GmbH',
    address: { street: 'Am Innenhafen 8', postalCode: '47059', city: 'Duisburg' },
    handelsregisterNumber: 'HRB 98765',
    betriebsnummer: '87654321',
  },
  user: {
    name: 'Lena Schmidt',
    email: 'lena.schmidt@ruhr-robotics.example',
    password: 'Sicher-genug-2026',
    locale: 'en',
  },
};

describe('[ADMIN] employer registrations to verify', () => {
  it('shows what the registration collected and who registered, not a later colleague', async () => {
    const t = await createTestApp();
    // An hour after the demo companies were set up, so the list's order is certain.
    t.clock.advance(3_600_000);
    expect((await t.request('/api/registrations/employer', { body: registration })).status).toBe(
      201,
    );
    const organizationId = t.organizationIdOf(registration.user.email);
    // A colleague invited a day later is not the registrant.
    t.db
      .insert(schema.users)
      .values({
        id: newId(),
        email: 'kollege@ruhr-robotics.example',
        name: 'Karl Kollege',
        role: 'employer_hr',
        organizationId,
        createdAt: '2026-11-26T09:00:00.000Z',
      })
      .run();

    const admin = await t.loginAs(adminEmail);
    const response = await t.request(
      '/api/admin/employer-registrations?verificationStatus=pending',
      { cookie: admin },
    );
    expect(response.status).toBe(200);
    const { items } = await readList(response, employerRegistrationReviewSchema);
    expect(items.map((item) => item.name)).toEqual(['Neu Logistik UG', 'Ruhr Robotics GmbH']);
    expect(items[0]!.registrant).toEqual({
      name: 'Jana Neumann',
      email: 'hr@neu-logistik.example',
      locale: 'de',
    });
    expect(items[1]).toMatchObject({
      id: organizationId,
      verificationStatus: 'pending',
      address: registration.company.address,
      handelsregisterNumber: 'HRB 98765',
      betriebsnummer: '87654321',
      registrant: { name: 'Lena Schmidt', email: registration.user.email, locale: 'en' },
    });
  });

  it('lists employers only, and only for city admins', async () => {
    const t = await createTestApp();
    const admin = await t.loginAs(adminEmail);
    const all = await readList(
      await t.request('/api/admin/employer-registrations', { cookie: admin }),
      employerRegistrationReviewSchema,
    );
    expect(new Set(all.items.map((item) => item.type))).toEqual(new Set(['employer']));
    expect(all.items.map((item) => item.name)).not.toContain('Niederrheinische IHK');

    for (const email of [reviewerEmail, rheinStahlHrEmail]) {
      const cookie = await t.loginAs(email);
      const response = await t.request('/api/admin/employer-registrations', { cookie });
      expect(response.status).toBe(403);
    }
  });
});
