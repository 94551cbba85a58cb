import { caseDetailSchema, caseDocumentSchema } from '@itc/shared';
import { describe, expect, it } from 'vitest';
import { minutes } from '../../lib/clock';
import { type CaseTestApp, createCaseTestApp, pflegeHrEmail } from '../../testing/case-test-app';
import { readBody } from '../../testing/read-body';

async function documentsOf(t: CaseTestApp, cookie: string) {
  const response = await t.readCase(cookie, t.caseId);
  expect(response.status).toBe(200);
  return (await readBody(response, caseDetailSchema)).documents;
}

/** Reviewer asks again for the checklist item `code`; the employer uploads it and answers. */
async function requestAgain(t: CaseTestApp, code: string) {
  t.clock.advance(minutes(5));
  const moved = await t.moveOk(t.reviewer, t.caseId, {
    to: 'documents_requested',
    documents: [{ code, label: 'Reisepass (gültig)' }],
    message: 'Der Reisepass ist abgelaufen.',
  });
  const requestId = moved.openDocumentRequest!.id;
  const upload = await t.uploadToCase(t.hr, t.caseId, code);
  expect(upload.status).toBe(201);
  const uploaded = await readBody(upload, caseDocumentSchema);
  const answer = await t.request(`/api/cases/${t.caseId}/document-requests/${requestId}/answer`, {
    cookie: t.hr,
    body: { version: moved.version },
  });
  expect(answer.status).toBe(200);
  return { requestId, uploaded };
}

describe('[CITY][CASES] documents under their checklist item, re-uploads and what they replace', () => {
  it('names the request a re-upload answers and marks the file it replaces, for staff and employer', async () => {
    const t = await createCaseTestApp();
    await t.moveOk(t.reviewer, t.caseId, 'in_review');
    const submitted = await documentsOf(t, t.reviewer);
    // Each submitted file names its checklist item and replaces nothing yet.
    expect(submitted.length).toBeGreaterThan(0);
    for (const document of submitted) {
      expect(document.requirementCode).not.toBe('');
      expect(document).toMatchObject({ documentRequestId: null, supersededById: null });
    }
    const code = submitted[0]?.requirementCode ?? '';
    const original = submitted.filter((document) => document.requirementCode === code);

    const first = await requestAgain(t, code);
    const afterFirst = await documentsOf(t, t.reviewer);
    for (const document of original) {
      expect(afterFirst.find((d) => d.id === document.id)?.supersededById).toBe(first.uploaded.id);
    }
    expect(afterFirst.find((d) => d.id === first.uploaded.id)).toMatchObject({
      requirementCode: code,
      documentRequestId: first.requestId,
      supersededById: null,
    });
    // Other checklist items keep their file.
    expect(
      afterFirst.filter((d) => d.requirementCode !== code).every((d) => d.supersededById === null),
    ).toBe(true);

    // A second round replaces the first re-upload; the employer reads the same.
    const second = await requestAgain(t, code);
    const employerView = await documentsOf(t, t.hr);
    expect(employerView.find((d) => d.id === first.uploaded.id)?.supersededById).toBe(
      second.uploaded.id,
    );
    expect(employerView.find((d) => d.id === second.uploaded.id)).toMatchObject({
      documentRequestId: second.requestId,
      supersededById: null,
    });

    // Another employer learns nothing of the case or its files.
    const other = await t.loginAs(pflegeHrEmail);
    expect((await t.readCase(other, t.caseId)).status).toBe(404);
    const content = await t.request(`/api/documents/${first.uploaded.id}/content`, {
      cookie: other,
    });
    expect(content.status).toBe(404);
  });
});
