import { schema } from '@itc/db';
import { caseDetailSchema, caseMessageSchema } from '@itc/shared';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  adminEmail,
  createCaseTestApp,
  ihkEmail,
  reviewerEmail,
} from '../../testing/case-test-app';
import { readBody, readList } from '../../testing/read-body';

describe('[CITY][HR] case messages', () => {
  it('never shows internal notes to the employer side, nor tells it of them', async () => {
    const t = await createCaseTestApp();
    const ihk = await t.loginAs(ihkEmail);
    const post = (cookie: string, body: object) => {
      t.clock.advance(1000);
      return t.request(`/api/cases/${t.caseId}/messages`, { cookie, body });
    };
    const before = t.db.select().from(schema.notifications).all().length;
    const note = await post(t.reviewer, {
      body: 'Intern: Gehalt mit der ZFE abstimmen.',
      internal: true,
    });
    expect(note.status).toBe(201);
    expect(await readBody(note, caseMessageSchema)).toMatchObject({
      internal: true,
      author: { side: 'city' },
    });
    expect(t.db.select().from(schema.notifications).all()).toHaveLength(before);

    const message = await post(t.reviewer, { body: 'Wir prüfen Ihre Unterlagen.' });
    expect(message.status).toBe(201);
    const reply = await post(t.hr, { body: 'Vielen Dank!' });
    expect(reply.status).toBe(201);
    expect((await post(t.hr, { body: 'Heimlich', internal: true })).status).toBe(403);
    expect((await post(t.hr, { body: '   ' })).status).toBe(400);

    const bodiesFor = async (cookie: string) =>
      (
        await readList(
          await t.request(`/api/cases/${t.caseId}/messages`, { cookie }),
          caseMessageSchema,
        )
      ).items.map((m) => m.body);
    expect(await bodiesFor(t.reviewer)).toEqual([
      'Intern: Gehalt mit der ZFE abstimmen.',
      'Wir prüfen Ihre Unterlagen.',
      'Vielen Dank!',
    ]);
    for (const cookie of [t.hr, ihk]) {
      expect(await bodiesFor(cookie)).toEqual(['Wir prüfen Ihre Unterlagen.', 'Vielen Dank!']);
    }
    const hrDetail = await readBody(await t.readCase(t.hr, t.caseId), caseDetailSchema);
    expect(hrDetail.can.readInternalNotes).toBe(false);
    expect(JSON.stringify(hrDetail)).not.toContain('Intern:');

    const recipients = t.db
      .select({ email: schema.users.email, params: schema.notifications.params })
      .from(schema.notifications)
      .innerJoin(schema.users, eq(schema.users.id, schema.notifications.userId))
      .where(eq(schema.notifications.kind, 'case_message'))
      .all();
    expect(recipients.map((r) => r.email).sort()).toEqual(
      [adminEmail, ihkEmail, 'hr@rhein-stahl.example', reviewerEmail].sort(),
    );
    const mails = t.db.select().from(schema.outbox).all();
    expect(mails.some((mail) => mail.text.includes('Intern:'))).toBe(false);
  });

  it('pages the thread oldest first', async () => {
    const t = await createCaseTestApp();
    for (const body of ['eins', 'zwei', 'drei']) {
      t.clock.advance(1000);
      await t.request(`/api/cases/${t.caseId}/messages`, { cookie: t.reviewer, body: { body } });
    }
    const first = await readList(
      await t.request(`/api/cases/${t.caseId}/messages?limit=2`, { cookie: t.hr }),
      caseMessageSchema,
    );
    expect(first.items.map((m) => m.body)).toEqual(['eins', 'zwei']);
    const rest = await readList(
      await t.request(`/api/cases/${t.caseId}/messages?limit=2&cursor=${first.nextCursor}`, {
        cookie: t.hr,
      }),
      caseMessageSchema,
    );
    expect(rest).toMatchObject({ items: [{ body: 'drei' }], nextCursor: null });
  });

  it('tells only the assigned reviewer of the employer’s messages, in their language', async () => {
    const t = await createCaseTestApp();
    const reviewer = t.db
      .select()
      .from(schema.users)
      .where(eq(schema.users.email, reviewerEmail))
      .get()!;
    t.db.update(schema.users).set({ locale: 'en' }).where(eq(schema.users.id, reviewer.id)).run();
    await t.request(`/api/cases/${t.caseId}/assignee`, {
      cookie: t.reviewer,
      body: { userId: reviewer.id },
    });
    await t.request(`/api/cases/${t.caseId}/messages`, { cookie: t.hr, body: { body: 'Frage' } });
    const mails = t.db
      .select()
      .from(schema.outbox)
      .all()
      .filter((mail) => mail.subject.includes('message'));
    expect(mails.map((mail) => [mail.to, mail.subject])).toEqual([
      [reviewerEmail, expect.stringMatching(/^ITC-2026-000001: new message from Sabine Krüger$/)],
    ]);
    expect(mails[0]?.text).toMatch(/^Hello Katrin Hoffmann,/);
  });
});
