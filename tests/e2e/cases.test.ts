import { type CaseStatus, type CaseTransitionTarget, caseStatusLabels } from '@itc/shared';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  expectNoSeriousA11yViolations,
  newPage,
  signIn,
  withScreenshotOnFailure,
} from './support/browser';
import { moveCase } from './support/case-moves';
import { expectEmail, outboxSubjects } from './support/outbox';
import { pdfFile, submitCaseByApi } from './support/prechecks';
import { startBrowserSuite } from './support/suite';

const suite = startBrowserSuite();

const hrEmail = 'hr@rhein-stahl.example';
const reviewerEmail = 'sachbearbeitung@stadt.example';
const label = (status: CaseStatus) => caseStatusLabels[status].de;

/** The employer's case page: its stepper marks `step` as the current one. */
async function expectEmployerStep(hr: Page, caseUrl: string, step: CaseStatus) {
  await hr.goto(caseUrl);
  const stepper = hr.getByRole('list', { name: 'Fortschritt Ihres Verfahrens' });
  await stepper.waitFor();
  await expect
    .poll(() => stepper.locator('[aria-current="step"]').textContent())
    .toContain(label(step));
}

describe('[CITY][CASES] document request, answer and the path to the residence permit', () => {
  it('[CITY][CASES] reviewer requests documents, employer uploads, reviewer moves on to permit_issued', async () => {
    const hr = await newPage(suite.browser);
    const reviewer = await newPage(suite.browser);
    await withScreenshotOnFailure(reviewer, async () => {
      await signIn(hr, suite.portal.baseUrl, hrEmail);
      const { id, reference } = await submitCaseByApi(hr, suite.portal.baseUrl, 'Carvalho');
      const caseUrl = `${suite.portal.baseUrl}/cases/${id}`;
      await expectEmployerStep(hr, caseUrl, 'submitted');

      // The reviewer finds the new case in the queue by its reference and takes it.
      await signIn(reviewer, suite.portal.baseUrl, reviewerEmail);
      await reviewer.getByRole('link', { name: 'Fälle', exact: true }).first().click();
      await reviewer.getByLabel('Suchen nach Aktenzeichen, Name oder Firma').fill(reference);
      await reviewer.getByRole('button', { name: 'Suchen', exact: true }).click();
      await reviewer.getByRole('link', { name: reference, exact: true }).click();
      await reviewer
        .getByRole('heading', { level: 1, name: `${reference} – ${label('submitted')}` })
        .waitFor();
      const assignment = reviewer.getByRole('region', { name: 'Zuständigkeit' });
      await assignment.getByRole('button', { name: 'Mir zuweisen' }).click();
      await assignment.getByText('Der Fall ist Ihnen zugewiesen.').waitFor();

      await moveCase(reviewer, reference, 'in_review');
      await expectEmail(
        suite.portal,
        hrEmail,
        `${reference}: neuer Stand „${label('in_review')}“`,
        reference,
      );
      await expectEmployerStep(hr, caseUrl, 'in_review');

      // Documents requested: the employer is told what and by when.
      let requested = '';
      await moveCase(reviewer, reference, 'documents_requested', async (dialog) => {
        const documents = dialog.getByRole('group', { name: 'Angeforderte Unterlagen' });
        requested = (await documents.locator('label').first().textContent()) ?? '';
        await documents.getByLabel(requested, { exact: true }).check();
        await dialog
          .getByLabel('Nachricht an den Arbeitgeber')
          .fill('Bitte reichen Sie die Unterlage in besserer Qualität nach.');
        await expectNoSeriousA11yViolations(reviewer);
      });
      expect(requested).not.toBe('');
      await expect
        .poll(() => outboxSubjects(suite.portal, hrEmail, reference).join('\n'))
        .toMatch(new RegExp(`${reference}: Unterlagen nachgefordert – bitte bis .+ hochladen`));

      // The employer sees the request on its case (still on the review step) and answers it.
      await expectEmployerStep(hr, caseUrl, 'in_review');
      const request = hr.getByRole('region', { name: 'Nachgeforderte Unterlagen' });
      await request
        .getByText('Bitte reichen Sie die Unterlage in besserer Qualität nach.')
        .waitFor();
      await request.getByRole('listitem').filter({ hasText: requested }).first().waitFor();
      await expectNoSeriousA11yViolations(hr);
      await request
        .getByLabel(`Datei für „${requested}“ hochladen (PDF, JPEG oder PNG, höchstens 10 MB)`)
        .setInputFiles(pdfFile('nachreichung.pdf'));
      await request.getByText('„nachreichung.pdf“ wurde hochgeladen.').waitFor();
      await request.getByRole('button', { name: 'Antwort senden' }).click();
      await hr
        .getByRole('heading', { level: 1, name: `${reference} – ${label('in_review')}` })
        .waitFor();
      await expectEmail(
        suite.portal,
        reviewerEmail,
        `${reference}: neuer Stand „${label('in_review')}“`,
        reference,
      );

      // The reviewer sees the answer: the new file and the step back on the timeline.
      await reviewer.reload();
      await reviewer
        .getByRole('heading', { level: 1, name: `${reference} – ${label('in_review')}` })
        .waitFor();
      await reviewer
        .getByRole('region', { name: 'Unterlagen' })
        .getByText('nachreichung.pdf')
        .first()
        .waitFor();
      const timeline = reviewer.getByRole('region', { name: 'Verlauf' });
      await timeline.getByText(label('documents_requested')).first().waitFor();

      // On along the main path; the employer's stepper and mailbox follow each move.
      const path: [CaseTransitionTarget, Parameters<typeof moveCase>[3]?][] = [
        ['forwarded'],
        ['recognition_pending'],
        ['ba_consent_pending'],
        ['pre_approval_issued'],
        [
          'visa_appointment_booked',
          (dialog) => dialog.getByLabel('Termin bei der Auslandsvertretung').fill('2027-01-20'),
        ],
        ['visa_issued'],
        ['entered'],
        [
          'permit_issued',
          async (dialog) => {
            await dialog
              .getByLabel('Art des Aufenthaltstitels')
              .selectOption({ label: 'Blaue Karte EU (§ 18g AufenthG)' });
            await dialog.getByLabel('Gültig bis').fill('2031-03-31');
          },
        ],
      ];
      for (const [to, fill] of path) {
        await moveCase(reviewer, reference, to, fill);
        await expectEmail(
          suite.portal,
          hrEmail,
          `${reference}: neuer Stand „${label(to)}“`,
          reference,
        );
        await expectEmployerStep(hr, caseUrl, to);
      }
      await expectNoSeriousA11yViolations(hr);
      await reviewer
        .getByRole('region', { name: 'Fall weiterführen' })
        .getByText('Derzeit können Sie den Fall nicht weiterführen.')
        .waitFor();
    });
    await hr.context().close();
    await reviewer.context().close();
  });
});

