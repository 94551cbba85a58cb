import {
  countryName,
  findOccupation,
  type HireInput,
  type Organization,
  type PrecheckAnswers,
} from '@itc/shared';
import { formatGermanDate, formatGermanDateTime, formatGermanEuros } from '../pdf/german-format';
import { qualificationLevelDe, recognitionDe, yesNoDe } from '../pdf/german-labels';
import { writeEmployerFields, writeWorkerFields } from '../pdf/party-fields';
import { createPdfWriter, type PdfWriter } from '../pdf/pdf-writer';

/** An unanswered question stays empty on the sheet (shown as a dash). */
function shown<T>(value: T | null, format: (value: T) => string): string | null {
  return value === null ? null : format(value);
}

function writeJobFields(pdf: PdfWriter, { job }: PrecheckAnswers): void {
  const { annualGrossSalaryEur: salary, weeklyHours } = job;
  pdf.field('Berufsbezeichnung / Job title', job.title);
  pdf.field(
    'Beruf nach ISCO-08 / Occupation (ISCO-08)',
    shown(job.iscoCode, (code) =>
      [code, findOccupation(code)?.titleDe].filter(Boolean).join(' – '),
    ),
  );
  pdf.field('Arbeitsort / Place of work', job.placeOfWork);
  pdf.field('Beginn / Start date', shown(job.startDate, formatGermanDate));
  pdf.field(
    'Befristung / Duration',
    shown(job.permanent, (permanent) => (permanent ? 'unbefristet' : 'befristet')),
  );
  pdf.field(
    'Wöchentliche Arbeitszeit / Weekly hours',
    shown(weeklyHours, (hours) => `${hours.toLocaleString('de-DE')} Stunden`),
  );
  pdf.field('Bruttojahresgehalt / Gross annual salary', shown(salary, formatGermanEuros));
  pdf.field(
    'Bruttomonatsgehalt (÷ 12) / Gross monthly salary',
    shown(salary, (annual) => formatGermanEuros(annual / 12)),
  );
  pdf.field(
    'Stundenlohn (rechnerisch) / Hourly wage (calculated)',
    salary && weeklyHours ? formatGermanEuros(salary / (weeklyHours * 52)) : null,
  );
  pdf.field('Tarifgebunden / Collective agreement', yesNoDe(job.collectiveAgreement));
  pdf.field('Reglementierter Beruf / Regulated profession', yesNoDe(job.regulated));
}

function writeQualificationFields(pdf: PdfWriter, hire: HireInput): void {
  const { qualification } = hire;
  pdf.field('Art / Type', qualificationLevelDe[qualification.level]);
  if (qualification.level !== 'none') {
    pdf.field('Bezeichnung / Title', qualification.title);
    pdf.field(
      'Erworben in / Obtained in',
      shown(qualification.country, (code) => countryName(code, 'de')),
    );
    pdf.field('Abschlussjahr / Year', shown(qualification.completedYear, String));
    pdf.field('Anerkennung in Deutschland / Recognition', recognitionDe[qualification.recognition]);
  }
  pdf.field(
    'Berufserfahrung / Experience',
    `${hire.experienceYears.toLocaleString('de-DE')} Jahre`,
  );
  pdf.field('Deutschkenntnisse / German', hire.germanLevel === 'none' ? 'keine' : hire.germanLevel);
}

/**
 * The job data in the order of the sections of the BA form "Erklärung zum
 * Beschäftigungsverhältnis", so copying them into the official form takes minutes.
 */
export async function renderJobDataSheet(options: {
  hire: HireInput;
  answers: PrecheckAnswers;
  employer: Organization;
  now: Date;
}): Promise<Uint8Array> {
  const { hire, answers, employer, now } = options;
  const pdf = await createPdfWriter({
    title: `Angaben zum Beschäftigungsverhältnis – ${hire.givenNames} ${hire.familyName}`,
    footer: `Hilfsblatt zur „Erklärung zum Beschäftigungsverhältnis“ · erstellt am ${formatGermanDateTime(now)} im ITC-Partnerportal Duisburg`,
    now,
  });
  pdf.title(
    'Angaben zum Beschäftigungsverhältnis',
    'Job data for the Federal Employment Agency form “Erklärung zum Beschäftigungsverhältnis”',
  );
  pdf.note(
    'Hilfsblatt aus dem Vorab-Check: Die Abschnitte folgen dem amtlichen Formular der Bundesagentur für Arbeit. Bitte übertragen Sie die Angaben dorthin; dieses Blatt ersetzt das unterschriebene Formular nicht. / A worksheet from the pre-check in the order of the official form; it does not replace the signed form.',
  );
  pdf.heading('1. Arbeitgeber', 'Employer');
  writeEmployerFields(pdf, employer);
  pdf.heading('2. Arbeitnehmerin / Arbeitnehmer', 'Worker');
  writeWorkerFields(pdf, hire);
  pdf.heading('3. Beschäftigung', 'The job');
  writeJobFields(pdf, answers);
  pdf.heading('4. Berufliche Qualifikation', 'Professional qualification');
  writeQualificationFields(pdf, hire);
  return pdf.save();
}
