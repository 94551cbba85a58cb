import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { schema } from '@itc/db';
import { documentSchema, maxDocumentBytes, precheckSchema } from '@itc/shared';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { completeAnswers } from '../testing/precheck-answers';
import { createPrecheckTestApp } from '../testing/precheck-test-app';
import { readBody, readProblem } from '../testing/read-body';
import { pdfOfSize, sampleExe, sampleJpeg, samplePdf, samplePng } from '../testing/sample-files';

/** A draft with complete answers, so its checklist exists. */
async function answeredDraft() {
  const t = await createPrecheckTestApp();
  const draft = await readBody(
    await t.flow.save(t.hr, await t.flow.start(t.hr, t.hireId)),
    precheckSchema,
  );
  return { ...t, draft };
}

function storedFiles(uploadDir: string): string[] {
  return existsSync(uploadDir) ? readdirSync(uploadDir) : [];
}

describe('document uploads', () => {
  it('stores a PDF under a random key with its size and SHA-256, audited', async () => {
    const { flow, hr, draft, db, uploadDir } = await answeredDraft();
    const response = await flow.upload(
      hr,
      draft.id,
      'passport_copy',
      samplePdf,
      'Reisepass Müller.pdf',
    );
    expect(response.status).toBe(201);
    const document = await readBody(response, documentSchema);
    expect(document).toMatchObject({
      requirementCode: 'passport_copy',
      fileName: 'Reisepass Müller.pdf',
      contentType: 'application/pdf',
      sizeBytes: samplePdf.byteLength,
      sha256: createHash('sha256').update(samplePdf).digest('hex'),
    });
    const row = db
      .select()
      .from(schema.documents)
      .where(eq(schema.documents.id, document.id))
      .get();
    expect(row?.storageKey).toMatch(/^[0-9a-f]{40}$/);
    expect(storedFiles(uploadDir)).toEqual([row?.storageKey]);
    expect(readFileSync(join(uploadDir, row!.storageKey))).toEqual(Buffer.from(samplePdf));
    const audit = db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.targetId, document.id))
      .all();
    expect(audit.map((entry) => entry.action)).toEqual(['document.uploaded']);
  });

  it('accepts JPEG and PNG by their content, whatever their name', async () => {
    const { flow, hr, draft } = await answeredDraft();
    const jpeg = await flow.upload(hr, draft.id, 'cv_german', sampleJpeg, 'lebenslauf.pdf');
    expect(jpeg.status).toBe(201);
    expect((await readBody(jpeg, documentSchema)).contentType).toBe('image/jpeg');
    const png = await flow.upload(hr, draft.id, 'translations', samplePng, 'scan');
    expect(png.status).toBe(201);
    expect((await readBody(png, documentSchema)).contentType).toBe('image/png');
  });

  it('refuses a program renamed to .pdf with a clear message on the field file', async () => {
    const { flow, hr, draft, db, uploadDir } = await answeredDraft();
    const response = await flow.upload(hr, draft.id, 'passport_copy', sampleExe, 'passport.pdf');
    expect(response.status).toBe(400);
    const problem = await readProblem(response);
    expect(problem.code).toBe('validation_failed');
    expect(problem.errors).toEqual([
      {
        path: 'file',
        message: expect.stringMatching(/PDF-, JPEG- oder PNG-Datei/),
        code: 'file_type_not_allowed',
      },
    ]);
    expect(db.select().from(schema.documents).all()).toEqual([]);
    expect(storedFiles(uploadDir)).toEqual([]);
  });

  it('refuses files over 10 MB, while streaming and in the service', async () => {
    const { flow, hr, draft, uploadDir } = await answeredDraft();
    for (const size of [11 * 1024 * 1024, maxDocumentBytes + 1]) {
      const response = await flow.upload(hr, draft.id, 'passport_copy', pdfOfSize(size));
      expect(response.status, `${size} bytes`).toBe(400);
      expect((await readProblem(response)).errors).toEqual([
        {
          path: 'file',
          message: expect.stringMatching(/größer als 10 MB/),
          code: 'file_too_large',
        },
      ]);
    }
    expect(storedFiles(uploadDir)).toEqual([]);
    const justFits = await flow.upload(hr, draft.id, 'passport_copy', pdfOfSize(maxDocumentBytes));
    expect(justFits.status).toBe(201);
  });

  it('accepts only codes of the checklist, and only once the questions are answered', async () => {
    const t = await createPrecheckTestApp();
    const draft = await t.flow.start(t.hr, t.hireId);
    const early = await t.flow.upload(t.hr, draft.id, 'passport_copy');
    expect(early.status).toBe(400);
    expect((await readProblem(early)).errors?.[0]).toMatchObject({ path: 'requirementCode' });
    await t.flow.save(t.hr, draft, completeAnswers());
    for (const code of ['licence_to_practise', 'made_up']) {
      const response = await t.flow.upload(t.hr, draft.id, code);
      expect(response.status, code).toBe(400);
      expect((await readProblem(response)).errors?.[0]?.message).toMatch(
        /nicht auf der Checkliste/,
      );
    }
    expect((await t.flow.upload(t.hr, draft.id, 'sub_authorisation')).status).toBe(201);
  });

  it('replaces the earlier upload of a code, removing its file', async () => {
    const { flow, hr, draft, db, uploadDir, request } = await answeredDraft();
    const first = await readBody(
      await flow.upload(hr, draft.id, 'cv_german', samplePdf),
      documentSchema,
    );
    const second = await readBody(
      await flow.upload(hr, draft.id, 'cv_german', samplePng, 'cv.png'),
      documentSchema,
    );
    const rows = db.select().from(schema.documents).all();
    expect(rows.map((row) => row.id)).toEqual([second.id]);
    expect(storedFiles(uploadDir)).toEqual([rows[0]?.storageKey]);
    const precheck = await readBody(
      await request(`/api/prechecks/${draft.id}`, { cookie: hr }),
      precheckSchema,
    );
    expect(precheck.documents.map((d) => d.id)).toEqual([second.id]);
    expect((await request(`/api/documents/${first.id}/content`, { cookie: hr })).status).toBe(404);
  });

  it('deletes a document of a draft with its file, audited', async () => {
    const { flow, hr, draft, db, uploadDir, request } = await answeredDraft();
    const document = await readBody(await flow.upload(hr, draft.id, 'cv_german'), documentSchema);
    const path = `/api/prechecks/${draft.id}/documents/${document.id}`;
    const response = await request(path, { method: 'DELETE', cookie: hr });
    expect(response.status).toBe(204);
    expect(db.select().from(schema.documents).all()).toEqual([]);
    expect(storedFiles(uploadDir)).toEqual([]);
    const actions = db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.targetId, document.id))
      .all()
      .map((entry) => entry.action);
    expect(actions).toEqual(['document.uploaded', 'document.deleted']);
    expect((await request(path, { method: 'DELETE', cookie: hr })).status).toBe(404);
  });

  it('removes the written file again when the database refuses the row', async () => {
    const { flow, hr, draft, db, uploadDir } = await answeredDraft();
    db.$client.exec(
      "CREATE TRIGGER refuse_documents BEFORE INSERT ON documents BEGIN SELECT RAISE(ABORT, 'disk full'); END",
    );
    const response = await flow.upload(hr, draft.id, 'cv_german');
    expect(response.status).toBe(500);
    expect(db.select().from(schema.documents).all()).toEqual([]);
    expect(storedFiles(uploadDir)).toEqual([]);
  });
});