describe('[CITY][CASES] demo data', () => {
  it('[CITY][CASES] a demo case shows its submitted documents with an inline preview', async () => {
    const reviewer = await newPage(suite.browser);
    await withScreenshotOnFailure(reviewer, async () => {
      await signIn(reviewer, suite.portal.baseUrl, reviewerEmail);
      await reviewer.goto(`${suite.portal.baseUrl}/cases?q=Mehta`);
      await reviewer.getByRole('table', { name: 'Fälle' }).getByRole('link').first().click();
      const documents = reviewer.getByRole('region', { name: 'Unterlagen' });
      const passport = 'Farbkopie der Datenseite des Reisepasses.pdf';
      await documents.getByRole('link', { name: `Herunterladen: ${passport}` }).waitFor();
      await documents.getByRole('button', { name: `Vorschau anzeigen: ${passport}` }).click();
      const frame = documents.getByTitle(`Vorschau: ${passport}`);
      await frame.waitFor({ state: 'visible' });
      expect((await frame.boundingBox())?.height).toBeGreaterThan(300);
      const src = await frame.getAttribute('src');
      const file = await reviewer.request.get(new URL(src ?? '', suite.portal.baseUrl).toString());
      expect(file.status()).toBe(200);
      expect(file.headers()['content-type']).toMatch(/^application\/pdf/);
      // Shown in the page, not downloaded, and the portal may frame its own files.
      expect(file.headers()['content-disposition']).toMatch(/^inline/);
      expect(file.headers()['x-frame-options']).toBe('SAMEORIGIN');
      expect((await file.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      await expectNoSeriousA11yViolations(reviewer);
    });
    await reviewer.context().close();
  });
});

describe('[ADMIN][AUDIT] audit log', () => {
  it('[ADMIN][AUDIT] the city admin reads who moved a case, and from which stage to which', async () => {
    const hr = await newPage(suite.browser);
    const admin = await newPage(suite.browser);
    await withScreenshotOnFailure(admin, async () => {
      await signIn(hr, suite.portal.baseUrl, hrEmail);
      const { id, reference } = await submitCaseByApi(hr, suite.portal.baseUrl, 'Okafor');
      await signIn(admin, suite.portal.baseUrl, 'admin@stadt.example');
      await admin.goto(`${suite.portal.baseUrl}/cases/${id}`);
      await moveCase(admin, reference, 'in_review');

      await admin.getByRole('button', { name: 'Verwaltung' }).click();
      await admin.getByRole('link', { name: 'Protokoll', exact: true }).click();
      await admin.getByLabel(/^Aktenzeichen/).fill(reference);
      await admin.getByRole('button', { name: 'Filter anwenden' }).click();
      const table = admin.getByRole('table', { name: 'Protokolleinträge, neueste zuerst' });
      const move = table.getByRole('row').filter({ hasText: 'Stand des Falls geändert' });
      await expect
        .poll(async () =>
          (await move.getByRole('definition').allTextContents()).map((text) =>
            text.replace(/\s+/g, ' '),
          ),
        )
        .toEqual([`${label('submitted')} → zu ${label('in_review')}`]);
      await move.getByText('Stefan Wagner').waitFor();
      await move.getByRole('link', { name: reference }).waitFor();
      await move.getByText('Gespeicherte Daten').click();
      await move.getByText('"version": 2').waitFor();
      await expectNoSeriousA11yViolations(admin);
    });
    await hr.context().close();
    await admin.context().close();
  });
});
