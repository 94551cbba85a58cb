import { schema } from '@itc/db';
import { checkHire, hireListItemSchema, hireSchema, todayInGermany } from '@itc/shared';
import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { aHireInput } from '../testing/hire-input';
import { readBody, readList, readProblem } from '../testing/read-body';
import { createTestApp, type TestApp, testStart } from '../testing/test-app';

const rheinStahlHr = 'hr@rhein-stahl.example';
const pflegeHr = 'hr@pflege-ruhr.example';

function hireCount(db: TestApp['db']): number {
  return db.select({ n: count() }).from(schema.hires).get()?.n ?? 0;
}

function auditOf(db: TestApp['db'], hireId: string) {
  return db.select().from(schema.auditLog).where(eq(schema.auditLog.targetId, hireId)).all();
}

async function createHire(app: TestApp, cookie: string, body: object = aHireInput()) {
  const response = await app.request('/api/hires', { cookie, body });
  expect(response.status).toBe(201);
  return readBody(response, hireSchema);
}

describe('[HR] international hires', () => {
  it('registers a hire, reads it back and lists it first, audited for the own employer', async () => {
    const app = await createTestApp();
    const cookie = await app.loginAs(rheinStahlHr);
    app.clock.advance(60_000);
    const hire = await createHire(app, cookie);
    expect(hire).toMatchObject({
      givenNames: 'Lakshmi',
      passportNumber: 'W1234567',
      email: 'lakshmi.r@example.com',
      organizationId: app.organizationIdOf(rheinStahlHr),
      organizationName: 'Rhein-Stahl GmbH',
      status: 'active',
      version: 1,
    });

    const read = await app.request(`/api/hires/${hire.id}`, { cookie });
    expect(read.status).toBe(200);
    expect(await readBody(read, hireSchema)).toEqual(hire);

    const list = await readList(await app.request('/api/hires', { cookie }), hireListItemSchema);
    expect(list.items.map((h) => h.familyName)).toEqual(['Raghavan', 'Aydın', 'Iyer']);
    expect(list.items[0]).not.toHaveProperty('passportNumber');
    expect(list.nextCursor).toBeNull();

    expect(auditOf(app.db, hire.id)).toEqual([
      expect.objectContaining({
        action: 'hire.created',
        actingOrganizationId: app.organizationIdOf(rheinStahlHr),
        onBehalfOfOrganizationId: null,
      }),
    ]);
  });

  it('searches names without regard to case or accents and filters by status', async () => {
    const app = await createTestApp();
    const cookie = await app.loginAs(pflegeHr);
    const names = async (query: string) => {
      const response = await app.request(`/api/hires?${query}`, { cookie });
      expect(response.status, query).toBe(200);
      return (await readList(response, hireListItemSchema)).items.map((h) => h.familyName);
    };
    expect(await names('q=NGUYEN')).toEqual(['Nguyễn']);
    expect(await names('q=amira%20ben')).toEqual(['Ben Salah']);
    expect(await names('q=Iyer')).toEqual([]);
    expect(await names('q=%25')).toEqual([]);

    const list = await readList(
      await app.request('/api/hires?q=reyes', { cookie }),
      hireListItemSchema,
    );
    const archived = await app.request(`/api/hires/${list.items[0]!.id}/archive`, {
      method: 'POST',
      cookie,
    });
    expect(archived.status).toBe(200);
    expect(await names('status=archived')).toEqual(['Reyes']);
    expect(await names('status=active')).toEqual(['Nguyễn', 'Ben Salah']);
    expect(await names('status=in_procedure')).toEqual([]);
    const bad = await app.request('/api/hires?status=deleted', { cookie });
    expect(bad.status).toBe(400);
    expect((await readProblem(bad)).errors?.[0]?.path).toBe('query.status');
  });

  it('pages newest first with a cursor, without gaps or repeats', async () => {
    const app = await createTestApp();
    const cookie = await app.loginAs(pflegeHr);
    for (const familyName of ['Okafor', 'Mensah']) {
      app.clock.advance(60_000);
      await createHire(app, cookie, aHireInput({ familyName }));
    }
    const first = await readList(
      await app.request('/api/hires?limit=3', { cookie }),
      hireListItemSchema,
    );
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await readList(
      await app.request(`/api/hires?limit=3&cursor=${first.nextCursor}`, { cookie }),
      hireListItemSchema,
    );
    expect(second.nextCursor).toBeNull();
    expect([...first.items, ...second.items].map((h) => h.familyName)).toEqual([
      'Mensah',
      'Okafor',
      'Nguyễn',
      'Ben Salah',
      'Reyes',
    ]);
    expect((await app.request('/api/hires?cursor=nonsense', { cookie })).status).toBe(400);
  });

  it('answers bad fields with 400 and dotted paths, and writes nothing', async () => {
    const app = await createTestApp();
    const cookie = await app.loginAs(rheinStahlHr);
    const before = hireCount(app.db);
    const cases: [object, string, RegExp?][] = [
      [aHireInput({ dateOfBirth: '2012-01-01' }), 'dateOfBirth', /16 bis 70/],
      [aHireInput({ dateOfBirth: '1950-01-01' }), 'dateOfBirth'],
      [aHireInput({ passportExpiry: '2026-11-25' }), 'passportExpiry', /abgelaufen/],
      [aHireInput({ nationality: 'pl' }), 'nationality', /EU/],
      [aHireInput({ nationality: 'XX' }), 'nationality'],
      [{ ...aHireInput(), shoeSize: 44 }, 'shoeSize', /Unbekanntes Feld/],
      [aHireInput({ passportNumber: 'ab-12' }), 'passportNumber'],
      [
        aHireInput({ qualification: { ...aHireInput().qualification, completedYear: 2027 } }),
        'qualification.completedYear',
      ],
      [
        aHireInput({
          familyMembers: [
            {
              relation: 'child',
              givenNames: 'Arjun',
              familyName: 'Raghavan',
              dateOfBirth: '2005-06-01',
              nationality: 'IN',
              passportNumber: null,
            },
          ],
        }),
        'familyMembers.0.dateOfBirth',
        /minderjährig/,
      ],
    ];
    for (const [body, path, message] of cases) {
      const response = await app.request('/api/hires', { cookie, body });
      expect(response.status, path).toBe(400);
      const problem = await readProblem(response);
      expect(problem.code).toBe('validation_failed');
      expect(problem.errors?.map((e) => e.path)).toContain(path);
      if (message) {
        const error = problem.errors?.find((e) => e.path === path);
        expect(error?.message).toMatch(message);
      }
    }
    expect(hireCount(app.db)).toBe(before);
  });

  it('edits with the version last read; a stale version gets 409 and changes nothing', async () => {
    const app = await createTestApp();
    const cookie = await app.loginAs(rheinStahlHr);
    const hire = await createHire(app, cookie);
    const edited = await app.request(`/api/hires/${hire.id}`, {
      method: 'PUT',
      cookie,
      body: { ...aHireInput({ germanLevel: 'B2', experienceYears: 6 }), version: 1 },
    });
    expect(edited.status).toBe(200);
    expect(await readBody(edited, hireSchema)).toMatchObject({
      germanLevel: 'B2',
      experienceYears: 6,
      version: 2,
    });

    const stale = await app.request(`/api/hires/${hire.id}`, {
      method: 'PUT',
      cookie,
      body: { ...aHireInput({ familyName: 'Overwritten' }), version: 1 },
    });
    expect(stale.status).toBe(409);
    expect(await readProblem(stale)).toMatchObject({ code: 'stale_version', currentVersion: 2 });
    const current = await readBody(
      await app.request(`/api/hires/${hire.id}`, { cookie }),
      hireSchema,
    );
    expect(current).toMatchObject({ familyName: 'Raghavan', germanLevel: 'B2', version: 2 });
    expect(auditOf(app.db, hire.id).filter((e) => e.action === 'hire.updated')).toEqual([
      expect.objectContaining({
        before: { version: 1 },
        after: { version: 2, changedFields: ['germanLevel', 'experienceYears'] },
      }),
    ]);

    const missingVersion = await app.request(`/api/hires/${hire.id}`, {
      method: 'PUT',
      cookie,
      body: aHireInput(),
    });
    expect(missingVersion.status).toBe(400);
    expect((await readProblem(missingVersion)).errors?.[0]?.path).toBe('version');
  });

  it('archives a hire once; an archived hire cannot be edited', async () => {
    const app = await createTestApp();
    const cookie = await app.loginAs(rheinStahlHr);
    const hire = await createHire(app, cookie);
    const archive = () => app.request(`/api/hires/${hire.id}/archive`, { method: 'POST', cookie });
    const archived = await archive();
    expect(archived.status).toBe(200);
    expect(await readBody(archived, hireSchema)).toMatchObject({ status: 'archived', version: 2 });
    expect((await archive()).status).toBe(409);
    const edit = await app.request(`/api/hires/${hire.id}`, {
      method: 'PUT',
      cookie,
      body: { ...aHireInput(), version: 2 },
    });
    expect(edit.status).toBe(409);
    expect(auditOf(app.db, hire.id).map((e) => e.action)).toEqual([
      'hire.created',
      'hire.archived',
    ]);
  });

  it('answers 404 on every route for another employer’s hire', async () => {
    const app = await createTestApp();
    const hire = await createHire(app, await app.loginAs(rheinStahlHr));
    const cookie = await app.loginAs(pflegeHr);
    const responses = [
      await app.request(`/api/hires/${hire.id}`, { cookie }),
      await app.request(`/api/hires/${hire.id}`, {
        method: 'PUT',
        cookie,
        body: { ...aHireInput(), version: 1 },
      }),
      await app.request(`/api/hires/${hire.id}/archive`, { method: 'POST', cookie }),
      await app.request('/api/hires/no-such-hire', { cookie }),
      await app.request('/api/hires', {
        cookie,
        body: { ...aHireInput(), organizationId: hire.organizationId },
      }),
    ];
    expect(responses.map((r) => r.status)).toEqual([404, 404, 404, 404, 404]);
    const list = await readList(
      await app.request(`/api/hires?organizationId=${hire.organizationId}`, { cookie }),
      hireListItemSchema,
    );
    expect(list.items).toEqual([]);
    expect((await app.request(`/api/hires/${hire.id}`)).status).toBe(401);
  });

  it('seeds demo hires that pass the form’s checks', async () => {
    const app = await createTestApp();
    const cookie = await app.loginAs('sachbearbeitung@stadt.example');
    const list = await readList(await app.request('/api/hires', { cookie }), hireListItemSchema);
    expect(list.items).toHaveLength(5);
    for (const item of list.items) {
      const hire = await readBody(
        await app.request(`/api/hires/${item.id}`, { cookie }),
        hireSchema,
      );
      expect(checkHire(hire, todayInGermany(testStart)), hire.familyName).toEqual([]);
    }
  });
});

