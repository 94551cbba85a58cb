import { schema } from '@itc/db';
import { personalDataExportSchema, precheckSchema, submittedCaseSchema } from '@itc/shared';
import { and, eq } from 'drizzle-orm';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  adminEmail,
  createCaseTestApp,
  ihkEmail,
  pflegeHrEmail,
  reviewerEmail,
} from '../testing/case-test-app';
import { insertTestHire } from '../testing/insert-test-hire';
import { extractPdfText } from '../testing/pdf-text';
import { readBody } from '../testing/read-body';
import { sampleJpeg, samplePdf } from '../testing/sample-files';

const familyMembers = [
  {
    relation: 'spouse' as const,
    givenNames: 'Văn Minh',
    familyName: 'Trần',
    dateOfBirth: '1993-07-02',
    nationality: 'VN',
    passportNumber: 'C7654321',
  },
  {
    relation: 'child' as const,
    givenNames: 'An',
    familyName: 'Trần',
    dateOfBirth: '2021-01-15',
    nationality: 'VN',
    passportNumber: null,
  },
];

/**
 * Rhein-Stahl's hire Nguyễn with two family members, a submitted case with its documents (one
 * uploaded as a photo under its own name), a move to review, a message to the employer, a reply
 * and an internal note of the city.
 */
async function hireWithCase() {
  const t = await createCaseTestApp();
  const hireId = insertTestHire(t.db, {
    organizationId: t.employerId,
    hire: { givenNames: 'Thị Lan', familyName: 'Nguyễn', nationality: 'VN', familyMembers },
  });
  const ready = await t.flow.prepare(t.hr, hireId);
  // Later than the others, so the photo comes last in the ZIP.
  t.clock.advance(60_000);
  const photo = await t.flow.upload(t.hr, ready.id, 'passport_copy', sampleJpeg, 'Pass Nguyễn.jpg');
  expect(photo.status).toBe(201);
  const current = await readBody(
    await t.request(`/api/prechecks/${ready.id}`, { cookie: t.hr }),
    precheckSchema,
  );
  const submitted = await t.request(`/api/prechecks/${ready.id}/submit`, {
    cookie: t.hr,
    body: { version: current.version, declaration: true },
  });
  expect(submitted.status).toBe(201);
  const caseId = (await readBody(submitted, submittedCaseSchema)).id;
  t.clock.advance(60_000);
  await t.moveOk(t.reviewer, caseId, 'in_review');
  for (const [cookie, body] of [
    [t.reviewer, { body: 'Wir prüfen Ihre Unterlagen.' }],
    [t.reviewer, { body: 'Intern: Gehalt mit der ZFE abstimmen.', internal: true }],
    [t.hr, { body: 'Vielen Dank!' }],
  ] as const) {
    t.clock.advance(60_000);
    expect((await t.request(`/api/cases/${caseId}/messages`, { cookie, body })).status).toBe(201);
  }
  return { ...t, hireId, exportCaseId: caseId, precheckId: ready.id as string };
}

function exportOf(t: { request: Awaited<ReturnType<typeof createCaseTestApp>>['request'] }) {
  return (hireId: string, cookie: string) =>
    t.request(`/api/hires/${hireId}/personal-data-export`, { cookie });
}

async function unzip(response: Response | { arrayBuffer(): Promise<ArrayBuffer> }) {
  return unzipSync(new Uint8Array(await response.arrayBuffer()));
}

