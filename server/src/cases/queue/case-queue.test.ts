import { schema } from '@itc/db';
import { caseEmployerSchema, caseListItemSchema } from '@itc/shared';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { caseHistoryPath } from '../../demo/case-history';
import { adminEmail, pflegeHrEmail, reviewerEmail } from '../../testing/case-test-app';
import { insertTestCase } from '../../testing/insert-test-case';
import { readList, readProblem } from '../../testing/read-body';
import { createTestApp, type TestApp } from '../../testing/test-app';

function userIdOf(t: TestApp, email: string): string {
  return t.db.select().from(schema.users).where(eq(schema.users.email, email)).get()!.id;
}

/** Five cases of two employers that differ in every filter the queue offers. */
async function queueFixture() {
  const t = await createTestApp();
  const rheinStahl = t.organizationIdOf('hr@rhein-stahl.example');
  const pflege = t.organizationIdOf(pflegeHrEmail);
  const reviewer = userIdOf(t, reviewerEmail);
  const admin = userIdOf(t, adminEmail);
  const cases = {
    a: insertTestCase(t.db, {
      organizationId: rheinStahl,
      status: 'in_review',
      submittedAt: '2026-11-01T10:00:00.000Z',
      assigneeUserId: reviewer,
    }),
    b: insertTestCase(t.db, {
      organizationId: rheinStahl,
      status: 'recognition_pending',
      submittedAt: '2026-10-15T10:00:00.000Z',
      assigneeUserId: admin,
      dueAt: '2026-11-20',
      iscoCode: '2512',
      hire: { givenNames: 'Jürgen', familyName: 'Müller-Lüdenscheidt', nationality: 'TR' },
    }),
    c: insertTestCase(t.db, {
      organizationId: pflege,
      status: 'documents_requested',
      submittedAt: '2026-11-20T10:00:00.000Z',
      dueAt: '2026-12-03',
      iscoCode: '2221',
      hire: { givenNames: 'Thị Hoa', familyName: 'Nguyễn', nationality: 'VN' },
    }),
    d: insertTestCase(t.db, {
      organizationId: pflege,
      status: 'permit_issued',
      submittedAt: '2026-09-01T10:00:00.000Z',
      assigneeUserId: reviewer,
      iscoCode: '2221',
      hire: { givenNames: 'Maria', familyName: 'Reyes', nationality: 'PH' },
    }),
    // 23:30 UTC on 24 November is already 25 November in Germany.
    e: insertTestCase(t.db, {
      organizationId: rheinStahl,
      status: 'ba_consent_pending',
      submittedAt: '2026-11-24T23:30:00.000Z',
      dueAt: '2026-11-25',
    }),
  };
  const nameOf = new Map(Object.entries(cases).map(([name, { id }]) => [id, name]));
  const cookie = await t.loginAs(reviewerEmail);
  async function names(query: string, as = cookie) {
    const response = await t.request(`/api/cases?${query}`, { cookie: as });
    expect(response.status, query).toBe(200);
    return (await readList(response, caseListItemSchema)).items.map((item) => nameOf.get(item.id));
  }
  return { ...t, cases, cookie, names, rheinStahl, pflege, admin };
}

