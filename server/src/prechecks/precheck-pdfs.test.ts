import { precheckSchema, submittedCaseSchema } from '@itc/shared';
import { describe, expect, it } from 'vitest';
import { insertTestHire } from '../testing/insert-test-hire';
import { extractPdfText } from '../testing/pdf-text';
import { createPrecheckTestApp } from '../testing/precheck-test-app';
import { readBody } from '../testing/read-body';
import type { TestResponse } from '../testing/test-app';

async function pdfTextOf(response: TestResponse): Promise<string> {
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/pdf');
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
  return extractPdfText(bytes);
}

describe('generated PDFs', () => {
  it('prefills the Vollmacht with worker and employer, umlauts intact', async () => {
    const { request, flow, hr, hireId } = await createPrecheckTestApp();
    const draft = await flow.start(hr, hireId);
    const text = await pdfTextOf(
      await request(`/api/prechecks/${draft.id}/power-of-attorney.pdf`, { cookie: hr }),
    );
    for (const expected of [
      'Vollmacht',
      'Power of attorney',
      'Raghavan',
      'Lakshmi',
      '14.03.1995',
      'Rhein-Stahl GmbH',
      'Hüttenstraße 12, 47137 Duisburg',
      '12345678',
      '§ 81a',
      'Unterschrift der Fachkraft',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('lays out the job data like the BA form, with German money and dates', async () => {
    const { request, flow, hr, hireId } = await createPrecheckTestApp();
    const saved = await readBody(await flow.save(hr, await flow.start(hr, hireId)), precheckSchema);
    const text = await pdfTextOf(
      await request(`/api/prechecks/${saved.id}/job-data-sheet.pdf`, { cookie: hr }),
    );
    const sections = ['1. Arbeitgeber', '2. Arbeitnehmerin', '3. Beschäftigung', '4. Berufliche'];
    const positions = sections.map((section) => text.indexOf(section));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    for (const expected of [
      'Raghavan',
      '2151 – Elektroingenieurin/Elektroingenieur',
      '01.12.2026',
      'unbefristet',
      '40 Stunden',
      'Tarifgebunden',
    ]) {
      expect(text).toContain(expected);
    }
    // Intl puts a no-break space before the euro sign.
    expect(text).toMatch(/Bruttojahresgehalt[^\n]*\n52\.000,00\s€/);
  });

  it('prints names exactly as entered; only a script the font lacks becomes "?"', async () => {
    const { request, flow, hr, employerId, db } = await createPrecheckTestApp();
    const hireId = insertTestHire(db, {
      organizationId: employerId,
      hire: { givenNames: 'Thị Hoa Şükrü Олена', familyName: 'Nguyễn-Aydın Łoś 王' },
    });
    const draft = await flow.start(hr, hireId);
    for (const form of ['power-of-attorney', 'job-data-sheet']) {
      const text = await pdfTextOf(
        await request(`/api/prechecks/${draft.id}/${form}.pdf`, { cookie: hr }),
      );
      expect(text).toContain('Thị Hoa Şükrü Олена');
      expect(text).toContain('Nguyễn-Aydın Łoś ?');
    }
  });

  it('writes a receipt for a case with reference, time, result and document hashes', async () => {
    const { request, flow, hr, hireId, loginAs } = await createPrecheckTestApp();
    const ready = await flow.prepare(hr, hireId);
    const submitted = await readBody(
      await request(`/api/prechecks/${ready.id}/submit`, {
        cookie: hr,
        body: { version: ready.version, declaration: true },
      }),
      submittedCaseSchema,
    );
    const path = `/api/cases/${submitted.id}/receipt.pdf`;
    const text = await pdfTextOf(await request(path, { cookie: hr }));
    for (const expected of [
      'Eingangsbestätigung',
      'ITC-2026-000001',
      '25.11.2026, 10:00 Uhr',
      'Rhein-Stahl GmbH',
      'Lakshmi Raghavan',
      'Blaue Karte EU (§ 18g AufenthG)',
      'möglich',
      'Farbkopie der Datenseite des Reisepasses',
      `SHA-256 ${ready.documents[0]?.sha256.slice(0, 12)}`,
      'Nächste Schritte',
    ]) {
      expect(text).toContain(expected);
    }
    const city = await loginAs('admin@stadt.example');
    expect((await request(path, { cookie: city })).status).toBe(200);
  });
});
