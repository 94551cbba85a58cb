import { schema } from '@itc/db';
import { caseAssigneeSchema, caseDetailSchema } from '@itc/shared';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { days } from '../../lib/clock';
import {
  adminEmail,
  type CaseTestApp,
  createCaseTestApp,
  ihkEmail,
  reviewerEmail,
} from '../../testing/case-test-app';
import { insertTestCase } from '../../testing/insert-test-case';
import { readBody, readList, readProblem } from '../../testing/read-body';

function notificationsOf(t: CaseTestApp, caseId = t.caseId) {
  return t.db
    .select({ notification: schema.notifications, email: schema.users.email })
    .from(schema.notifications)
    .innerJoin(schema.users, eq(schema.users.id, schema.notifications.userId))
    .where(eq(schema.notifications.caseId, caseId))
    .all();
}

describe('[CITY][HR] case workflow', () => {
  it('walks from submitted to permit issued, with due dates, events, notifications and emails', async () => {
    const t = await createCaseTestApp();
    const { caseId, clock } = t;
    const reviewer = 'city';
    const hr = 'employer';
    // A day passes between moves; sessions end after two idle hours, so each side signs in anew.
    const emails = { city: reviewerEmail, employer: 'hr@rhein-stahl.example' };
    const step = async (
      side: keyof typeof emails,
      target: Parameters<CaseTestApp['moveOk']>[2],
    ) => {
      clock.advance(days(1));
      const cookie = await t.loginAs(emails[side]);
      return t.moveOk(cookie, caseId, target);
    };

    expect((await step(reviewer, 'in_review')).version).toBe(2);
    await step(reviewer, 'forwarded');
    // Saturday 28 November 2026: two months end on Thursday 28 January 2027.
    const recognition = await step(reviewer, 'recognition_pending');
    expect(recognition.deadline).toEqual({ dueAt: '2027-01-28', daysLeft: 61, overdue: false });
    // Sunday 29 November: the week ends on Sunday 6 December, so on Monday 7 December.
    const consent = await step(reviewer, 'ba_consent_pending');
    expect(consent.deadline?.dueAt).toBe('2026-12-07');
    expect(consent.baConsent).toMatchObject({ deemedGivenOn: '2026-12-07', deemedGiven: false });
    clock.set(new Date('2026-12-07T08:00:00Z'));
    const deemed = await readBody(
      await t.readCase(await t.loginAs(reviewerEmail), caseId),
      caseDetailSchema,
    );
    expect(deemed.baConsent?.deemedGiven).toBe(true);
    expect(deemed.status).toBe('ba_consent_pending');

    const preApproval = await step(reviewer, 'pre_approval_issued');
    expect(preApproval.deadline?.dueAt).toBe('2026-12-29');
    const hrView = await readBody(
      await t.readCase(await t.loginAs(emails.employer), caseId),
      caseDetailSchema,
    );
    expect(hrView.allowedTransitions).toEqual([
      'visa_appointment_booked',
      'visa_issued',
      'visa_refused',
      'withdrawn',
    ]);
    const appointment = await step(hr, {
      to: 'visa_appointment_booked',
      appointmentDate: '2026-12-15',
    });
    // Three weeks after the appointment: 5 January 2027.
    expect(appointment.deadline?.dueAt).toBe('2027-01-05');
    await step(hr, 'visa_issued');
    const entered = await step(hr, { to: 'entered', note: 'Angekommen in Duisburg.' });
    expect(entered.deadline).toBeNull();
    const hire = t.db.select().from(schema.hires).where(eq(schema.hires.id, t.hireId)).get();
    expect(hire?.status).toBe('arrived');
    const permit = await step(reviewer, {
      to: 'permit_issued',
      permitType: '18g',
      validUntil: '2030-12-31',
    });
    expect(permit).toMatchObject({
      status: 'permit_issued',
      version: 10,
      allowedTransitions: [],
      progressStep: 'permit_issued',
      closedAt: expect.any(String),
    });
    expect(permit.timeline.map((event) => event.toStatus)).toEqual([
      'submitted',
      'in_review',
      'forwarded',
      'recognition_pending',
      'ba_consent_pending',
      'pre_approval_issued',
      'visa_appointment_booked',
      'visa_issued',
      'entered',
      'permit_issued',
    ]);
    expect(permit.timeline[8]).toMatchObject({
      note: 'Angekommen in Duisburg.',
      actor: { name: 'Sabine Krüger', side: 'employer_side' },
    });
    expect(permit.timeline[9]?.details).toEqual({ permitType: '18g', validUntil: '2030-12-31' });

    // City moves notify the employer and its mandated IHK; the employer's notify city staff.
    const notifications = notificationsOf(t);
    const recipientsOf = (status: string) =>
      notifications
        .filter((n) => n.notification.params.status === status)
        .map((n) => n.email)
        .sort();
    expect(recipientsOf('forwarded')).toEqual([ihkEmail, 'hr@rhein-stahl.example']);
    expect(recipientsOf('visa_issued')).toEqual([adminEmail, reviewerEmail]);
    expect(notifications).toHaveLength(9 * 2);
    const outbox = t.db.select().from(schema.outbox).all();
    const caseEmails = outbox.filter((mail) => mail.subject.startsWith(permit.reference));
    // One email per notification, to the same person, with the notification's words.
    expect(caseEmails.map((mail) => mail.to).sort()).toEqual(
      notifications.map((n) => n.email).sort(),
    );
    expect(caseEmails.map((mail) => mail.subject)).toContain(
      `${permit.reference}: neuer Stand „Visum erteilt“`,
    );
    expect(caseEmails.find((mail) => mail.to === 'hr@rhein-stahl.example')?.text).toContain(
      `http://localhost/cases/${caseId}`,
    );
    const audit = t.db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.targetId, caseId))
      .all();
    expect(audit.filter((entry) => entry.action === 'case.transitioned')).toHaveLength(9);
  });

  it('refuses a stale version with 409 and writes nothing', async () => {
    const t = await createCaseTestApp();
    const colleague = await t.loginAs(adminEmail);
    const read = await readBody(await t.readCase(t.reviewer, t.caseId), caseDetailSchema);
    expect(
      (await t.move(t.reviewer, t.caseId, { to: 'in_review', version: read.version })).status,
    ).toBe(200);
    const before = t.traces();
    const late = await t.move(colleague, t.caseId, {
      to: 'rejected',
      version: read.version,
      reason: 'Unterlagen unvollständig.',
    });
    expect(late.status).toBe(409);
    expect(late.headers.get('content-type')).toBe('application/problem+json');
    const problem = await readProblem(late);
    expect(problem).toMatchObject({
      code: 'stale_version',
      currentVersion: 2,
      allowedTransitions: ['forwarded', 'documents_requested', 'rejected'],
    });
    expect(t.traces()).toEqual(before);
  });

  it('refuses a move the machine does not allow from the status or for the side', async () => {
    const t = await createCaseTestApp();
    const before = t.traces();
    const skip = await t.move(t.reviewer, t.caseId, {
      to: 'permit_issued',
      version: 1,
      permitType: '18g',
      validUntil: '2030-12-31',
    });
    expect(skip.status).toBe(409);
    expect(await readProblem(skip)).toMatchObject({
      code: 'transition_not_allowed',
      allowedTransitions: ['in_review', 'rejected'],
      currentVersion: 1,
    });
    const byEmployer = await t.move(t.hr, t.caseId, { to: 'in_review', version: 1 });
    expect(byEmployer.status).toBe(409);
    expect(await readProblem(byEmployer)).toMatchObject({
      code: 'transition_not_allowed',
      allowedTransitions: ['withdrawn'],
    });
    expect(t.traces()).toEqual(before);
  });

  it('asks for the data each target needs', async () => {
    const t = await createCaseTestApp();
    const cases = [
      [{ to: 'rejected', version: 1 }, 'reason'],
      [{ to: 'rejected', version: 1, reason: 'nö' }, 'reason'],
      [{ to: 'withdrawn', version: 1, reason: '' }, 'reason'],
      [{ to: 'visa_appointment_booked', version: 1 }, 'appointmentDate'],
      [{ to: 'permit_issued', version: 1, validUntil: '2030-01-01' }, 'permitType'],
      [{ to: 'documents_requested', version: 1, documents: [], message: 'x' }, 'documents'],
      [{ to: 'in_review', version: 0 }, 'version'],
      [{ to: 'in_review', version: 1, extra: true }, 'extra'],
      [{ to: 'submitted', version: 1 }, 'to'],
    ] as const;
    for (const [body, path] of cases) {
      const response = await t.move(t.reviewer, t.caseId, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      const problem = await readProblem(response);
      expect(
        problem.errors?.map((e) => e.path),
        JSON.stringify(body),
      ).toContain(path);
    }
    await t.moveOk(t.reviewer, t.caseId, 'in_review');
    const past = await t.move(t.reviewer, t.caseId, {
      to: 'documents_requested',
      version: 2,
      documents: [{ code: 'cv_german', label: 'Lebenslauf' }],
      message: 'Bitte nachreichen.',
      dueDate: '2026-11-25',
    });
    expect(past.status).toBe(400);
    expect((await readProblem(past)).errors).toEqual([
      {
        path: 'dueDate',
        message: 'Bitte ein Datum nach dem heutigen Tag angeben.',
        code: 'date_not_after_today',
      },
    ]);
  });

  it('lets the employer withdraw with a reason; the hire is free for a new pre-check', async () => {
    const t = await createCaseTestApp();
    const withdrawn = await t.moveOk(t.hr, t.caseId, {
      to: 'withdrawn',
      reason: 'Die Fachkraft hat abgesagt.',
    });
    expect(withdrawn).toMatchObject({
      status: 'withdrawn',
      allowedTransitions: [],
      deadline: null,
    });
    expect(withdrawn.closedAt).toBe(t.clock.now().toISOString());
    expect(withdrawn.timeline.at(-1)?.details).toEqual({ reason: 'Die Fachkraft hat abgesagt.' });
    const hire = t.db.select().from(schema.hires).where(eq(schema.hires.id, t.hireId)).get();
    expect(hire?.status).toBe('active');
    const audit = t.db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.action, 'case.transitioned'))
      .get();
    expect(audit?.reason).toBe('Die Fachkraft hat abgesagt.');
    const reviewerView = await readBody(await t.readCase(t.reviewer, t.caseId), caseDetailSchema);
    expect(reviewerView.allowedTransitions).toEqual([]);
  });

  it('continues a deficit notice to the BA only when § 16d is open', async () => {
    const t = await createCaseTestApp();
    const employerId = t.organizationIdOf('hr@rhein-stahl.example');
    const closed = insertTestCase(t.db, { organizationId: employerId, status: 'deficit_notice' });
    const open = insertTestCase(t.db, {
      organizationId: employerId,
      status: 'deficit_notice',
      precheckInput: {
        qualification: { recognition: 'partial' },
        profession: { regulated: true, licence: 'none' },
        germanLevel: 'B1',
      },
    });
    const closedView = await readBody(await t.readCase(t.reviewer, closed.id), caseDetailSchema);
    expect(closedView.allowedTransitions).not.toContain('ba_consent_pending');
    const refused = await t.move(t.reviewer, closed.id, {
      to: 'ba_consent_pending',
      version: closedView.version,
    });
    expect(refused.status).toBe(409);
    const openView = await readBody(await t.readCase(t.reviewer, open.id), caseDetailSchema);
    expect(openView.allowedTransitions).toContain('ba_consent_pending');
    expect(
      (await t.move(t.reviewer, open.id, { to: 'ba_consent_pending', version: openView.version }))
        .status,
    ).toBe(200);
  });

  it('takes a case for oneself or a colleague, city staff only', async () => {
    const t = await createCaseTestApp();
    const admin = await t.loginAs(adminEmail);
    const users = await readList(
      await t.request('/api/cases/assignable-users', { cookie: t.reviewer }),
      caseAssigneeSchema,
    );
    const names = users.items.map((user) => user.name);
    expect(names).toEqual(['Katrin Hoffmann', 'Stefan Wagner']);
    const katrin = users.items[0]!.id;
    const assign = (cookie: string, userId: string | null) =>
      t.request(`/api/cases/${t.caseId}/assignee`, { cookie, body: { userId } });
    const assigned = await assign(admin, katrin);
    expect(assigned.status).toBe(200);
    expect((await readBody(assigned, caseDetailSchema)).assignee).toEqual({
      id: katrin,
      name: 'Katrin Hoffmann',
    });
    const toKatrin = notificationsOf(t).filter((n) => n.notification.kind === 'case_assigned');
    expect(toKatrin.map((n) => n.email)).toEqual([reviewerEmail]);
    expect((await assign(t.hr, katrin)).status).toBe(403);
    const hrUser = t.db
      .select()
      .from(schema.users)
      .where(eq(schema.users.email, 'hr@rhein-stahl.example'))
      .get()!;
    const wrong = await assign(t.reviewer, hrUser.id);
    expect(wrong.status).toBe(400);
    expect((await readProblem(wrong)).errors?.[0]?.path).toBe('userId');
    const unassigned = await readBody(await assign(t.reviewer, null), caseDetailSchema);
    expect(unassigned.assignee).toBeNull();
    // Assigning is no move: the version stays, so an open form does not go stale.
    expect(unassigned.version).toBe(1);
    expect((await t.request('/api/cases/assignable-users', { cookie: t.hr })).status).toBe(403);
  });

  it('records the end of employment after entry, due four weeks after learning of it', async () => {
    const t = await createCaseTestApp();
    const report = (body: object) =>
      t.request(`/api/cases/${t.caseId}/employment-ended`, { cookie: t.hr, body });
    const beforeEntry = t.traces();
    const early = await report({ learnedOn: '2026-11-20' });
    expect(early.status).toBe(409);
    expect((await readProblem(early)).code).toBe('case_not_entered');
    expect(t.traces()).toEqual(beforeEntry);
    for (const target of ['in_review', 'forwarded', 'pre_approval_issued']) {
      await t.moveOk(t.reviewer, t.caseId, target);
    }
    await t.moveOk(t.hr, t.caseId, 'visa_issued');
    const entered = await t.moveOk(t.hr, t.caseId, 'entered');
    expect(entered.can.reportEmploymentEnded).toBe(true);
    expect((await report({ learnedOn: '2026-11-26' })).status).toBe(400);
    const response = await report({ learnedOn: '2026-10-20', note: 'Kündigung in der Probezeit.' });
    expect(response.status).toBe(200);
    const detail = await readBody(response, caseDetailSchema);
    expect(detail).toMatchObject({
      status: 'entered',
      version: entered.version,
      employmentEnded: { learnedOn: '2026-10-20', reportDueAt: '2026-11-17', reportedLate: true },
      can: { reportEmploymentEnded: false },
    });
    expect(detail.timeline.at(-1)).toMatchObject({
      kind: 'employment_ended',
      fromStatus: 'entered',
      toStatus: 'entered',
      note: 'Kündigung in der Probezeit.',
    });
    const reported = t.traces();
    const again = await report({ learnedOn: '2026-10-20' });
    expect(again.status).toBe(409);
    expect((await readProblem(again)).code).toBe('employment_end_already_reported');
    expect(t.traces(), 'the first report stays as it was').toEqual(reported);
    const cityNotified = notificationsOf(t).filter(
      (n) => n.notification.kind === 'case_employment_ended',
    );
    expect(cityNotified.map((n) => n.email).sort()).toEqual([adminEmail, reviewerEmail]);
    const byReviewer = await t.request(`/api/cases/${t.caseId}/employment-ended`, {
      cookie: t.reviewer,
      body: { learnedOn: '2026-10-20' },
    });
    expect(byReviewer.status).toBe(403);
  });
});
