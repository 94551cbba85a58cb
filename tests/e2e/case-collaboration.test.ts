import { type CaseStatus, caseStatusLabels } from '@itc/shared';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  expectNoSeriousA11yViolations,
  newPage,
  signIn,
  withScreenshotOnFailure,
} from './support/browser';
import { expectEmail } from './support/outbox';
import { startBrowserSuite } from './support/suite';

const suite = startBrowserSuite();

const hrEmail = 'hr@rhein-stahl.example';
const reviewerEmail = 'sachbearbeitung@stadt.example';
// The Niederrheinische IHK holds Rhein-Stahl's mandate; the Jobcenter needs a share to see a case.
const advisorEmail = 'team@jobcenter.example';

type DemoCase = { id: string; reference: string; status: CaseStatus };

/** The seeded demo case of the employer at `status` (the demo data has one per status). */
function demoCase(employerName: string, status: CaseStatus): DemoCase {
  const row = suite.portal.db.$client
    .prepare('SELECT id, reference, status FROM cases WHERE employer_name = ? AND status = ?')
    .get(employerName, status) as DemoCase | undefined;
  if (!row) throw new Error(`no demo case of ${employerName} at ${status}`);
  return row;
}

/** The email address of the city staff member the case lies with. */
function assigneeEmailOf({ id }: DemoCase): string {
  const row = suite.portal.db.$client
    .prepare('SELECT u.email FROM cases c JOIN users u ON u.id = c.assignee_user_id WHERE c.id = ?')
    .get(id) as { email: string } | undefined;
  if (!row) throw new Error(`case ${id} is assigned to nobody`);
  return row.email;
}

async function openCase(page: Page, { id, reference, status }: DemoCase) {
  await page.goto(`${suite.portal.baseUrl}/cases/${id}`);
  await page
    .getByRole('heading', { level: 1, name: `${reference} – ${caseStatusLabels[status].de}` })
    .waitFor();
}

describe('[CITY][CASES] assignment', () => {
  it('[CITY][CASES] reviewer takes a new case, then hands it to a colleague, who is emailed', async () => {
    const reviewer = await newPage(suite.browser);
    await withScreenshotOnFailure(reviewer, async () => {
      const demo = demoCase('Pflegedienst Ruhr gGmbH', 'submitted');
      await signIn(reviewer, suite.portal.baseUrl, reviewerEmail);
      await reviewer.goto(`${suite.portal.baseUrl}/cases?q=${encodeURIComponent(demo.reference)}`);
      await reviewer.getByRole('link', { name: demo.reference, exact: true }).click();
      const assignment = reviewer.getByRole('region', { name: 'Zuständigkeit' });
      await assignment.getByText('Der Fall ist noch niemandem zugewiesen.').waitFor();

      await assignment.getByRole('button', { name: 'Mir zuweisen' }).click();
      await assignment.getByText('Der Fall ist Ihnen zugewiesen.').waitFor();
      await expectNoSeriousA11yViolations(reviewer);

      await assignment.getByLabel(/Kollegin oder Kollege/).selectOption({ label: 'Stefan Wagner' });
      await assignment.getByRole('button', { name: 'Zuweisen', exact: true }).click();
      await assignment.getByText('Zuständig ist Stefan Wagner.').waitFor();
      await expectNoSeriousA11yViolations(reviewer);
      await expectEmail(
        suite.portal,
        'admin@stadt.example',
        `${demo.reference}: Ihnen zugewiesen von Katrin Hoffmann`,
        demo.reference,
      );
    });
    await reviewer.context().close();
  });
});

