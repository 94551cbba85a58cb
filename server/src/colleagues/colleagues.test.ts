import { schema } from '@itc/db';
import { userSchema } from '@itc/shared';
import { and, desc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openApiDocumentSchema } from '../testing/openapi-document';
import { readBody, readList, readProblem } from '../testing/read-body';
import { createTestApp } from '../testing/test-app';

const hr = 'hr@pflege-ruhr.example';
const colleague = 'pdl@pflege-ruhr.example';
const colleaguePassword = 'Pflegeleitung-Duisburg-77';

async function portalWithHr() {
  const portal = await createTestApp();
  const { db, request, loginAs, organizationIdOf } = portal;
  const cookie = await loginAs(hr);
  const orgId = organizationIdOf(hr);

  function mailsTo(email: string) {
    return db
      .select()
      .from(schema.outbox)
      .where(eq(schema.outbox.to, email))
      .orderBy(desc(schema.outbox.createdAt))
      .all();
  }
  function latestToken(email: string): string {
    const match = /\/invitation\/([A-Za-z0-9_-]+)/.exec(mailsTo(email)[0]?.text ?? '');
    if (!match?.[1]) throw new Error(`no invitation link for ${email}`);
    return match[1];
  }
  function auditOf(action: string, targetId: string) {
    return db
      .select()
      .from(schema.auditLog)
      .where(
        and(
          eq(schema.auditLog.action, action as typeof schema.auditLog.$inferSelect.action),
          eq(schema.auditLog.targetId, targetId),
        ),
      )
      .all();
  }
  async function invite(email = colleague, locale: 'de' | 'en' = 'en') {
    return request(`/api/organizations/${orgId}/invitations`, {
      cookie,
      body: { email, name: 'Ina Pflegeleitung', locale },
    });
  }
  /** Invites the colleague, who accepts and signs in; returns their id and session cookie. */
  async function activeColleague() {
    const { id } = await readBody(await invite(), userSchema);
    const accepted = await request('/api/invitations/accept', {
      body: { token: latestToken(colleague), password: colleaguePassword },
    });
    expect(accepted.status).toBe(200);
    return { id: id as string, session: await loginAs(colleague, colleaguePassword) };
  }
  function action(userId: string, path: string, method = 'POST') {
    return request(`/api/organizations/${orgId}/${path.replace('{userId}', userId)}`, {
      method,
      cookie,
    });
  }
  return {
    ...portal,
    cookie,
    orgId,
    mailsTo,
    latestToken,
    auditOf,
    invite,
    activeColleague,
    action,
  };
}

