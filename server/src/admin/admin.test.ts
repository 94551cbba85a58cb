import { schema } from '@itc/db';
import {
  invitationInfoSchema,
  meResponseSchema,
  organizationSchema,
  outboxMessageSchema,
  userSchema,
} from '@itc/shared';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { readBody, readList, readProblem } from '../testing/read-body';
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
        expect((await readProblem(response)).code).toBe('forbidden');
      }
    }
    expect((await request('/api/admin/organizations')).status).toBe(401);
  });

  it('lists pending employers and verifies one, audited and with an email to its HR users', async () => {
    const { request, loginAs, db } = await createTestApp();
    const cookie = await loginAs('admin@stadt.example');
    const pending = await readList(
      await request('/api/admin/organizations?type=employer&verificationStatus=pending', {
        cookie,
      }),
      organizationSchema,
    );
    expect(pending.items.map((o) => o.name)).toEqual(['Neu Logistik UG']);
    const id = pending.items[0]!.id;

    const verified = await request(`/api/admin/organizations/${id}/verify`, {
      method: 'POST',
      cookie,
    });
    expect(verified.status).toBe(200);
    expect((await readBody(verified, organizationSchema)).verificationStatus).toBe('verified');

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
    expect((await readProblem(noReason)).errors?.[0]?.path).toBe('reason');
    const rejected = await request(`/api/admin/organizations/${id}/reject`, {
      cookie,
      body: { reason: 'Die Betriebsnummer gehört zu einem anderen Unternehmen.' },
    });
    expect(rejected.status).toBe(200);
    const hr = await loginAs('hr@neu-logistik.example');
    const own = await readBody(
      await request(`/api/organizations/${id}`, { cookie: hr }),
      organizationSchema,
    );
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
    const org = await readBody(created, organizationSchema);
    expect(org.verificationStatus).toBe('verified');

    const wrongRole = await request('/api/admin/invitations', {
      cookie,
      body: { email: 'x@ihk-essen.example', name: 'X', role: 'city_admin', organizationId: org.id },
    });
    expect(wrongRole.status).toBe(400);
    expect((await readProblem(wrongRole)).errors?.[0]?.path).toBe('role');

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
    expect((await readBody(invited, userSchema)).invitationPending).toBe(true);

    const outbox = await readList(
      await request('/api/admin/outbox', { cookie }),
      outboxMessageSchema,
    );
    const mail = outbox.items.find((m) => m.to === 'p.weber@ihk-essen.example');
    expect(mail?.subject).toMatch(/Invitation/);
    const token = tokenFromMail(mail?.text ?? '');

    const info = await request(`/api/invitations/${token}`);
    expect(await readBody(info, invitationInfoSchema)).toMatchObject({
      organizationName: 'IHK Essen',
      role: 'ihk_advisor',
    });
    const accepted = await request('/api/invitations/accept', {
      body: { token, password: 'Mein-Passwort-1' },
    });
    expect(accepted.status).toBe(200);
    expect((await readBody(accepted, meResponseSchema)).user.organization.name).toBe('IHK Essen');
    expect(sessionCookieOf(accepted)).toMatch(/itc_session=/);

    const reused = await request('/api/invitations/accept', {
      body: { token, password: 'Anderes-Passwort-2' },
    });
    expect(reused.status).toBe(404);
    expect((await readProblem(reused)).code).toBe('invitation_invalid');
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
    expect((await readBody(response, userSchema)).active).toBe(false);
    expect((await request('/api/auth/me', { cookie: victim })).status).toBe(401);
    const login = await request('/api/auth/login', {
      body: { email: 'team@jobcenter.example', password: 'Willkommen-2026' },
    });
    expect(login.status).toBe(401);
  });
});