describe('[CITY] reviewer queue', () => {
  it('lists every case, newest submission first, with what the queue shows', async () => {
    const t = await queueFixture();
    expect(await t.names('')).toEqual(['e', 'c', 'a', 'b', 'd']);
    const page = await readList(
      await t.request('/api/cases?nationality=TR', { cookie: t.cookie }),
      caseListItemSchema,
    );
    expect(page.items[0]).toEqual({
      id: t.cases.b.id,
      reference: t.cases.b.reference,
      status: 'recognition_pending',
      // One version per move since the submission.
      version: caseHistoryPath('recognition_pending').length,
      resumeStatus: null,
      hireName: 'Jürgen Müller-Lüdenscheidt',
      organizationId: t.rheinStahl,
      organizationName: 'Rhein-Stahl GmbH',
      nationality: 'TR',
      occupationField: 'it',
      submittedAt: '2026-10-15T10:00:00.000Z',
      deadline: { dueAt: '2026-11-20', daysLeft: -5, overdue: true },
      assignee: { id: t.admin, name: 'Stefan Wagner' },
      closedAt: null,
    });
  });

  it('filters by status, assignee, overdue, employer, nationality, field and submission days', async () => {
    const t = await queueFixture();
    expect(await t.names('status=in_review,documents_requested')).toEqual(['c', 'a']);
    expect(await t.names('status=in_review&status=documents_requested')).toEqual(['c', 'a']);
    expect(await t.names('assigned=me')).toEqual(['a', 'd']);
    expect(await t.names('assigned=unassigned')).toEqual(['e', 'c']);
    expect(await t.names(`assigned=${t.admin}`)).toEqual(['b']);
    expect(await t.names('overdue=true')).toEqual(['b']);
    expect(await t.names('overdue=false')).toEqual(['e', 'c', 'a', 'd']);
    expect(await t.names(`organizationId=${t.pflege}`)).toEqual(['c', 'd']);
    expect(await t.names('nationality=vn')).toEqual(['c']);
    expect(await t.names('occupationField=nursing')).toEqual(['c', 'd']);
    expect(await t.names('submittedFrom=2026-11-20&submittedTo=2026-11-25')).toEqual(['e', 'c']);
    expect(await t.names('submittedFrom=2026-11-20&submittedTo=2026-11-24')).toEqual(['c']);
    expect(await t.names('status=in_review,recognition_pending&assigned=me')).toEqual(['a']);
  });

  it('searches reference, hire and company by word prefixes, ignoring case and accents', async () => {
    const t = await queueFixture();
    expect(await t.names('q=muller')).toEqual(['b']);
    expect(await t.names('q=LÜDENSCH')).toEqual(['b']);
    expect(await t.names('q=m%C3%BCller-l%C3%BC')).toEqual(['b']);
    expect(await t.names('q=stahl%20jurgen')).toEqual(['b']);
    expect(await t.names('q=nguyen')).toEqual(['c']);
    expect(await t.names(`q=${t.cases.d.reference}`)).toEqual(['d']);
    expect(await t.names(`q=${t.cases.d.reference.slice(0, 13)}`)).toEqual([
      'e',
      'c',
      'a',
      'b',
      'd',
    ]);
    expect(await t.names('q=pflegedienst%20reyes')).toEqual(['d']);
    expect(await t.names('q=rhein&status=in_review')).toEqual(['a']);
    // FTS syntax in the box is only text: no error, no injection.
    expect(await t.names('q=%22%20*%20(%20%3A')).toEqual(['e', 'c', 'a', 'b', 'd']);
    expect(await t.names('q=%22muller%22%20OR%20reyes')).toEqual([]);
    expect(await t.names('q=muller)%5E')).toEqual(['b']);
  });

  it('sorts by due date with cases without one last, either way', async () => {
    const t = await queueFixture();
    const ascending = await t.names('sort=dueAt&order=asc');
    expect(ascending.slice(0, 3)).toEqual(['b', 'e', 'c']);
    expect(ascending.slice(3).sort()).toEqual(['a', 'd']);
    const descending = await t.names('sort=dueAt');
    expect(descending.slice(0, 3)).toEqual(['c', 'e', 'b']);
    expect(await t.names('sort=submittedAt&order=asc')).toEqual(['d', 'b', 'a', 'c', 'e']);
  });

  it('pages by keyset through every order without gaps or repeats', async () => {
    const t = await queueFixture();
    for (const order of ['sort=submittedAt', 'sort=dueAt&order=asc', 'sort=dueAt&order=desc']) {
      const whole = await t.names(order);
      const paged: string[] = [];
      let cursor: string | null = null;
      do {
        const query: string = `${order}&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
        const page = await readList(
          await t.request(`/api/cases?${query}`, { cookie: t.cookie }),
          caseListItemSchema,
        );
        paged.push(...page.items.map((item) => item.id));
        cursor = page.nextCursor;
      } while (cursor);
      const ids = await readList(
        await t.request(`/api/cases?${order}`, { cookie: t.cookie }),
        caseListItemSchema,
      );
      expect(paged, order).toEqual(ids.items.map((item) => item.id));
      expect(paged).toHaveLength(whole.length);
    }
  });

  it('refuses a broken cursor or an unknown status with 400', async () => {
    const t = await queueFixture();
    const cursor = await t.request('/api/cases?cursor=nonsense', { cookie: t.cookie });
    expect(cursor.status).toBe(400);
    const status = await t.request('/api/cases?status=in_review,archived', { cookie: t.cookie });
    expect(status.status).toBe(400);
    expect((await readProblem(status)).errors?.[0]?.path).toMatch(/^query\.status/);
    expect((await t.request('/api/cases?sort=reference', { cookie: t.cookie })).status).toBe(400);
  });

  it('refuses a submission period that ends before it starts, naming the field', async () => {
    const t = await queueFixture();
    for (const path of ['/api/cases', '/api/cases/export.csv']) {
      const response = await t.request(`${path}?submittedFrom=2026-11-20&submittedTo=2026-11-19`, {
        cookie: t.cookie,
      });
      expect(response.status, path).toBe(400);
      expect((await readProblem(response)).errors).toEqual([
        {
          path: 'submittedTo',
          message: expect.stringContaining('vor dem Beginn des Zeitraums'),
          code: 'date_before_period_start',
        },
      ]);
      // Without a session the answer is "sign in", whatever the query says.
      const anonymous = await t.request(`${path}?submittedFrom=2026-11-20&submittedTo=2026-11-19`);
      expect(anonymous.status, path).toBe(401);
    }
    expect(await t.names('submittedFrom=2026-11-20&submittedTo=2026-11-20')).toEqual(['c']);
  });

  it('names the employers that have cases, for the employer filter of city staff only', async () => {
    const t = await queueFixture();
    const response = await t.request('/api/cases/employers', { cookie: t.cookie });
    expect(response.status).toBe(200);
    // Neu Logistik has no case and is no choice.
    expect(await readList(response, caseEmployerSchema)).toEqual({
      items: [
        { id: t.pflege, name: 'Pflegedienst Ruhr gGmbH' },
        { id: t.rheinStahl, name: 'Rhein-Stahl GmbH' },
      ],
      nextCursor: null,
    });
    const admin = await t.loginAs(adminEmail);
    expect((await t.request('/api/cases/employers', { cookie: admin })).status).toBe(200);
    const hr = await t.loginAs(pflegeHrEmail);
    expect((await t.request('/api/cases/employers', { cookie: hr })).status).toBe(403);
    expect((await t.request('/api/cases/employers')).status).toBe(401);
  });

  it('shows the employer only its own cases, whatever it filters', async () => {
    const t = await queueFixture();
    const hr = await t.loginAs(pflegeHrEmail);
    expect(await t.names('', hr)).toEqual(['c', 'd']);
    expect(await t.names(`organizationId=${t.rheinStahl}`, hr)).toEqual([]);
    expect(await t.names('q=muller', hr)).toEqual([]);
  });
});

describe('[CITY] CSV export', () => {
  it('writes the filtered queue for German Excel: BOM, semicolons, German dates, umlauts', async () => {
    const t = await queueFixture();
    const response = await t.request(`/api/cases/export.csv?organizationId=${t.rheinStahl}`, {
      cookie: t.cookie,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('x-total-count')).toBe('3');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="Verfahren-2026-11-25.csv"/,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).split('\r\n');
    expect(lines[0]).toBe(
      'Aktenzeichen;Status;Fachkraft;Arbeitgeber;Staatsangehörigkeit;Berufsfeld;Eingereicht am;Frist;Tage bis zur Frist;Überfällig;Zuständig;Abgeschlossen am',
    );
    expect(lines).toHaveLength(5);
    expect(lines[4]).toBe('');
    expect(lines).toContain(
      `${t.cases.b.reference};Anerkennung der Qualifikation läuft;Jürgen Müller-Lüdenscheidt;Rhein-Stahl GmbH;Türkei;Informatik;15.10.2026;20.11.2026;-5;ja;Stefan Wagner;`,
    );
    expect(lines[1]?.startsWith(`${t.cases.e.reference};`)).toBe(true);
    expect(lines[1]).toContain(';25.11.2026;25.11.2026;0;nein;;');
  });

  it('streams more cases than one page holds, and is for city staff only', async () => {
    const t = await queueFixture();
    for (let index = 0; index < 520; index += 1) {
      insertTestCase(t.db, {
        organizationId: t.pflege,
        submittedAt: new Date(Date.UTC(2026, 0, 1) + index * 60_000).toISOString(),
        hire: { familyName: `Fall ${index}` },
      });
    }
    const response = await t.request(`/api/cases/export.csv?organizationId=${t.pflege}`, {
      cookie: t.cookie,
    });
    expect(response.headers.get('x-total-count')).toBe('522');
    const lines = (await response.text()).split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(523);
    expect(new Set(lines).size).toBe(523);
    const hr = await t.loginAs(pflegeHrEmail);
    expect((await t.request('/api/cases/export.csv', { cookie: hr })).status).toBe(403);
  });
});
