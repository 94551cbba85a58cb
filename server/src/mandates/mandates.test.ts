import { schema } from '@itc/db';
import {
  hireListItemSchema,
  hireSchema,
  mandateSchema,
  organizationSummarySchema,
} from '@itc/shared';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { aHireInput } from '../testing/hire-input';
import { readBody, readList, readProblem } from '../testing/read-body';
import { createTestApp } from '../testing/test-app';

const pflegeHr = 'hr@pflege-ruhr.example';
const jobcenter = 'team@jobcenter.example';

describe('mandates', () => {
  it('lists the verified IHKs and Jobcenters by name to any signed-in user', async () => {
    const app = await createTestApp();
    const response = await app.request('/api/partner-organizations', {
      cookie: await app.loginAs(pflegeHr),
    });
    expect(response.status).toBe(200);
    const body = await readList(response, organizationSummarySchema);
    expect(body.items.map((o) => o.name)).toEqual(['Jobcenter Duisburg', 'Niederrheinische IHK']);
    expect(body.items[0]).toEqual({
      id: expect.any(String),
      name: 'Jobcenter Duisburg',
      type: 'jobcenter',
      verificationStatus: 'verified',
    });
    expect((await app.request('/api/partner-organizations')).status).toBe(401);
  });

  it('shows each side its own mandates: the seeded one to Rhein-Stahl and the IHK, all to the city', async () => {
    const app = await createTestApp();
    const seen = async (email: string) => {
      const response = await app.request('/api/mandates', { cookie: await app.loginAs(email) });
      expect(response.status, email).toBe(200);
      return (await readList(response, mandateSchema)).items.map(
        (m) => `${m.employer.name} → ${m.partner.name}`,
      );
    };
    const seeded = 'Rhein-Stahl GmbH → Niederrheinische IHK';
    expect(await seen('hr@rhein-stahl.example')).toEqual([seeded]);
    expect(await seen('berater@ihk.example')).toEqual([seeded]);
    expect(await seen('admin@stadt.example')).toEqual([seeded]);
    expect(await seen(pflegeHr)).toEqual([]);
    expect(await seen(jobcenter)).toEqual([]);
  });

  it('gives a partner access with a mandate and takes it away at once on revocation', async () => {
    const app = await createTestApp();
    const advisor = await app.loginAs(jobcenter);
    const hr = await app.loginAs(pflegeHr);
    const pflege = app.organizationIdOf(pflegeHr);
    const ownHires = await readList(
      await app.request('/api/hires', { cookie: hr }),
      hireListItemSchema,
    );
    const hireId = ownHires.items[0]!.id;

    // Without a mandate the Jobcenter sees nothing of the employer.
    expect(
      (await readList(await app.request('/api/hires', { cookie: advisor }), hireListItemSchema))
        .items,
    ).toEqual([]);
    expect((await app.request(`/api/hires/${hireId}`, { cookie: advisor })).status).toBe(404);

    const partners = await readList(
      await app.request('/api/partner-organizations', { cookie: hr }),
      organizationSummarySchema,
    );
    const jobcenterId = partners.items.find((o) => o.name === 'Jobcenter Duisburg')!.id;
    app.clock.advance(60_000);
    const granted = await app.request('/api/mandates', {
      cookie: hr,
      body: { partnerOrganizationId: jobcenterId },
    });
    expect(granted.status).toBe(201);
    const mandate = await readBody(granted, mandateSchema);
    expect(mandate).toMatchObject({
      employer: { id: pflege, name: 'Pflegedienst Ruhr gGmbH' },
      partner: { id: jobcenterId, type: 'jobcenter' },
      grantedByName: 'Mehmet Yılmaz',
      revokedAt: null,
    });
    const mail = app.db.select().from(schema.outbox).where(eq(schema.outbox.to, jobcenter)).get();
    expect(mail?.subject).toBe('Neue Vollmacht von Pflegedienst Ruhr gGmbH');
    const again = await app.request('/api/mandates', {
      cookie: hr,
      body: { partnerOrganizationId: jobcenterId },
    });
    expect(again.status).toBe(409);

    // With the mandate the advisor works on the employer's hires as its HR users do.
    const visible = await readList(
      await app.request('/api/hires', { cookie: advisor }),
      hireListItemSchema,
    );
    expect(visible.items.map((h) => h.id)).toEqual(ownHires.items.map((h) => h.id));
    expect((await app.request(`/api/hires/${hireId}`, { cookie: advisor })).status).toBe(200);
    const created = await app.request('/api/hires', {
      cookie: advisor,
      body: { ...aHireInput(), organizationId: pflege },
    });
    expect(created.status).toBe(201);
    const newHire = await readBody(created, hireSchema);
    expect(newHire.organizationName).toBe('Pflegedienst Ruhr gGmbH');

    const revoked = await app.request(`/api/mandates/${mandate.id}/revoke`, {
      method: 'POST',
      cookie: hr,
    });
    expect(revoked.status).toBe(200);
    const revokedAt = app.clock.now().toISOString();
    expect((await readBody(revoked, mandateSchema)).revokedAt).toBe(revokedAt);

    // The very next request of the advisor finds nothing.
    for (const id of [hireId, newHire.id]) {
      expect((await app.request(`/api/hires/${id}`, { cookie: advisor })).status).toBe(404);
    }
    expect(
      (await readList(await app.request('/api/hires', { cookie: advisor }), hireListItemSchema))
        .items,
    ).toEqual([]);
    const edit = await app.request(`/api/hires/${newHire.id}`, {
      method: 'PUT',
      cookie: advisor,
      body: { ...aHireInput(), version: 1 },
    });
    expect(edit.status).toBe(404);
    const create = await app.request('/api/hires', {
      cookie: advisor,
      body: { ...aHireInput(), organizationId: pflege },
    });
    expect(create.status).toBe(404);

    // The hire the advisor created stays the employer's, and the log says who acted for whom.
    expect((await app.request(`/api/hires/${newHire.id}`, { cookie: hr })).status).toBe(200);
    const audit = app.db.select().from(schema.auditLog).all();
    expect(audit).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'hire.created',
          targetId: newHire.id,
          actingOrganizationId: jobcenterId,
          onBehalfOfOrganizationId: pflege,
        }),
        expect.objectContaining({
          action: 'mandate.granted',
          targetId: mandate.id,
          actingOrganizationId: pflege,
        }),
        expect.objectContaining({
          action: 'mandate.revoked',
          targetId: mandate.id,
          actingOrganizationId: pflege,
        }),
      ]),
    );

    const history = await readList(
      await app.request('/api/mandates', { cookie: hr }),
      mandateSchema,
    );
    expect(history.items).toEqual([expect.objectContaining({ id: mandate.id, revokedAt })]);
    const active = await readList(
      await app.request('/api/mandates?status=active', { cookie: advisor }),
      mandateSchema,
    );
    expect(active.items).toEqual([]);
    const twice = await app.request(`/api/mandates/${mandate.id}/revoke`, {
      method: 'POST',
      cookie: hr,
    });
    expect(twice.status).toBe(409);
  });

  it('lets only an employer’s HR users grant, to an IHK or Jobcenter, and revoke their own', async () => {
    const app = await createTestApp();
    const hr = await app.loginAs(pflegeHr);
    const ihk = app.organizationIdOf('berater@ihk.example');
    for (const email of ['berater@ihk.example', 'admin@stadt.example']) {
      const response = await app.request('/api/mandates', {
        cookie: await app.loginAs(email),
        body: { partnerOrganizationId: ihk },
      });
      expect(response.status, email).toBe(403);
    }
    for (const partnerOrganizationId of [
      app.organizationIdOf('hr@rhein-stahl.example'),
      app.organizationIdOf('admin@stadt.example'),
      'no-such-organisation',
    ]) {
      const response = await app.request('/api/mandates', {
        cookie: hr,
        body: { partnerOrganizationId },
      });
      expect(response.status).toBe(400);
      expect((await readProblem(response)).errors).toEqual([
        {
          path: 'partnerOrganizationId',
          message: 'Bitte wählen Sie eine IHK oder ein Jobcenter aus der Liste.',
          code: 'partner_organization_invalid',
        },
      ]);
    }
    const seeded = await readList(
      await app.request('/api/mandates', { cookie: await app.loginAs('hr@rhein-stahl.example') }),
      mandateSchema,
    );
    const foreign = await app.request(`/api/mandates/${seeded.items[0]!.id}/revoke`, {
      method: 'POST',
      cookie: hr,
    });
    expect(foreign.status).toBe(404);
    const byPartner = await app.request(`/api/mandates/${seeded.items[0]!.id}/revoke`, {
      method: 'POST',
      cookie: await app.loginAs('berater@ihk.example'),
    });
    expect(byPartner.status).toBe(403);
  });
});