describe('upload contract', () => {
  it('documents the upload as multipart with a binary file', async () => {
    const { request } = await createPrecheckTestApp();
    const file = { type: 'string', format: 'binary' };
    const upload = { content: { 'multipart/form-data': { schema: { properties: { file } } } } };
    expect(await (await request('/api/openapi.json')).json()).toMatchObject({
      paths: { '/api/prechecks/{id}/documents': { post: { requestBody: upload } } },
    });
  });
});

describe('document content', () => {
  it('streams the file inline, or as a download, to the owner and city staff only', async () => {
    const { flow, hr, draft, request, loginAs } = await answeredDraft();
    const document = await readBody(
      await flow.upload(hr, draft.id, 'passport_copy', samplePdf, 'Pass Öztürk.pdf'),
      documentSchema,
    );
    const path = `/api/documents/${document.id}/content`;
    const inline = await request(path, { cookie: hr });
    expect(inline.status).toBe(200);
    expect(inline.headers.get('content-type')).toBe('application/pdf');
    expect(inline.headers.get('content-disposition')).toBe(
      `inline; filename="Pass Ozturk.pdf"; filename*=UTF-8''Pass%20%C3%96zt%C3%BCrk.pdf`,
    );
    expect(new Uint8Array(await inline.arrayBuffer())).toEqual(samplePdf);
    const download = await request(`${path}?download=1`, { cookie: hr });
    expect(download.headers.get('content-disposition')).toMatch(/^attachment;/);

    const city = await loginAs('sachbearbeitung@stadt.example');
    expect((await request(path, { cookie: city })).status).toBe(200);
    for (const email of ['hr@pflege-ruhr.example', 'team@jobcenter.example']) {
      const response = await request(path, { cookie: await loginAs(email) });
      expect(response.status, email).toBe(404);
    }
    expect((await request(path)).status).toBe(401);
  });
});
