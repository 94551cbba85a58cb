import {
  acceleratedProcedureFeeEurPerPerson,
  type PrecheckDocument,
  pathwayLabels,
  requiredDocuments,
} from '@itc/shared';
import { formatGermanDate, formatGermanDateTime, formatGermanEuros } from '../../pdf/german-format';
import { pathwayResultDe } from '../../pdf/german-labels';
import { createPdfWriter, type PdfWriter } from '../../pdf/pdf-writer';
import type { CaseRow } from '../case.mapper';

/** Enough of the hash to compare with the file at hand; the full value is in the portal. */
const shortHashLength = 12;

const checklistOrder = requiredDocuments.map((document) => document.code);

function documentLabel(code: string): string {
  return requiredDocuments.find((document) => document.code === code)?.labelDe ?? code;
}

/** In the order of the checklist, as the reviewer works through it. */
function inChecklistOrder(documents: PrecheckDocument[]): PrecheckDocument[] {
  const rank = (document: PrecheckDocument) => checklistOrder.indexOf(document.requirementCode);
  return documents.toSorted((a, b) => rank(a) - rank(b));
}

function writeNextSteps(pdf: PdfWriter, caseRow: CaseRow): void {
  const persons = 1 + caseRow.submission.hire.familyMembers.length;
  const fee = `${formatGermanEuros(acceleratedProcedureFeeEurPerPerson)} je Person${
    persons > 1
      ? `, bei ${persons} Personen ${formatGermanEuros(acceleratedProcedureFeeEurPerPerson * persons)}`
      : ''
  }`;
  pdf.paragraph(
    '1. Das International Talent Center prüft Ihre Unterlagen auf Vollständigkeit. Fehlt etwas, fordern wir es über das Partnerportal bei Ihnen an.',
  );
  pdf.paragraph(
    `2. Ist die Akte vollständig, leiten wir sie an die Zentralstelle Fachkräfteeinwanderung NRW (ZFE) weiter. Die ZFE schließt mit Ihnen die Vereinbarung über das beschleunigte Fachkräfteverfahren und erhebt die Gebühr (${fee}).`,
  );
  pdf.paragraph(
    `3. Den Stand des Verfahrens sehen Sie jederzeit im Partnerportal unter dem Aktenzeichen ${caseRow.reference}.`,
  );
  pdf.note(
    'The ITC checks your documents for completeness and asks for anything missing through the portal. It then forwards the file to the ZFE NRW, which concludes the agreement on the accelerated procedure with you and collects the fee. You can follow the case in the portal under its reference.',
  );
}

/** Acknowledges a submission: what was received, when, and what happens next. */
export async function renderReceipt(options: {
  caseRow: CaseRow;
  documents: PrecheckDocument[];
}): Promise<Uint8Array> {
  const { caseRow, documents } = options;
  const { hire, organizationName, submittedByName } = caseRow.submission;
  const submittedAt = new Date(caseRow.submittedAt);
  const pdf = await createPdfWriter({
    title: `Eingangsbestätigung ${caseRow.reference}`,
    footer: `Eingangsbestätigung ${caseRow.reference} · International Talent Center Duisburg`,
    now: submittedAt,
  });
  pdf.title('Eingangsbestätigung', 'Acknowledgement of receipt');
  pdf.field('Aktenzeichen / Reference', caseRow.reference);
  pdf.field('Eingegangen am / Received on', formatGermanDateTime(submittedAt));
  pdf.field('Eingereicht von / Submitted by', submittedByName);
  pdf.field('Arbeitgeber / Employer', organizationName);
  pdf.field('Fachkraft / Skilled worker', `${hire.givenNames} ${hire.familyName}`);
  pdf.field('Geburtsdatum / Date of birth', formatGermanDate(hire.dateOfBirth));

  pdf.heading('Ergebnis des Vorab-Checks', 'Result of the pre-check');
  for (const pathway of caseRow.assessment.pathways) {
    pdf.field(pathwayLabels[pathway.code].de, pathwayResultDe[pathway.result]);
  }
  pdf.note(
    `Regelwerk ${caseRow.assessment.rulesVersion}, Gehaltsgrenzen ${caseRow.assessment.thresholdYear}. Der Vorab-Check ersetzt nicht die Entscheidung der Behörden. / The pre-check does not replace the authorities' decision.`,
  );

  pdf.heading('Eingegangene Unterlagen', 'Documents received');
  for (const document of inChecklistOrder(documents)) {
    pdf.field(
      documentLabel(document.requirementCode),
      `${document.fileName}\nSHA-256 ${document.sha256.slice(0, shortHashLength)}…`,
    );
  }

  pdf.heading('Nächste Schritte', 'Next steps');
  writeNextSteps(pdf, caseRow);
  return pdf.save();
}