describe('[CITY] hires', () => {
  it('reads every employer’s hires but may not create, edit or archive (403)', async () => {
    const app = await createTestApp();
    const hire = await createHire(app, await app.loginAs(rheinStahlHr));
    const cookie = await app.loginAs('sachbearbeitung@stadt.example');
    const list = await readList(
      await app.request('/api/hires?limit=100', { cookie }),
      hireListItemSchema,
    );
    expect(new Set(list.items.map((h) => h.organizationName))).toEqual(
      new Set(['Rhein-Stahl GmbH', 'Pflegedienst Ruhr gGmbH']),
    );
    expect((await app.request(`/api/hires/${hire.id}`, { cookie })).status).toBe(200);
    const refused = [
      await app.request('/api/hires', { cookie, body: aHireInput() }),
      await app.request('/api/hires', {
        cookie,
        body: { ...aHireInput(), organizationId: hire.organizationId },
      }),
      await app.request(`/api/hires/${hire.id}`, {
        method: 'PUT',
        cookie,
        body: { ...aHireInput(), version: 1 },
      }),
      await app.request(`/api/hires/${hire.id}/archive`, { method: 'POST', cookie }),
    ];
    expect(refused.map((r) => r.status)).toEqual([403, 403, 403, 403]);
  });
});

describe('[IHK] hires of a mandating employer', () => {
  it('creates a hire for the employer, audited as acting for it', async () => {
    const app = await createTestApp();
    const cookie = await app.loginAs('berater@ihk.example');
    const rheinStahl = app.organizationIdOf(rheinStahlHr);
    const missing = await app.request('/api/hires', { cookie, body: aHireInput() });
    expect(missing.status).toBe(400);
    expect((await readProblem(missing)).errors).toEqual([
      { path: 'organizationId', message: 'Bitte füllen Sie dieses Feld aus.', code: 'required' },
    ]);
    const notMandated = await app.request('/api/hires', {
      cookie,
      body: { ...aHireInput(), organizationId: app.organizationIdOf(pflegeHr) },
    });
    expect(notMandated.status).toBe(404);

    const hire = await createHire(app, cookie, { ...aHireInput(), organizationId: rheinStahl });
    expect(hire.organizationName).toBe('Rhein-Stahl GmbH');
    expect(auditOf(app.db, hire.id)).toEqual([
      expect.objectContaining({
        action: 'hire.created',
        actingOrganizationId: app.organizationIdOf('berater@ihk.example'),
        onBehalfOfOrganizationId: rheinStahl,
      }),
    ]);
    const own = await readBody(
      await app.request(`/api/hires/${hire.id}`, {
        cookie: await app.loginAs(rheinStahlHr),
      }),
      hireSchema,
    );
    expect(own.id).toBe(hire.id);
  });
});