describe('city admin and accounts', () => {
  function userOf(db: Awaited<ReturnType<typeof createTestApp>>['db'], email: string) {
    const user = db.select().from(schema.users).where(eq(schema.users.email, email)).get();
    if (!user) throw new Error(`no user ${email}`);
    return user;
  }

  it('reactivates any account, with specific 409s for the own account and no-ops', async () => {
    const { request, loginAs, db } = await createTestApp();
    const admin = await loginAs('admin@stadt.example');
    const target = userOf(db, 'berater@ihk.example');
    const post = (id: string, verb: string) =>
      request(`/api/admin/users/${id}/${verb}`, { method: 'POST', cookie: admin });

    const early = await post(target.id, 'reactivate');
    expect(early.status).toBe(409);
    expect((await readProblem(early)).code).toBe('user_already_active');
    expect((await post(target.id, 'deactivate')).status).toBe(200);
    const twice = await post(target.id, 'deactivate');
    expect(twice.status).toBe(409);
    expect((await readProblem(twice)).code).toBe('user_already_inactive');

    const reactivated = await post(target.id, 'reactivate');
    expect(reactivated.status).toBe(200);
    expect((await readBody(reactivated, userSchema)).active).toBe(true);
    await expect(loginAs('berater@ihk.example')).resolves.toMatch(/itc_session/);
    const audit = db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.action, 'user.reactivated'))
      .all();
    expect(audit).toMatchObject([
      { targetId: target.id, onBehalfOfOrganizationId: target.organizationId },
    ]);

    const own = userOf(db, 'admin@stadt.example');
    for (const verb of ['deactivate', 'reactivate', 'second-factor/reset']) {
      const response = await post(own.id, verb);
      expect(response.status, verb).toBe(409);
      expect((await readProblem(response)).code).toBe('cannot_change_own_account');
    }
    expect((await post('unknown-id', 'reactivate')).status).toBe(404);
    const reviewer = await loginAs('sachbearbeitung@stadt.example');
    const refused = await request(`/api/admin/users/${target.id}/reactivate`, {
      method: 'POST',
      cookie: reviewer,
    });
    expect(refused.status).toBe(403);
  });

  it('resets a second factor: codes gone, signed out everywhere, audited, user emailed', async () => {
    const { request, loginAs, db } = await createTestApp();
    const admin = await loginAs('admin@stadt.example');
    const hr = userOf(db, 'hr@rhein-stahl.example');
    const hrSession = await loginAs(hr.email);
    const post = () =>
      request(`/api/admin/users/${hr.id}/second-factor/reset`, { method: 'POST', cookie: admin });

    const none = await post();
    expect(none.status).toBe(409);
    expect((await readProblem(none)).code).toBe('second_factor_not_enabled');
    const listed = await readList(
      await request('/api/admin/users?limit=50', { cookie: admin }),
      userSchema,
    );
    expect(listed.items.find((u) => u.id === hr.id)?.secondFactorEnabled).toBe(false);

    // Enrolment simulated in the database: the session above predates it.
    db.update(schema.users)
      .set({
        totpSecret: 'JBSWY3DPEHPK3PXP',
        totpEnabledAt: '2026-11-20T08:00:00Z',
        totpLastStep: 7,
      })
      .where(eq(schema.users.id, hr.id))
      .run();
    db.insert(schema.recoveryCodes)
      .values({ userId: hr.id, codeHash: 'x', createdAt: '2026-11-20T08:00:00Z' })
      .run();
    const enrolled = await readList(
      await request('/api/admin/users?limit=50', { cookie: admin }),
      userSchema,
    );
    expect(enrolled.items.find((u) => u.id === hr.id)?.secondFactorEnabled).toBe(true);

    const reset = await post();
    expect(reset.status).toBe(200);
    expect((await readBody(reset, userSchema)).secondFactorEnabled).toBe(false);
    expect(userOf(db, hr.email)).toMatchObject({
      totpSecret: null,
      totpEnabledAt: null,
      totpLastStep: null,
    });
    expect(
      db.select().from(schema.recoveryCodes).where(eq(schema.recoveryCodes.userId, hr.id)).all(),
    ).toEqual([]);
    expect((await request('/api/auth/me', { cookie: hrSession })).status).toBe(401);
    const audit = db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.action, 'auth.second_factor_reset'))
      .all();
    expect(audit).toMatchObject([{ targetId: hr.id, after: { secondFactorEnabled: false } }]);
    const mail = db.select().from(schema.outbox).where(eq(schema.outbox.to, hr.email)).all();
    expect(mail).toHaveLength(1);
    expect(mail[0]?.subject).toBe('Ihr zweiter Faktor wurde zurückgesetzt');
    expect(mail[0]?.text).toMatch(/nächsten Anmeldung/);

    const again = await post();
    expect(again.status).toBe(409);
    expect((await readProblem(again)).code).toBe('second_factor_not_enabled');
  });

  it('re-inviting a pending address into the same organisation and role resends it', async () => {
    const { request, loginAs, db, organizationIdOf, clock } = await createTestApp();
    const admin = await loginAs('admin@stadt.example');
    const ihk = organizationIdOf('berater@ihk.example');
    const body = {
      email: 'neu@ihk.example',
      name: 'Nina Neu',
      role: 'ihk_advisor',
      organizationId: ihk,
    };
    const first = await request('/api/admin/invitations', { cookie: admin, body });
    expect(first.status).toBe(201);
    const oldToken = tokenFromMail(
      db.select().from(schema.outbox).where(eq(schema.outbox.to, body.email)).get()?.text ?? '',
    );
    clock.advance(60_000);
    const again = await request('/api/admin/invitations', { cookie: admin, body });
    expect(again.status).toBe(200);
    const invited = await readBody(first, userSchema);
    expect((await readBody(again, userSchema)).id).toBe(invited.id);
    const mails = db.select().from(schema.outbox).where(eq(schema.outbox.to, body.email)).all();
    expect(mails).toHaveLength(2);
    expect((await request(`/api/invitations/${oldToken}`)).status).toBe(404);

    const otherRole = await request('/api/admin/invitations', {
      cookie: admin,
      body: {
        ...body,
        role: 'city_reviewer',
        organizationId: organizationIdOf('admin@stadt.example'),
      },
    });
    expect(otherRole.status).toBe(409);
    expect((await readProblem(otherRole)).code).toBe('email_taken');

    const resent = await request(`/api/admin/users/${invited.id}/invitation/resend`, {
      method: 'POST',
      cookie: admin,
    });
    expect(resent.status).toBe(200);
    expect(
      db.select().from(schema.outbox).where(eq(schema.outbox.to, body.email)).all(),
    ).toHaveLength(3);
  });
});

describe('development mailbox', () => {
  it('is off while SMTP delivers the emails, so no admin reads other people’s links', async () => {
    const { request, loginAs } = await createTestApp({ devMailbox: false });
    const cookie = await loginAs('admin@stadt.example');
    const response = await request('/api/admin/outbox', { cookie });
    expect(response.status).toBe(404);
    expect((await readProblem(response)).code).toBe('mailbox_disabled');
  });
});
