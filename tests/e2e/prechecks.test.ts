import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  expectNoSeriousA11yViolations,
  newPage,
  signIn,
  withScreenshotOnFailure,
} from './support/browser';
import { pdfFile, prepareDraftByApi } from './support/prechecks';
import { startBrowserSuite } from './support/suite';

const suite = startBrowserSuite();

type HireData = {
  givenNames: string;
  familyName: string;
  dateOfBirth: string;
  nationality: string;
  passportNumber: string;
  passportExpiry: string;
  residenceCountry: string;
  level: 'Hochschulabschluss' | 'Berufsausbildung';
  qualificationTitle: string;
  qualificationCountry: string;
  completedYear: string;
  trainingYears: string;
  recognition: string;
  germanLevel: string;
  experienceYears: string;
};

type JobData = {
  title: string;
  iscoCode: string;
  weeklyHours: string;
  salary: string;
  startDate: string;
  placeOfWork: string;
};

const group = (page: Page, name: string) => page.getByRole('group', { name, exact: true });

/** Fills the form at /hires/new as a person would, checks it with axe and saves it. */
async function createHireThroughForm(page: Page, hire: HireData) {
  await page.getByRole('link', { name: 'Fachkräfte', exact: true }).first().click();
  await page.getByRole('link', { name: 'Fachkraft erfassen' }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Fachkraft erfassen' }).waitFor();
  await page.waitForURL(/\/hires\/new$/);

  await page.getByLabel('Vornamen', { exact: true }).fill(hire.givenNames);
  await page.getByLabel('Nachname', { exact: true }).fill(hire.familyName);
  await page.getByLabel('Geburtsdatum', { exact: true }).fill(hire.dateOfBirth);
  await page.getByLabel('Staatsangehörigkeit', { exact: true }).selectOption(hire.nationality);
  await page.getByLabel('Passnummer', { exact: true }).fill(hire.passportNumber);
  await page.getByLabel('Pass gültig bis', { exact: true }).fill(hire.passportExpiry);
  await page.getByLabel('Aktuelles Wohnsitzland').selectOption(hire.residenceCountry);

  await group(page, 'Welchen Abschluss hat die Fachkraft?')
    .getByLabel(hire.level, { exact: true })
    .check();
  await page.getByLabel(/^Bezeichnung des Abschlusses/).fill(hire.qualificationTitle);
  await page
    .getByLabel(/^Land, in dem der Abschluss erworben wurde/)
    .selectOption(hire.qualificationCountry);
  await page.getByLabel(/^Jahr des Abschlusses/).fill(hire.completedYear);
  await page.getByLabel(/^Dauer der Ausbildung oder des Studiums/).fill(hire.trainingYears);
  await group(page, 'Ist der Abschluss in diesem Land staatlich anerkannt?')
    .getByLabel('Ja', { exact: true })
    .check();
  await group(page, 'Wie weit ist die Anerkennung in Deutschland?')
    .getByLabel(hire.recognition, { exact: true })
    .check();
  await page.getByLabel('Deutschkenntnisse', { exact: true }).selectOption(hire.germanLevel);
  await page.getByLabel('Jahre einschlägiger Berufserfahrung').fill(hire.experienceYears);

  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Fachkraft speichern' }).click();
  await page
    .getByRole('heading', { level: 1, name: `${hire.givenNames} ${hire.familyName}` })
    .waitFor();
  await page.waitForURL(/\/hires\/[^/]+$/);
}

/** Step "Stellenangebot": the job offer and the first residence title. */
async function fillJobStep(page: Page, job: JobData) {
  await page.getByRole('heading', { level: 2, name: 'Stellenangebot' }).waitFor();
  await page.getByLabel('Bezeichnung der Stelle').fill(job.title);
  await page.getByLabel('Beruf (ISCO-08)').selectOption(job.iscoCode);
  await page.getByLabel('Wöchentliche Arbeitszeit in Stunden').fill(job.weeklyHours);
  await page.getByLabel('Bruttojahresgehalt in Euro').fill(job.salary);
  await page.getByLabel('Geplanter Arbeitsbeginn').fill(job.startDate);
  await page.getByLabel('Arbeitsort').fill(job.placeOfWork);
  await group(page, 'Art des Arbeitsvertrags').getByLabel('Unbefristet').check();
  await group(page, 'Ist Ihr Unternehmen an einen Tarifvertrag gebunden?')
    .getByLabel('Ja', { exact: true })
    .check();
  await group(page, 'Passt die Stelle zum Abschluss der Fachkraft?')
    .getByLabel('Ja', { exact: true })
    .check();
  await group(
    page,
    'Erhält die Fachkraft zum ersten Mal einen Aufenthaltstitel zum Arbeiten in Deutschland?',
  )
    .getByLabel('Ja', { exact: true })
    .check();
}

/** The assessment beside the wizard shows `result` for the pathway titled `pathway`. */
async function expectPathwayResult(page: Page, pathway: string, result: string) {
  const panel = page.getByRole('complementary', { name: 'Ergebnis des Vorab-Checks' });
  const item = panel.getByRole('listitem').filter({
    has: page.getByRole('heading', { name: pathway, exact: true }),
  });
  await item.getByText(result, { exact: true }).waitFor();
}

async function next(page: Page, step: string) {
  await page.getByRole('button', { name: 'Weiter', exact: true }).click();
  await page.waitForURL(new RegExp(`/prechecks/[^/]+/${step}$`));
}

/** Uploads a PDF for every required checklist item and waits until each one is uploaded. */
async function uploadAllRequiredDocuments(page: Page) {
  const checklist = page.getByRole('region', { name: 'Checkliste' });
  await checklist.waitFor();
  const missing = checklist.getByRole('listitem').filter({ hasText: 'Fehlt noch' });
  const titles = await missing.getByRole('heading', { level: 4 }).allTextContents();
  expect(titles.length).toBeGreaterThan(0);
  for (const [index, title] of titles.entries()) {
    await page
      .getByLabel(`Datei hochladen: ${title}`, { exact: true })
      .setInputFiles(pdfFile(`unterlage-${index + 1}.pdf`));
    await checklist
      .getByRole('listitem', { name: title, exact: true })
      .getByText('Hochgeladen', { exact: true })
      .waitFor();
  }
  await checklist
    .getByText(`${titles.length} von ${titles.length} Pflichtunterlagen hochgeladen.`)
    .waitFor();
  expect(await missing.count()).toBe(0);
}

/** Review, submit, the reference and the PDF receipt. */
async function reviewAndSubmit(page: Page) {
  await page.getByRole('heading', { level: 2, name: 'Angaben prüfen und einreichen' }).waitFor();
  expect(await page.getByText('Vor dem Einreichen noch offen').count()).toBe(0);
  await expectNoSeriousA11yViolations(page);
  // The declaration is required: without it nothing is sent and the checkbox takes the focus.
  const submit = page.getByRole('button', { name: 'Verbindlich einreichen' });
  await submit.click();
  const declaration = page.getByRole('checkbox', { name: /Ich versichere/ });
  await page.getByText('Bitte bestätigen Sie die Erklärung, bevor Sie einreichen.').waitFor();
  expect(await declaration.evaluate((element) => element === document.activeElement)).toBe(true);
  expect(await page.getByText(/411\s€ je Person/).count()).toBe(1);
  await expectNoSeriousA11yViolations(page);
  await page.keyboard.press('Space');
  await submit.click();

  await page.getByRole('heading', { level: 1, name: 'Vorab-Check eingereicht' }).waitFor();
  await page.waitForURL(/\/prechecks\/[^/]+\/submitted$/);
  const main = (await page.getByRole('main').textContent()) ?? '';
  expect(main).toMatch(/ITC-\d{4}-\d{6}/);
  await expectNoSeriousA11yViolations(page);

  // The receipt opens in a new tab; the case is one link away.
  const receiptLink = page.getByRole('link', {
    name: /^Eingangsbestätigung herunterladen \(PDF\)/,
  });
  expect(await receiptLink.getAttribute('target')).toBe('_blank');
  await page.getByRole('link', { name: /^Zum Fall ITC-\d{4}-\d{6}$/ }).waitFor();
  const href = await receiptLink.getAttribute('href');
  expect(href).toBeTruthy();
  const receipt = await page.request.get(new URL(href ?? '', suite.portal.baseUrl).toString());
  expect(receipt.status()).toBe(200);
  expect(receipt.headers()['content-type']).toMatch(/^application\/pdf/);
  expect((await receipt.body()).subarray(0, 4).toString('latin1')).toBe('%PDF');
}

/**
 * The engineer qualifies for 18g, 18b and 19c2: the Blue Card is preselected and explained, the
 * checklist is its own (no proof of experience for § 19c(2)), the Indian degree needs a
 * translation, and the generated PDFs open in a new tab.
 */
async function expectBlueCardChecklist(page: Page) {
  const choice = group(page, 'Welchen Aufenthaltstitel beantragen Sie?');
  expect(await choice.getByRole('radio', { name: /^Blaue Karte EU \(§ 18g/ }).isChecked()).toBe(
    true,
  );
  await choice.getByText(/^Vorausgewählt ist Blaue Karte EU \(§ 18g AufenthG\):/).waitFor();
  expect(await choice.getByRole('radio').count()).toBe(3);
  const checklist = page.getByRole('region', { name: 'Checkliste' });
  expect(await checklist.getByRole('listitem').count()).toBe(10);
  expect(await checklist.getByRole('listitem', { name: /2 Jahre Berufserfahrung/ }).count()).toBe(
    0,
  );
  await checklist
    .getByRole('listitem', { name: /^Hochschulzeugnis/ })
    .getByText(/mit deutscher Übersetzung/)
    .waitFor();
  expect(
    await checklist
      .getByRole('listitem', { name: /^Farbkopie/ })
      .getByText(/Übersetzung/)
      .count(),
  ).toBe(0);
  await page.getByText('Begriffe kurz erklärt').click();
  await page.getByText(/^ZAB – die Zentralstelle für ausländisches Bildungswesen/).waitFor();
  for (const name of [
    /^Vollmacht für das beschleunigte/,
    /^Angaben zum Beschäftigungsverhältnis/,
  ]) {
    expect(await page.getByRole('link', { name }).getAttribute('target')).toBe('_blank');
  }
}

async function startPrecheckFromHirePage(page: Page) {
  await page.getByRole('button', { name: 'Vorab-Check starten' }).click();
  await page.waitForURL(/\/prechecks\/[^/]+\/job$/);
}

describe('[HR][PRECHECK] full wizard through upload and submit to the receipt', () => {
  it('[HR][PRECHECK] nurse with partial recognition is sent to § 16d', async () => {
    const page = await newPage(suite.browser);
    await withScreenshotOnFailure(page, async () => {
      await signIn(page, suite.portal.baseUrl, 'hr@pflege-ruhr.example');
      await createHireThroughForm(page, {
        givenNames: 'Salma',
        familyName: 'Trabelsi',
        dateOfBirth: '1996-05-12',
        nationality: 'TN',
        passportNumber: 'Z7718342',
        passportExpiry: '2033-06-30',
        residenceCountry: 'TN',
        level: 'Berufsausbildung',
        qualificationTitle: 'Diplôme d’infirmier',
        qualificationCountry: 'TN',
        completedYear: '2019',
        trainingYears: '3',
        recognition: 'Teilweise anerkannt (Defizitbescheid)',
        germanLevel: 'B1',
        experienceYears: '5',
      });
      await startPrecheckFromHirePage(page);

      await fillJobStep(page, {
        title: 'Pflegefachkraft in der Anpassungsmaßnahme',
        iscoCode: '2221',
        weeklyHours: '38,5',
        salary: '42000',
        startDate: '2027-03-01',
        placeOfWork: 'Königstraße 40, 47051 Duisburg',
      });
      await page.getByRole('list', { name: 'Was für diesen Beruf gilt' }).waitFor();
      await expectNoSeriousA11yViolations(page);
      await next(page, 'qualification');

      await page
        .getByRole('heading', { level: 2, name: 'Qualifikation und Anerkennung' })
        .waitFor();
      expect(
        await group(page, 'Wie weit ist die Anerkennung in Deutschland?')
          .getByLabel('Teilweise anerkannt (Defizitbescheid)', { exact: true })
          .isChecked(),
      ).toBe(true);
      await expectNoSeriousA11yViolations(page);
      await next(page, 'licence');

      await page.getByRole('heading', { level: 2, name: 'Berufserlaubnis' }).waitFor();
      await group(page, 'Hat die Fachkraft die deutsche Berufserlaubnis?')
        .getByLabel('Nein, noch nicht beantragt', { exact: true })
        .check();
      await expectPathwayResult(page, 'Anerkennungsmaßnahmen (§ 16d AufenthG)', 'Möglich');
      await expectNoSeriousA11yViolations(page);
      await next(page, 'documents');

      await page.getByRole('heading', { level: 2, name: 'Unterlagen' }).waitFor();
      await uploadAllRequiredDocuments(page);
      await expectPathwayResult(page, 'Anerkennungsmaßnahmen (§ 16d AufenthG)', 'Möglich');
      await expectNoSeriousA11yViolations(page);
      await next(page, 'review');

      await reviewAndSubmit(page);
    });
    await page.context().close();
  });

  it('[HR][PRECHECK] engineer with a Blue Card salary is sent to § 18g', async () => {
    const page = await newPage(suite.browser);
    await withScreenshotOnFailure(page, async () => {
      await signIn(page, suite.portal.baseUrl, 'hr@rhein-stahl.example');
      await createHireThroughForm(page, {
        givenNames: 'Arjun',
        familyName: 'Raghavan',
        dateOfBirth: '1990-09-03',
        nationality: 'IN',
        passportNumber: 'W5521907',
        passportExpiry: '2034-02-28',
        residenceCountry: 'IN',
        level: 'Hochschulabschluss',
        qualificationTitle: 'Bachelor of Engineering (Mechanical)',
        qualificationCountry: 'IN',
        completedYear: '2013',
        trainingYears: '4',
        recognition: 'Vergleichbar (Zeugnisbewertung der ZAB oder anabin)',
        germanLevel: 'A2',
        experienceYears: '8',
      });
      await startPrecheckFromHirePage(page);

      await fillJobStep(page, {
        title: 'Maschinenbauingenieur Anlagenplanung',
        iscoCode: '2144',
        weeklyHours: '40',
        salary: '62000',
        startDate: '2027-03-01',
        placeOfWork: 'Hüttenstraße 12, 47137 Duisburg',
      });
      await expectPathwayResult(page, 'Blaue Karte EU (§ 18g AufenthG)', 'Möglich');
      await expectNoSeriousA11yViolations(page);
      await next(page, 'qualification');

      await page
        .getByRole('heading', { level: 2, name: 'Qualifikation und Anerkennung' })
        .waitFor();
      await expectNoSeriousA11yViolations(page);
      // Not a regulated profession: no licence step.
      await next(page, 'documents');

      await page.getByRole('heading', { level: 2, name: 'Unterlagen' }).waitFor();
      await expectBlueCardChecklist(page);
      await uploadAllRequiredDocuments(page);
      await expectPathwayResult(page, 'Blaue Karte EU (§ 18g AufenthG)', 'Möglich');
      await expectNoSeriousA11yViolations(page);
      await next(page, 'review');

      await reviewAndSubmit(page);
    });
    await page.context().close();
  });
});

describe('[HR][PRECHECK] refusals', () => {
  it('[HR][PRECHECK] a pending employer can prepare but not submit', async () => {
    const page = await newPage(suite.browser);
    await withScreenshotOnFailure(page, async () => {
      await signIn(page, suite.portal.baseUrl, 'hr@neu-logistik.example');
      const precheck = await prepareDraftByApi(page, suite.portal.baseUrl, 'Oliveira');
      await page.goto(`${suite.portal.baseUrl}/prechecks/${precheck.id}/documents`);
      await uploadAllRequiredDocuments(page);
      await next(page, 'review');

      await page
        .getByRole('heading', { level: 2, name: 'Angaben prüfen und einreichen' })
        .waitFor();
      const main = page.getByRole('main');
      await main
        .getByRole('heading', {
          level: 3,
          name: 'Einreichen ist nach der Freigabe Ihres Unternehmens möglich',
        })
        .waitFor();
      await main
        .getByText('Einreichen können Sie, sobald Ihr Unternehmen freigegeben ist.', {
          exact: false,
        })
        .waitFor();
      await expectNoSeriousA11yViolations(page);

      await page.getByRole('checkbox', { name: /Ich versichere/ }).check();
      await page.getByRole('button', { name: 'Verbindlich einreichen' }).click();
      const refusal = page
        .getByRole('alert')
        .filter({ hasText: 'Ihr Unternehmen ist noch nicht freigegeben' });
      await refusal.waitFor();
      expect(await refusal.textContent()).toContain('Ihr Entwurf ist gespeichert');
      expect(page.url()).toMatch(/\/review$/);

      // Still a draft on the hire's page, ready to be submitted after the verification.
      await page.getByRole('link', { name: 'Zurück zu Daniel Oliveira' }).click();
      const prechecks = page.getByRole('region', { name: 'Vorab-Checks' });
      await prechecks.getByText('Entwurf', { exact: true }).waitFor();
      expect(await prechecks.getByText('Eingereicht', { exact: true }).count()).toBe(0);
    });
    await page.context().close();
  });

  it('[HR][PRECHECK] a renamed .exe is refused at upload', async () => {
    const page = await newPage(suite.browser);
    await withScreenshotOnFailure(page, async () => {
      await signIn(page, suite.portal.baseUrl, 'hr@rhein-stahl.example');
      const precheck = await prepareDraftByApi(page, suite.portal.baseUrl, 'Souza');
      await page.goto(`${suite.portal.baseUrl}/prechecks/${precheck.id}/documents`);
      const checklist = page.getByRole('region', { name: 'Checkliste' });
      const item = checklist.getByRole('listitem').filter({ hasText: 'Fehlt noch' }).first();
      const title = (await item.getByRole('heading', { level: 4 }).textContent()) ?? '';
      const input = page.getByLabel(`Datei hochladen: ${title}`, { exact: true });
      const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(510, 0x90)]);
      await input.setInputFiles({ name: 'x.pdf', mimeType: 'application/pdf', buffer: exe });

      const itemByName = checklist.getByRole('listitem', { name: title, exact: true });
      const error = itemByName
        .getByRole('alert')
        .filter({ hasText: 'Bitte laden Sie eine PDF-, JPEG- oder PNG-Datei hoch.' });
      await error.waitFor();
      expect(await input.getAttribute('aria-invalid')).toBe('true');
      expect(await itemByName.getByText('Fehlt noch', { exact: true }).count()).toBe(1);
      await expectNoSeriousA11yViolations(page);
    });
    await page.context().close();
  });
});
