import { schema } from '@itc/db';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp, sessionCookieOf } from '../testing/test-app';

function tokenFromMail(text: string): string {
  const match = /\/invitation\/([A-Za-z0-9_-]+)/.exec(text);
  if (!match?.[1]) throw new Error('no invitation link in the email');
  return match[1];
}

describe('city admin', () => {
  it('refuses every admin route to other roles with 403', async () => {
    const { request, loginAs } = await createTestApp();
    for (const email of [
      'hr@rhein-stahl.example',
      'sachbearbeitung@stadt.example',
      'berater@ihk.example',
    ]) {
      const cookie = await loginAs(email);
      for (const path of ['/api/admin/organizations', '/api/admin/users', '/api/admin/outbox']) {
        const response = await request(path, { cookie });
        expect(response.status, `${email} ${path}`).toBe(403);
        expect((await response.json()).code).toBe('forbidden');
      }
    }
    expect((await request('/api/admin/organizations')).status).toBe(401);
  });

  it('lists pending employers and verifies one, audited and with an email to its HR users', async () => {
    const { request, loginAs, db } = await createTestApp();
    const cookie = await loginAs('admin@stadt.example');
    const pending = await (
      await request('/api/admin/organizations?type=employer&verificationStatus=pending', { cookie })
    ).json();
    expect(pending.items.map((o: { name: string }) => o.name)).toEqual(['Neu Logistik UG']);
    const id = pending.items[0].id;

    const verified = await request(`/api/admin/organizations/${id}/verify`, {
      method: 'POST',
      cookie,
    });
    expect(verified.status).toBe(200);
    expect((await verified.json()).verificationStatus).toBe('verified');

    const audit = db.select().from(schema.auditLog).where(eq(schema.auditLog.targetId, id)).all();
    expect(audit).toContainEqual(
      expect.objectContaining({
        action: 'organization.verified',
        before: { verificationStatus: 'pending' },
        after: { verificationStatus: 'verified' },
      }),
    );
    const mails = db
      .select()
      .from(schema.outbox)
      .where(eq(schema.outbox.to, 'hr@neu-logistik.example'))
      .all();
    expect(mails.map((m) => m.subject)).toContain('Ihr Unternehmen ist freigegeben');

    const again = await request(`/api/admin/organizations/${id}/verify`, {
      method: 'POST',
      cookie,
    });
    expect(again.status).toBe(409);
  });

  it('rejects an employer only with a reason, which the employer then sees', async () => {
    const { request, loginAs, organizationIdOf } = await createTestApp();
    const cookie = await loginAs('admin@stadt.example');
    const id = organizationIdOf('hr@neu-logistik.example');
    const noReason = await request(`/api/admin/organizations/${id}/reject`, { cookie, body: {} });
    expect(noReason.status).toBe(400);
    expect((await noReason.json()).errors[0].path).toBe('reason');
    const rejected = await request(`/api/admin/organizations/${id}/reject`, {
      cookie,
      body: { reason: 'Die Betriebsnummer gehört zu einem anderen Unternehmen.' },
    });
    expect(rejected.status).toBe(200);
    const hr = await loginAs('hr@neu-logistik.example');
    const own = await (await request(`/api/organizations/${id}`, { cookie: hr })).json();
    expect(own).toMatchObject({
      verificationStatus: 'rejected',
      rejectionReason: 'Die Betriebsnummer gehört zu einem anderen Unternehmen.',
    });
  });

  it('creates a partner organisation, invites an advisor by one-time link, who then signs in', async () => {
    const { request, loginAs } = await createTestApp();
    const cookie = await loginAs('admin@stadt.example');
    const created = await request('/api/admin/organizations', {
      cookie,
      body: {
        type: 'ihk',
        name: 'IHK Essen',
        address: { street: 'Am Waldthausenpark 2', postalCode: '45127', city: 'Essen' },
      },
    });
    expect(created.status).toBe(201);
    const org = await created.json();
    expect(org.verificationStatus).toBe('verified');

    const wrongRole = await request('/api/admin/invitations', {
      cookie,
      body: { email: 'x@ihk-essen.example', name: 'X', role: 'city_admin', organizationId: org.id },
    });
    expect(wrongRole.status).toBe(400);
    expect((await wrongRole.json()).errors[0].path).toBe('role');

    const invited = await request('/api/admin/invitations', {
      cookie,
      body: {
        email: 'p.weber@ihk-essen.example',
        name: 'Paula Weber',
        role: 'ihk_advisor',
        organizationId: org.id,
        locale: 'en',
      },
    });
    expect(invited.status).toBe(201);
    expect((await invited.json()).invitationPending).toBe(true);

    const outbox = await (await request('/api/admin/outbox', { cookie })).json();
    const mail = outbox.items.find((m: { to: string }) => m.to === 'p.weber@ihk-essen.example');
    expect(mail.subject).toMatch(/Invitation/);
    const token = tokenFromMail(mail.text);

    const info = await request(`/api/invitations/${token}`);
    expect(await info.json()).toMatchObject({ organizationName: 'IHK Essen', role: 'ihk_advisor' });
    const accepted = await request('/api/invitations/accept', {
      body: { token, password: 'Mein-Passwort-1' },
    });
    expect(accepted.status).toBe(200);
    expect((await accepted.json()).user.organization.name).toBe('IHK Essen');
    expect(sessionCookieOf(accepted)).toMatch(/itc_session=/);

    const reused = await request('/api/invitations/accept', {
      body: { token, password: 'Anderes-Passwort-2' },
    });
    expect(reused.status).toBe(404);
    expect((await reused.json()).code).toBe('invitation_invalid');
    await expect(loginAs('p.weber@ihk-essen.example', 'Mein-Passwort-1')).resolves.toMatch(
      /itc_session/,
    );
  });

  it('deactivates a user: their session ends and they cannot sign in', async () => {
    const { request, loginAs, db } = await createTestApp();
    const admin = await loginAs('admin@stadt.example');
    const victim = await loginAs('team@jobcenter.example');
    const user = db
      .select()
      .from(schema.users)
      .where(eq(schema.users.email, 'team@jobcenter.example'))
      .get();
    const response = await request(`/api/admin/users/${user?.id}/deactivate`, {
      method: 'POST',
      cookie: admin,
    });
    expect(response.status).toBe(200);
    expect((await response.json()).active).toBe(false);
    expect((await request('/api/auth/me', { cookie: victim })).status).toBe(401);
    const login = await request('/api/auth/login', {
      body: { email: 'team@jobcenter.example', password: 'Willkommen-2026' },
    });
    expect(login.status).toBe(401);
  });
});
