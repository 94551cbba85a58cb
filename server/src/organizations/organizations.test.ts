import { schema } from '@itc/db';
import { organizationSchema, userSchema } from '@itc/shared';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { readBody, readList } from '../testing/read-body';
import { createTestApp } from '../testing/test-app';

describe('organisations are scoped to their members', () => {
  it('shows an employer its own organisation and 404 for another one', async () => {
    const { request, loginAs, organizationIdOf } = await createTestApp();
    const cookie = await loginAs('hr@rhein-stahl.example');
    const own = await request(`/api/organizations/${organizationIdOf('hr@rhein-stahl.example')}`, {
      cookie,
    });
    expect(own.status).toBe(200);
    expect((await readBody(own, organizationSchema)).betriebsnummer).toBe('12345678');
    const other = organizationIdOf('hr@pflege-ruhr.example');
    for (const path of [`/api/organizations/${other}`, `/api/organizations/${other}/users`]) {
      const response = await request(path, { cookie });
      expect(response.status, path).toBe(404);
    }
    const invite = await request(`/api/organizations/${other}/invitations`, {
      cookie,
      body: { email: 'spy@example.org', name: 'Spy' },
    });
    expect(invite.status).toBe(404);
  });

  it('lets city staff see any organisation', async () => {
    const { request, loginAs, organizationIdOf } = await createTestApp();
    const cookie = await loginAs('sachbearbeitung@stadt.example');
    const response = await request(
      `/api/organizations/${organizationIdOf('hr@pflege-ruhr.example')}`,
      { cookie },
    );
    expect(response.status).toBe(200);
  });

  it('lets an HR user invite a colleague into their own organisation only as HR', async () => {
    const { request, loginAs, organizationIdOf, db, clock } = await createTestApp();
    const cookie = await loginAs('hr@pflege-ruhr.example');
    clock.advance(60_000);
    const orgId = organizationIdOf('hr@pflege-ruhr.example');
    const response = await request(`/api/organizations/${orgId}/invitations`, {
      cookie,
      body: { email: 'pdl@pflege-ruhr.example', name: 'Ina Pflegeleitung', role: 'city_admin' },
    });
    expect(response.status).toBe(400);
    const ok = await request(`/api/organizations/${orgId}/invitations`, {
      cookie,
      body: { email: 'pdl@pflege-ruhr.example', name: 'Ina Pflegeleitung' },
    });
    expect(ok.status).toBe(201);
    expect(await readBody(ok, userSchema)).toMatchObject({
      role: 'employer_hr',
      invitationPending: true,
    });
    const colleagues = await readList(
      await request(`/api/organizations/${orgId}/users`, { cookie }),
      userSchema,
    );
    expect(colleagues.items.map((u) => u.email)).toEqual([
      'hr@pflege-ruhr.example',
      'pdl@pflege-ruhr.example',
    ]);
    const mail = db
      .select()
      .from(schema.outbox)
      .where(eq(schema.outbox.to, 'pdl@pflege-ruhr.example'))
      .get();
    expect(mail?.text).toMatch(/\/invitation\//);
  });

  it('refuses colleague invitations from advisors (403)', async () => {
    const { request, loginAs, organizationIdOf } = await createTestApp();
    const cookie = await loginAs('berater@ihk.example');
    const response = await request(
      `/api/organizations/${organizationIdOf('berater@ihk.example')}/invitations`,
      {
        cookie,
        body: { email: 'new@ihk.example', name: 'Neu' },
      },
    );
    expect(response.status).toBe(403);
  });

  it('pages through users with a cursor', async () => {
    const { request, loginAs } = await createTestApp();
    const cookie = await loginAs('admin@stadt.example');
    const first = await readList(await request('/api/admin/users?limit=4', { cookie }), userSchema);
    expect(first.items).toHaveLength(4);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await readList(
      await request(`/api/admin/users?limit=4&cursor=${first.nextCursor}`, { cookie }),
      userSchema,
    );
    expect(second.items).toHaveLength(3);
    expect(second.nextCursor).toBeNull();
    const ids = [...first.items, ...second.items].map((u) => u.id);
    expect(new Set(ids).size).toBe(7);
    const bad = await request('/api/admin/users?limit=500', { cookie });
    expect(bad.status).toBe(400);
    const badCursor = await request('/api/admin/users?cursor=nonsense', { cookie });
    expect(badCursor.status).toBe(400);
  });
});
