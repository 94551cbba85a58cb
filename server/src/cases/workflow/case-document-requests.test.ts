import { schema } from '@itc/db';
import { caseDetailSchema, caseDocumentSchema } from '@itc/shared';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { type CaseTestApp, createCaseTestApp } from '../../testing/case-test-app';
import { readBody, readProblem } from '../../testing/read-body';
import { sampleExe } from '../../testing/sample-files';

const requested = [
  { code: 'cv_german', label: 'Lebenslauf auf Deutsch' },
  { code: 'other', label: 'Nachweis der Deutschkenntnisse (B1)' },
];

async function requestDocuments(t: CaseTestApp, dueDate?: string) {
  return t.moveOk(t.reviewer, t.caseId, {
    to: 'documents_requested',
    documents: requested,
    message: 'Bitte laden Sie diese Unterlagen hoch.',
    ...(dueDate ? { dueDate } : {}),
  });
}

function answer(t: CaseTestApp, cookie: string, requestId: string, version: number) {
  return t.request(`/api/cases/${t.caseId}/document-requests/${requestId}/answer`, {
    cookie,
    body: { version, note: 'Alles hochgeladen.' },
  });
}

describe('[CITY][HR] document requests', () => {
  it('asks the employer for documents, who uploads them and answers: back to review', async () => {
    const t = await createCaseTestApp();
    await t.moveOk(t.reviewer, t.caseId, 'in_review');
    const request = await requestDocuments(t);
    expect(request).toMatchObject({
      status: 'documents_requested',
      resumeStatus: 'in_review',
      progressStep: 'in_review',
      deadline: { dueAt: '2026-12-09', daysLeft: 14, overdue: false },
      openDocumentRequest: {
        fromStatus: 'in_review',
        documents: requested,
        dueAt: '2026-12-09',
        requestedByName: 'Katrin Hoffmann',
        answeredAt: null,
      },
    });
    const requestId = request.openDocumentRequest!.id;
    const mail = t.db
      .select()
      .from(schema.outbox)
      .where(eq(schema.outbox.to, 'hr@rhein-stahl.example'))
      .all()
      .at(-1);
    expect(mail?.subject).toBe(
      `${request.reference}: Unterlagen nachgefordert – bitte bis 09.12.2026 hochladen`,
    );
    expect(mail?.text).toContain('– Nachweis der Deutschkenntnisse (B1)');

    const hrView = await readBody(await t.readCase(t.hr, t.caseId), caseDetailSchema);
    expect(hrView.can).toMatchObject({
      uploadRequestedDocuments: true,
      answerDocumentRequest: true,
    });
    expect(hrView.allowedTransitions).toEqual(['in_review', 'withdrawn']);

    const early = await answer(t, t.hr, requestId, request.version);
    expect(early.status).toBe(400);
    expect((await readProblem(early)).errors).toEqual([
      {
        path: 'documents.cv_german',
        message: 'Lebenslauf auf Deutsch: Dieses Dokument fehlt noch.',
      },
      {
        path: 'documents.other',
        message: 'Nachweis der Deutschkenntnisse (B1): Dieses Dokument fehlt noch.',
      },
    ]);

    const notRequested = await t.uploadToCase(t.hr, t.caseId, 'passport_copy');
    expect(notRequested.status).toBe(400);
    expect((await readProblem(notRequested)).errors?.[0]).toMatchObject({
      path: 'requirementCode',
    });
    expect((await t.uploadToCase(t.hr, t.caseId, 'cv_german', sampleExe)).status).toBe(400);
    expect((await t.uploadToCase(t.reviewer, t.caseId, 'cv_german')).status).toBe(403);

    const wrong = await readBody(
      await t.uploadToCase(t.hr, t.caseId, 'cv_german'),
      caseDocumentSchema,
    );
    const removed = await t.request(`/api/cases/${t.caseId}/documents/${wrong.id}`, {
      method: 'DELETE',
      cookie: t.hr,
    });
    expect(removed.status).toBe(204);
    const uploaded = await t.uploadToCase(t.hr, t.caseId, 'cv_german');
    expect(uploaded.status).toBe(201);
    const cv = await readBody(uploaded, caseDocumentSchema);
    expect(cv).toMatchObject({
      requirementCode: 'cv_german',
      documentRequestId: requestId,
    });
    expect((await t.uploadToCase(t.hr, t.caseId, 'other')).status).toBe(201);

    const answered = await answer(t, t.hr, requestId, request.version);
    expect(answered.status).toBe(200);
    const back = await readBody(answered, caseDetailSchema);
    expect(back).toMatchObject({
      status: 'in_review',
      version: request.version + 1,
      resumeStatus: null,
      openDocumentRequest: null,
      deadline: null,
    });
    expect(back.documentRequests[0]).toMatchObject({ answeredByName: 'Sabine Krüger' });
    expect(back.documents.filter((d) => d.documentRequestId === requestId)).toHaveLength(2);
    expect(back.timeline.at(-1)).toMatchObject({
      fromStatus: 'documents_requested',
      toStatus: 'in_review',
      note: 'Alles hochgeladen.',
      details: { documentRequestId: requestId },
    });
    const cityNotified = t.db
      .select()
      .from(schema.outbox)
      .where(eq(schema.outbox.to, 'sachbearbeitung@stadt.example'))
      .all()
      .at(-1);
    expect(cityNotified?.subject).toContain('neuer Stand „In Prüfung beim ITC“');

    expect((await answer(t, t.hr, requestId, back.version)).status).toBe(409);
    expect((await t.uploadToCase(t.hr, t.caseId, 'cv_german')).status).toBe(409);
    const keep = await t.request(`/api/cases/${t.caseId}/documents/${cv.id}`, {
      method: 'DELETE',
      cookie: t.hr,
    });
    expect(keep.status, 'an answered request’s files stay').toBe(409);
  });

  it('returns a request made after forwarding to the forwarded stage; staff may close it', async () => {
    const t = await createCaseTestApp();
    await t.moveOk(t.reviewer, t.caseId, 'in_review');
    await t.moveOk(t.reviewer, t.caseId, 'forwarded');
    const request = await requestDocuments(t, '2027-01-15');
    expect(request.deadline?.dueAt).toBe('2027-01-15');
    expect(request.resumeStatus).toBe('forwarded');
    const reviewerView = await readBody(await t.readCase(t.reviewer, t.caseId), caseDetailSchema);
    expect(reviewerView.allowedTransitions).toEqual(['forwarded', 'rejected']);
    const closed = await t.moveOk(t.reviewer, t.caseId, {
      to: 'forwarded',
      note: 'Unterlagen per Post eingegangen.',
    });
    expect(closed.status).toBe('forwarded');
    expect(closed.documentRequests[0]?.answeredByName).toBe('Katrin Hoffmann');
    const elsewhere = await t.move(t.reviewer, t.caseId, {
      to: 'in_review',
      version: closed.version,
    });
    expect(elsewhere.status).toBe(409);
  });

  it('lets the employer withdraw while a request is open, closing it', async () => {
    const t = await createCaseTestApp();
    await t.moveOk(t.reviewer, t.caseId, 'in_review');
    await requestDocuments(t);
    const withdrawn = await t.moveOk(t.hr, t.caseId, {
      to: 'withdrawn',
      reason: 'Die Stelle ist bereits besetzt.',
    });
    expect(withdrawn).toMatchObject({ status: 'withdrawn', openDocumentRequest: null });
    expect(withdrawn.documentRequests[0]?.answeredAt).toBe(t.clock.now().toISOString());
    const mail = t.db
      .select()
      .from(schema.outbox)
      .where(eq(schema.outbox.to, 'sachbearbeitung@stadt.example'))
      .all()
      .at(-1);
    expect(mail?.text).toContain('Die Stelle ist bereits besetzt.');
  });

  it('keeps the appointment date when a request made after booking is answered', async () => {
    const t = await createCaseTestApp();
    for (const target of ['in_review', 'forwarded', 'pre_approval_issued']) {
      await t.moveOk(t.reviewer, t.caseId, target);
    }
    await t.moveOk(t.hr, t.caseId, {
      to: 'visa_appointment_booked',
      appointmentDate: '2026-12-14',
    });
    const request = await requestDocuments(t);
    await t.uploadToCase(t.hr, t.caseId, 'cv_german');
    await t.uploadToCase(t.hr, t.caseId, 'other');
    const back = await readBody(
      await answer(t, t.hr, request.openDocumentRequest!.id, request.version),
      caseDetailSchema,
    );
    expect(back.status).toBe('visa_appointment_booked');
    expect(back.timeline.at(-1)?.details).toMatchObject({ appointmentDate: '2026-12-14' });
    expect(back.deadline?.dueAt).toBe('2027-01-04');
  });
});
