import { type PrecheckAnswers, precheckSchema, recommendResidenceTitle } from '@itc/shared';
import { completeAnswers } from './precheck-answers';
import { readBody } from './read-body';
import { samplePdf } from './sample-files';
import type { TestApp, TestResponse } from './test-app';

/** HTTP steps of the pre-check wizard, as the web calls them. */
export function precheckFlow({ app, request }: TestApp) {
  async function start(cookie: string, hireId: string) {
    const response = await request('/api/prechecks', { cookie, body: { hireId } });
    if (response.status !== 201) throw new Error(`start failed: ${response.status}`);
    return readBody(response, precheckSchema);
  }

  function save(
    cookie: string,
    precheck: { id: string; version: number },
    answers: PrecheckAnswers = completeAnswers(),
    step = 'documents',
  ) {
    return request(`/api/prechecks/${precheck.id}`, {
      method: 'PUT',
      cookie,
      body: { step, answers, version: precheck.version },
    });
  }

  async function upload(
    cookie: string,
    precheckId: string,
    requirementCode: string,
    bytes: Uint8Array = samplePdf,
    fileName = 'scan.pdf',
  ): Promise<TestResponse> {
    const form = new FormData();
    form.set('requirementCode', requirementCode);
    form.set('file', new File([new Uint8Array(bytes)], fileName, { type: 'application/pdf' }));
    const response = await app.request(`http://localhost/api/prechecks/${precheckId}/documents`, {
      method: 'POST',
      body: form,
      headers: { cookie },
    });
    return response as unknown as TestResponse;
  }

  /**
   * Started, answered, the recommended residence title chosen (unless the answers name one) and
   * every required document uploaded: ready to submit.
   */
  async function prepare(cookie: string, hireId: string, answers = completeAnswers()) {
    let saved = await readBody(
      await save(cookie, await start(cookie, hireId), answers),
      precheckSchema,
    );
    const recommended = saved.assessment && recommendResidenceTitle(saved.assessment);
    if (answers.residenceTitle === undefined && recommended) {
      const withTitle = { ...answers, residenceTitle: recommended.code };
      saved = await readBody(await save(cookie, saved, withTitle), precheckSchema);
    }
    if (!saved.assessment) throw new Error('the saved answers got no assessment');
    for (const document of saved.assessment.requiredDocuments) {
      if (!document.required) continue;
      const response = await upload(cookie, saved.id, document.code);
      if (response.status !== 201) throw new Error(`upload failed: ${response.status}`);
    }
    return readBody(await request(`/api/prechecks/${saved.id}`, { cookie }), precheckSchema);
  }

  return { start, save, upload, prepare };
}