describe('[HR][GDPR] personal data export', () => {
  it('answers a streamed ZIP with the JSON, a PDF summary and every uploaded file', async () => {
    const t = await hireWithCase();
    const response = await exportOf(t)(t.hireId, t.hr);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-length')).toBeNull();
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="personal-data-Nguyen-2026-11-25.zip"; filename*=UTF-8''personal-data-Nguy%E1%BB%85n-2026-11-25.zip`,
    );
    const files = await unzip(response);

    const data = personalDataExportSchema.parse(
      JSON.parse(strFromU8(files['personal-data.json']!)),
    );
    expect(data.hire).toMatchObject({ id: t.hireId, familyName: 'Nguyễn', givenNames: 'Thị Lan' });
    expect(data.hire.familyMembers).toEqual(familyMembers);
    expect(data.exportedBy).toEqual({
      name: expect.any(String),
      organizationName: 'Rhein-Stahl GmbH',
    });
    const [precheck] = data.prechecks;
    expect(precheck).toMatchObject({ id: t.precheckId, status: 'submitted' });
    expect(precheck!.answers.job.iscoCode).toBe('2151');
    expect(precheck!.assessment?.pathways.length).toBeGreaterThan(0);
    const [caseEntry] = data.cases;
    expect(caseEntry!.id).toBe(t.exportCaseId);
    expect(caseEntry!.submission.hire.familyName).toBe('Nguyễn');
    expect(caseEntry!.timeline.map((event) => event.toStatus)).toEqual(['submitted', 'in_review']);
    expect(caseEntry!.timeline[1]!.actor.side).toBe('city');
    expect(caseEntry!.messages.map((message) => message.body)).toEqual([
      'Wir prüfen Ihre Unterlagen.',
      'Vielen Dank!',
    ]);
    expect(strFromU8(files['personal-data.json']!)).not.toContain('Intern:');

    const pdf = files['summary.pdf']!;
    expect(strFromU8(pdf.subarray(0, 5))).toBe('%PDF-');
    const text = await extractPdfText(pdf);
    expect(text).toContain('Nguyễn');
    expect(text).toContain('Auskunft über gespeicherte Daten');

    const stored = t.db
      .select()
      .from(schema.documents)
      .where(eq(schema.documents.precheckId, t.precheckId))
      .all();
    const exported = precheck!.documents;
    expect(exported).toHaveLength(stored.length);
    expect(exported.map((document) => document.sha256).sort()).toEqual(
      stored.map((row) => row.sha256).sort(),
    );
    const zippedDocuments = Object.keys(files).filter((name) => name.startsWith('documents/'));
    expect(zippedDocuments.sort()).toEqual(exported.map((document) => document.path).sort());
    for (const document of exported) {
      const bytes = document.fileName === 'Pass Nguyễn.jpg' ? sampleJpeg : samplePdf;
      expect(files[document.path], document.path).toEqual(bytes);
    }
    expect(exported.map((document) => document.path)).toContain(
      `documents/${exported.length}-passport_copy-Pass Nguyễn.jpg`,
    );
  });

  it('writes the summary in the caller’s language', async () => {
    const t = await hireWithCase();
    t.db
      .update(schema.users)
      .set({ locale: 'en' })
      .where(eq(schema.users.email, reviewerEmail))
      .run();
    const files = await unzip(await exportOf(t)(t.hireId, t.reviewer));
    const text = await extractPdfText(files['summary.pdf']!);
    expect(text).toContain('Personal data held (Art. 15 GDPR)');
    expect(text).toContain('Being reviewed by the ITC');
  });

  it('audits who exported whose data, without the data', async () => {
    const t = await hireWithCase();
    const admin = await t.loginAs(adminEmail);
    expect((await exportOf(t)(t.hireId, t.hr)).status).toBe(200);
    expect((await exportOf(t)(t.hireId, admin)).status).toBe(200);
    const entries = t.db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.action, 'hire.personal_data_exported'))
      .all();
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      actingOrganizationId: t.employerId,
      onBehalfOfOrganizationId: null,
      targetType: 'hire',
      targetId: t.hireId,
      before: null,
      after: null,
    });
    expect(entries[1]).toMatchObject({
      actingOrganizationId: t.organizationIdOf(adminEmail),
      onBehalfOfOrganizationId: t.employerId,
      targetId: t.hireId,
    });
  });

  it('is for the employer’s own HR and city staff: 403 for its partners, 404 for others', async () => {
    const t = await hireWithCase();
    const call = exportOf(t);
    const auditCount = () =>
      t.db
        .select()
        .from(schema.auditLog)
        .where(eq(schema.auditLog.action, 'hire.personal_data_exported'))
        .all().length;
    expect((await call(t.hireId, t.reviewer)).status).toBe(200);
    expect((await call(t.hireId, await t.loginAs(ihkEmail))).status).toBe(403);
    const other = await call(t.hireId, await t.loginAs(pflegeHrEmail));
    expect(other.status).toBe(404);
    expect(other.headers.get('content-type')).toContain('application/problem+json');
    expect((await call('unknown', t.hr)).status).toBe(404);
    expect((await t.request(`/api/hires/${t.hireId}/personal-data-export`)).status).toBe(401);
    expect(auditCount()).toBe(1);
  });

  it('answers 404 for a hire erased by the retention run', async () => {
    const t = await hireWithCase();
    t.db
      .update(schema.hires)
      .set({ erasedAt: t.clock.now().toISOString() })
      .where(eq(schema.hires.id, t.hireId))
      .run();
    expect((await exportOf(t)(t.hireId, t.hr)).status).toBe(404);
  });
});

describe('[CITY][GDPR] access logging', () => {
  const entriesOf = (
    t: Awaited<ReturnType<typeof createCaseTestApp>>,
    action: (typeof schema.auditLog.$inferSelect)['action'],
  ) => t.db.select().from(schema.auditLog).where(eq(schema.auditLog.action, action)).all();

  it('records every view and download of a document', async () => {
    const t = await createCaseTestApp();
    const [document] = t.db
      .select()
      .from(schema.documents)
      .where(and(eq(schema.documents.organizationId, t.employerId)))
      .all();
    const path = `/api/documents/${document!.id}/content`;
    expect((await t.request(path, { cookie: t.hr })).status).toBe(200);
    expect((await t.request(`${path}?download=1`, { cookie: t.reviewer })).status).toBe(200);
    expect((await t.request(path, { cookie: await t.loginAs(pflegeHrEmail) })).status).toBe(404);
    const entries = entriesOf(t, 'document.viewed');
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      targetType: 'document',
      targetId: document!.id,
      onBehalfOfOrganizationId: null,
      after: { disposition: 'inline' },
    });
    expect(entries[1]).toMatchObject({
      onBehalfOfOrganizationId: t.employerId,
      after: { disposition: 'attachment' },
    });
  });

  it('records the case CSV export with its filters and row count, but no search words', async () => {
    const t = await createCaseTestApp();
    const response = await t.request(
      `/api/cases/export.csv?organizationId=${t.employerId}&q=Raghavan`,
      { cookie: t.reviewer },
    );
    expect(response.status).toBe(200);
    const [entry] = entriesOf(t, 'case.exported');
    expect(entry!.after).toEqual({
      filters: { organizationId: t.employerId, sort: 'submittedAt', order: 'desc', search: true },
      rows: Number(response.headers.get('x-total-count')),
    });
    expect(JSON.stringify(entry)).not.toContain('Raghavan');
  });

  it('records receipt and form downloads', async () => {
    const t = await createCaseTestApp();
    const caseRow = t.db.select().from(schema.cases).where(eq(schema.cases.id, t.caseId)).get()!;
    expect((await t.request(`/api/cases/${t.caseId}/receipt.pdf`, { cookie: t.hr })).status).toBe(
      200,
    );
    for (const form of ['power-of-attorney', 'job-data-sheet']) {
      const path = `/api/prechecks/${caseRow.precheckId}/${form}.pdf`;
      expect((await t.request(path, { cookie: t.reviewer })).status, form).toBe(200);
    }
    expect(entriesOf(t, 'case.receipt_downloaded')).toMatchObject([
      { targetType: 'case', targetId: t.caseId, actingOrganizationId: t.employerId },
    ]);
    expect(entriesOf(t, 'precheck.form_downloaded')).toMatchObject([
      {
        targetType: 'precheck',
        targetId: caseRow.precheckId,
        onBehalfOfOrganizationId: t.employerId,
        after: { form: 'power_of_attorney' },
      },
      { targetId: caseRow.precheckId, after: { form: 'job_data_sheet' } },
    ]);
  });
});