describe('HR manages its colleagues', () => {
  it('deactivates a colleague, ending their sessions, and reactivates them, both audited', async () => {
    const { action, activeColleague, request, auditOf, loginAs } = await portalWithHr();
    const { id, session } = await activeColleague();

    const deactivated = await action(id, 'users/{userId}/deactivate');
    expect(deactivated.status).toBe(200);
    expect(await readBody(deactivated, userSchema)).toMatchObject({ id, active: false });
    expect((await request('/api/auth/me', { cookie: session })).status).toBe(401);
    await expect(loginAs(colleague, colleaguePassword)).rejects.toThrow(/401/);
    const again = await action(id, 'users/{userId}/deactivate');
    expect(again.status).toBe(409);
    expect((await readProblem(again)).code).toBe('user_already_inactive');

    const reactivated = await action(id, 'users/{userId}/reactivate');
    expect(reactivated.status).toBe(200);
    expect((await readBody(reactivated, userSchema)).active).toBe(true);
    await expect(loginAs(colleague, colleaguePassword)).resolves.toMatch(/itc_session/);
    const twice = await action(id, 'users/{userId}/reactivate');
    expect(twice.status).toBe(409);
    expect((await readProblem(twice)).code).toBe('user_already_active');

    expect(auditOf('user.deactivated', id)).toHaveLength(1);
    expect(auditOf('user.reactivated', id)).toMatchObject([
      { before: { active: false }, after: { active: true }, onBehalfOfOrganizationId: null },
    ]);
  });

  it('refuses every action on the own account with 409', async () => {
    const { action, db } = await portalWithHr();
    const own = db.select().from(schema.users).where(eq(schema.users.email, hr)).get();
    for (const [path, method] of [
      ['users/{userId}/deactivate', 'POST'],
      ['users/{userId}/reactivate', 'POST'],
      ['invitations/{userId}/resend', 'POST'],
      ['invitations/{userId}', 'DELETE'],
    ] as const) {
      const response = await action(own?.id ?? '', path, method);
      expect(response.status, path).toBe(409);
      expect((await readProblem(response)).code).toBe('cannot_change_own_account');
    }
  });

  it('resends an invitation in the invitee’s language: the old link dies, the new one works', async () => {
    const { action, invite, latestToken, mailsTo, request, auditOf, clock } = await portalWithHr();
    const { id } = await readBody(await invite(colleague, 'en'), userSchema);
    const oldToken = latestToken(colleague);
    clock.advance(60_000);

    const resent = await action(id, 'invitations/{userId}/resend');
    expect(resent.status).toBe(200);
    expect((await readBody(resent, userSchema)).invitationPending).toBe(true);
    const mails = mailsTo(colleague);
    expect(mails).toHaveLength(2);
    expect(mails[0]?.subject).toMatch(/^Invitation/);
    const newToken = latestToken(colleague);
    expect(newToken).not.toBe(oldToken);
    expect((await request(`/api/invitations/${oldToken}`)).status).toBe(404);
    expect((await request(`/api/invitations/${newToken}`)).status).toBe(200);
    const accepted = await request('/api/invitations/accept', {
      body: { token: newToken, password: colleaguePassword },
    });
    expect(accepted.status).toBe(200);
    expect(auditOf('user.invitation_resent', id)).toHaveLength(1);

    for (const [path, method] of [
      ['invitations/{userId}/resend', 'POST'],
      ['invitations/{userId}', 'DELETE'],
    ] as const) {
      const response = await action(id, path, method);
      expect(response.status, path).toBe(409);
      expect((await readProblem(response)).code).toBe('invitation_not_pending');
    }
  });

  it('withdraws an invitation: the link stops working and the address is free again', async () => {
    const { action, invite, latestToken, request, auditOf, cookie, orgId } = await portalWithHr();
    const { id } = await readBody(await invite(), userSchema);
    const token = latestToken(colleague);

    const withdrawn = await action(id, 'invitations/{userId}', 'DELETE');
    expect(withdrawn.status).toBe(204);
    expect((await request(`/api/invitations/${token}`)).status).toBe(404);
    const list = await readList(
      await request(`/api/organizations/${orgId}/users`, { cookie }),
      userSchema,
    );
    expect(list.items.map((u) => u.email)).toEqual([hr]);
    expect(auditOf('user.invitation_withdrawn', id)).toMatchObject([
      { before: { email: colleague, role: 'employer_hr' } },
    ]);
    expect((await action(id, 'invitations/{userId}', 'DELETE')).status).toBe(404);

    const invitedAgain = await invite();
    expect(invitedAgain.status).toBe(201);
    expect((await readBody(invitedAgain, userSchema)).id).not.toBe(id);
  });

  it('inviting a pending address again resends instead of 409; an active account stays 409', async () => {
    const { invite, mailsTo, auditOf, request, loginAs, organizationIdOf } = await portalWithHr();
    const first = await readBody(await invite(), userSchema);
    const second = await invite();
    expect(second.status).toBe(200);
    expect((await readBody(second, userSchema)).id).toBe(first.id);
    expect(mailsTo(colleague)).toHaveLength(2);
    expect(auditOf('user.invitation_resent', first.id)).toHaveLength(1);

    const taken = await invite('hr@rhein-stahl.example');
    expect(taken.status).toBe(409);
    expect((await readProblem(taken)).code).toBe('email_taken');

    // Pending, but in another organisation: still taken for this one.
    const otherHr = await loginAs('hr@rhein-stahl.example');
    const elsewhere = await request(
      `/api/organizations/${organizationIdOf('hr@rhein-stahl.example')}/invitations`,
      { cookie: otherHr, body: { email: colleague, name: 'Ina' } },
    );
    expect(elsewhere.status).toBe(409);
    expect((await readProblem(elsewhere)).code).toBe('email_taken');
  });

  it('hides other organisations’ people (404) and refuses other roles', async () => {
    const { invite, request, loginAs, organizationIdOf, action, db } = await portalWithHr();
    const { id } = await readBody(await invite(), userSchema);
    const paths = [
      ['users/{userId}/deactivate', 'POST'],
      ['users/{userId}/reactivate', 'POST'],
      ['invitations/{userId}/resend', 'POST'],
      ['invitations/{userId}', 'DELETE'],
    ] as const;

    const foreignUser = db
      .select()
      .from(schema.users)
      .where(eq(schema.users.email, 'hr@rhein-stahl.example'))
      .get();
    for (const [path, method] of paths) {
      expect((await action(foreignUser?.id ?? '', path, method)).status, path).toBe(404);
      expect((await action('unknown-id', path, method)).status, path).toBe(404);
    }

    const orgId = organizationIdOf(hr);
    const otherHr = await loginAs('hr@rhein-stahl.example');
    const advisor = await loginAs('berater@ihk.example');
    const reviewer = await loginAs('sachbearbeitung@stadt.example');
    for (const [path, method] of paths) {
      const url = `/api/organizations/${orgId}/${path.replace('{userId}', id)}`;
      for (const cookie of [otherHr, advisor, reviewer]) {
        expect((await request(url, { method, cookie })).status, url).toBe(404);
      }
      // An advisor in its own organisation is known there but may not manage people.
      const ihk = organizationIdOf('berater@ihk.example');
      const ownOrg = `/api/organizations/${ihk}/${path.replace('{userId}', id)}`;
      expect((await request(ownOrg, { method, cookie: advisor })).status, ownOrg).toBe(403);
    }
    const stillPending = await readList(
      await request(`/api/organizations/${orgId}/users`, { cookie: await loginAs(hr) }),
      userSchema,
    );
    expect(stillPending.items).toHaveLength(2);
  });
});

describe('colleague routes in the OpenAPI document', () => {
  it('documents the actions and both outcomes of an invitation', async () => {
    const { request } = await createTestApp();
    const doc = await readBody(await request('/api/openapi.json'), openApiDocumentSchema);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/organizations/{id}/users/{userId}/deactivate',
        '/api/organizations/{id}/users/{userId}/reactivate',
        '/api/organizations/{id}/invitations/{userId}/resend',
        '/api/organizations/{id}/invitations/{userId}',
        '/api/admin/users/{id}/reactivate',
        '/api/admin/users/{id}/second-factor/reset',
      ]),
    );
    for (const path of ['/api/organizations/{id}/invitations', '/api/admin/invitations']) {
      expect(Object.keys(doc.paths[path]?.post?.responses ?? {}), path).toEqual(
        expect.arrayContaining(['200', '201', '409']),
      );
    }
    expect(
      doc.paths['/api/organizations/{id}/invitations/{userId}']?.delete?.responses,
    ).toHaveProperty('204');
  });
});