describe('[HR][CASES] sharing with a partner without a mandate', () => {
  it('[HR][CASES] employer shares a case with the Jobcenter, whose advisor reads and writes until the share ends', async () => {
    const hr = await newPage(suite.browser);
    const advisor = await newPage(suite.browser);
    await withScreenshotOnFailure(hr, async () => {
      // A case with an open document request, so there is an upload the advisor must not get.
      const demo = demoCase('Rhein-Stahl GmbH', 'documents_requested');
      const caseUrl = `${suite.portal.baseUrl}/cases/${demo.id}`;
      const uploads = (page: Page) => page.getByLabel(/^Datei für .* hochladen/);
      await signIn(hr, suite.portal.baseUrl, hrEmail);
      await openCase(hr, demo);
      await uploads(hr).first().waitFor();
      const shares = hr.getByRole('region', { name: 'Fall mit IHK oder Jobcenter teilen' });
      await shares
        .getByLabel(/Partnerorganisation/)
        .selectOption({ label: 'Jobcenter Duisburg (Jobcenter)' });
      await shares.getByRole('button', { name: 'Fall teilen' }).click();
      await shares.getByText('Der Fall ist jetzt mit „Jobcenter Duisburg“ geteilt.').waitFor();
      await shares
        .getByRole('table', { name: 'Geteilt mit' })
        .getByRole('rowheader', { name: 'Jobcenter Duisburg' })
        .waitFor();
      await expectNoSeriousA11yViolations(hr);

      // The advisor reads the case but can neither move it, nor upload, nor share it on.
      await signIn(advisor, suite.portal.baseUrl, advisorEmail);
      await openCase(advisor, demo);
      const moves = advisor.getByRole('region', { name: 'Fall weiterführen' });
      await moves.getByText('Derzeit können Sie den Fall nicht weiterführen.').waitFor();
      expect(await moves.getByRole('button').count()).toBe(0);
      await advisor.getByRole('region', { name: 'Nachgeforderte Unterlagen' }).waitFor();
      expect(await uploads(advisor).count()).toBe(0);
      expect(await advisor.getByRole('button', { name: 'Antwort senden' }).count()).toBe(0);
      expect(
        await advisor.getByRole('region', { name: 'Fall mit IHK oder Jobcenter teilen' }).count(),
      ).toBe(0);
      await expectNoSeriousA11yViolations(advisor);

      const message = 'Wir helfen gern bei der Anerkennung. Rufen Sie uns an.';
      const thread = advisor.getByRole('region', { name: 'Nachrichten' });
      await thread.getByLabel('Nachricht', { exact: true }).fill(message);
      await thread.getByRole('button', { name: 'Nachricht senden' }).click();
      await thread.getByText(message).waitFor();
      await expectNoSeriousA11yViolations(advisor);

      await hr.reload();
      await hr.getByRole('region', { name: 'Nachrichten' }).getByText(message).waitFor();
      await shares.getByRole('button', { name: 'Freigabe beenden' }).click();
      const dialog = hr.getByRole('dialog', {
        name: 'Freigabe für „Jobcenter Duisburg“ beenden?',
      });
      await dialog.waitFor();
      await expectNoSeriousA11yViolations(hr);
      await dialog.getByRole('button', { name: 'Freigabe beenden' }).click();
      await dialog.waitFor({ state: 'detached' });
      await shares
        .getByText('„Jobcenter Duisburg“ hat keinen Zugriff mehr auf den Fall.')
        .waitFor();
      await expectNoSeriousA11yViolations(hr);

      // The access ends at once: the page and the API no longer know the case.
      await advisor.goto(caseUrl);
      const gone = advisor.getByRole('alert').filter({ hasText: 'Nicht gefunden' });
      await gone.getByText(/weil eine Freigabe oder Vollmacht beendet wurde/).waitFor();
      expect(await gone.getByRole('button', { name: 'Erneut versuchen' }).count()).toBe(0);
      await expectNoSeriousA11yViolations(advisor);
      expect(
        (await advisor.request.get(`${suite.portal.baseUrl}/api/cases/${demo.id}`)).status(),
      ).toBe(404);
    });
    await hr.context().close();
    await advisor.context().close();
  });
});

describe('[HR][CASES] early end of employment', () => {
  it('[HR][CASES] employer reports the end after entry; the report shows its deadline and city staff are emailed', async () => {
    const hr = await newPage(suite.browser);
    await withScreenshotOnFailure(hr, async () => {
      const demo = demoCase('Rhein-Stahl GmbH', 'entered');
      await signIn(hr, suite.portal.baseUrl, hrEmail);
      await openCase(hr, demo);
      const section = hr.getByRole('region', { name: 'Vorzeitiges Ende der Beschäftigung' });
      // A fixed Monday in the past: the report is due four weeks on, Monday 21 December.
      await section.getByLabel(/Wann haben Sie vom Ende/).fill('2026-11-23');
      await section.getByLabel(/Anmerkung/).fill('Kündigung durch die Fachkraft.');
      await expectNoSeriousA11yViolations(hr);
      await section.getByRole('button', { name: 'Ende der Beschäftigung melden' }).click();

      await section.getByText('Das Ende der Beschäftigung ist gemeldet.').waitFor();
      const reported = (term: string) => section.locator(`dt:text-is("${term}") + dd`);
      expect(await reported('Davon erfahren am').textContent()).toBe('23.11.2026');
      expect(await reported('Meldung fällig bis').textContent()).toBe('21.12.2026');
      expect(
        await section.getByRole('button', { name: 'Ende der Beschäftigung melden' }).count(),
      ).toBe(0);
      const timeline = hr.getByRole('region', { name: 'Verlauf' });
      await timeline.getByText('Ende der Beschäftigung gemeldet').waitFor();
      await timeline.getByText('Kündigung durch die Fachkraft.').waitFor();
      await expectNoSeriousA11yViolations(hr);
      await expectEmail(
        suite.portal,
        assigneeEmailOf(demo),
        `${demo.reference}: Ende des Arbeitsverhältnisses gemeldet (bekannt seit 23.11.2026)`,
        demo.reference,
      );
    });
    await hr.context().close();
  });
});
