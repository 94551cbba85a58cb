import type { HireInput, Organization } from '@itc/shared';
import { formatGermanDateTime } from '../pdf/german-format';
import { writeEmployerFields, writeWorkerFields } from '../pdf/party-fields';
import { createPdfWriter } from '../pdf/pdf-writer';

/**
 * The worker's power of attorney for the employer (§ 81a AufenthG), prefilled to be signed by
 * hand. German is the binding text; the English lines help the worker understand it.
 */
export async function renderPowerOfAttorney(options: {
  hire: HireInput;
  employer: Organization;
  now: Date;
}): Promise<Uint8Array> {
  const { hire, employer, now } = options;
  const pdf = await createPdfWriter({
    title: `Vollmacht § 81a AufenthG – ${hire.givenNames} ${hire.familyName}`,
    footer: `Vollmacht § 81a AufenthG · vorausgefüllt am ${formatGermanDateTime(now)} im ITC-Partnerportal Duisburg`,
    now,
  });
  pdf.title('Vollmacht', 'Power of attorney');
  pdf.paragraph(
    'für das beschleunigte Fachkräfteverfahren nach § 81a des Aufenthaltsgesetzes (AufenthG)',
  );
  pdf.note(
    'for the accelerated skilled-worker procedure under Section 81a of the German Residence Act (AufenthG)',
  );

  pdf.heading('Vollmachtgeberin / Vollmachtgeber (Fachkraft)', 'Principal (skilled worker)');
  writeWorkerFields(pdf, hire);
  pdf.heading('Bevollmächtigter (Arbeitgeber)', 'Authorised representative (employer)');
  writeEmployerFields(pdf, employer);

  pdf.heading('Umfang der Vollmacht', 'Scope of the power of attorney');
  pdf.paragraph(
    'Ich bevollmächtige den oben genannten Arbeitgeber, in meinem Namen das beschleunigte Fachkräfteverfahren nach § 81a AufenthG bei der zuständigen Ausländerbehörde – in Nordrhein-Westfalen der Zentralstelle Fachkräfteeinwanderung (ZFE NRW) – zu beantragen und durchzuführen.',
  );
  pdf.note(
    'I authorise the employer named above to apply for and conduct the accelerated skilled-worker procedure under Section 81a AufenthG on my behalf with the competent foreigners’ authority – in North Rhine-Westphalia the Central Office for Skilled Immigration (ZFE NRW).',
  );
  pdf.paragraph(
    'Die Vollmacht umfasst insbesondere den Abschluss der Vereinbarung nach § 81a Abs. 2 AufenthG, die Einleitung und Betreibung des Verfahrens zur Anerkennung meiner ausländischen Berufsqualifikation, die Abgabe und Entgegennahme von Erklärungen, Mitteilungen und Bescheiden sowie die Einreichung von Unterlagen.',
  );
  pdf.note(
    'It covers in particular concluding the agreement under Section 81a(2) AufenthG, initiating and pursuing the recognition of my foreign professional qualification, making and receiving declarations, notices and decisions, and submitting documents.',
  );
  pdf.paragraph(
    'Der Arbeitgeber darf Untervollmacht erteilen, etwa an die Niederrheinische IHK oder das Jobcenter Duisburg. Ich kann die Vollmacht jederzeit schriftlich widerrufen.',
  );
  pdf.note(
    'The employer may grant sub-authorisation, for example to the Niederrheinische IHK or Jobcenter Duisburg. I can revoke this power of attorney in writing at any time.',
  );

  pdf.signatureLines([
    'Ort, Datum / Place, date',
    'Unterschrift der Fachkraft / Signature of the skilled worker',
  ]);
  pdf.note(
    'Bitte eigenhändig unterschreiben und dem Arbeitgeber als Scan oder im Original zurückgeben. / Please sign by hand and return it to the employer as a scan or in the original.',
  );
  return pdf.save();
}
