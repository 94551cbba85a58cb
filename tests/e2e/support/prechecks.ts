import { emptyPrecheckAnswers, occupationFlags, type Precheck } from '@itc/shared';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** A tiny but real PDF: the server judges files by their first bytes. */
export function pdfFile(name: string) {
  return {
    name,
    mimeType: 'application/pdf',
    buffer: Buffer.from(
      '%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n' +
        '2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\n' +
        'trailer <</Root 1 0 R>>\n%%EOF\n',
    ),
  };
}

/**
 * A hire and a pre-check with complete answers (an engineer, Blue Card), prepared over the API as
 * the user signed in on `page`.
 */
export async function prepareDraftByApi(
  page: Page,
  baseUrl: string,
  familyName: string,
): Promise<Precheck> {
  const api = (path: string) => `${baseUrl}/api${path}`;
  const hireResponse = await page.request.post(api('/hires'), {
    data: {
      givenNames: 'Daniel',
      familyName,
      dateOfBirth: '1992-11-20',
      nationality: 'BR',
      passportNumber: 'FX482211',
      passportExpiry: '2034-05-31',
      residenceCountry: 'BR',
      email: null,
      qualification: {
        level: 'university',
        title: 'Bacharelado em Engenharia Mecânica',
        country: 'BR',
        completedYear: 2016,
        trainingYears: 5,
        stateRecognisedAbroad: true,
        recognition: 'comparable',
      },
      germanLevel: 'A2',
      experienceYears: 6,
      familyMembers: [],
    },
  });
  expect(hireResponse.status(), await hireResponse.text()).toBe(201);
  const hire = (await hireResponse.json()) as { id: string };
  const created = await page.request.post(api('/prechecks'), { data: { hireId: hire.id } });
  expect(created.status(), await created.text()).toBe(201);
  const precheck = (await created.json()) as Precheck;
  const saved = await page.request.put(api(`/prechecks/${precheck.id}`), {
    data: {
      step: 'documents',
      version: precheck.version,
      answers: {
        ...emptyPrecheckAnswers,
        job: {
          ...emptyPrecheckAnswers.job,
          ...occupationFlags('2144'),
          title: 'Konstrukteur Fördertechnik',
          iscoCode: '2144',
          weeklyHours: 40,
          annualGrossSalaryEur: 61_000,
          startDate: '2027-04-01',
          placeOfWork: 'Duisburg-Ruhrort',
          permanent: true,
          collectiveAgreement: false,
          matchesQualification: true,
        },
        firstResidenceTitleForWork: true,
        residenceTitle: '18g',
      },
    },
  });
  expect(saved.status(), await saved.text()).toBe(200);
  return (await saved.json()) as Precheck;
}

/** A prepared draft with every required document uploaded, submitted: the new case. */
export async function submitCaseByApi(
  page: Page,
  baseUrl: string,
  familyName: string,
): Promise<{ id: string; reference: string }> {
  const draft = await prepareDraftByApi(page, baseUrl, familyName);
  for (const [index, document] of (draft.assessment?.requiredDocuments ?? []).entries()) {
    const upload = await page.request.post(`${baseUrl}/api/prechecks/${draft.id}/documents`, {
      multipart: {
        requirementCode: document.code,
        file: pdfFile(`unterlage-${index + 1}.pdf`),
      },
    });
    expect(upload.status(), await upload.text()).toBe(201);
  }
  const current = await page.request.get(`${baseUrl}/api/prechecks/${draft.id}`);
  const { version } = (await current.json()) as Precheck;
  const submitted = await page.request.post(`${baseUrl}/api/prechecks/${draft.id}/submit`, {
    data: { version, declaration: true },
  });
  expect(submitted.status(), await submitted.text()).toBe(201);
  return (await submitted.json()) as { id: string; reference: string };
}
