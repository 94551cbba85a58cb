import {
  caseStatusLabels,
  countryName,
  type ExportedCase,
  type FamilyMember,
  type Locale,
  type PersonalDataExport,
  pathwayLabels,
  requiredDocuments,
} from '@itc/shared';
import { formatGermanDate } from '../pdf/german-format';
import { createPdfWriter, type PdfWriter } from '../pdf/pdf-writer';

const texts = {
  de: {
    title: 'Auskunft über gespeicherte Daten (Art. 15 DSGVO)',
    intro:
      'Diese Zusammenfassung nennt die Daten, die das ITC-Partnerportal des International Talent Center Duisburg über die folgende Person und ihre Familienangehörigen speichert. Vollständig und maschinenlesbar (Art. 20 DSGVO) stehen sie in der Datei personal-data.json; die hochgeladenen Dateien liegen im Ordner documents.',
    exportedAt: 'Erstellt am',
    exportedBy: 'Erstellt von',
    person: 'Person',
    familyName: 'Familienname',
    givenNames: 'Vornamen',
    dateOfBirth: 'Geburtsdatum',
    nationality: 'Staatsangehörigkeit',
    passportNumber: 'Reisepassnummer',
    passportExpiry: 'Pass gültig bis',
    residenceCountry: 'Wohnsitzstaat',
    email: 'E-Mail',
    qualification: 'Qualifikation',
    germanLevel: 'Deutschkenntnisse',
    experienceYears: 'Berufserfahrung (Jahre)',
    employer: 'Arbeitgeber',
    familyMembers: 'Familienangehörige',
    noFamilyMembers: 'Keine Familienangehörigen erfasst.',
    relation: { spouse: 'Ehegatte/Partner', child: 'Kind' },
    prechecks: 'Vorab-Checks',
    noPrechecks: 'Kein Vorab-Check begonnen.',
    precheck: 'Vorab-Check vom',
    precheckStatus: { draft: 'Entwurf', submitted: 'eingereicht' },
    pathwayResult: {
      eligible: 'möglich',
      conditional: 'möglich unter Bedingungen',
      not_eligible: 'nicht möglich',
    },
    cases: 'Verfahren',
    noCases: 'Kein Verfahren eingereicht.',
    status: 'Stand',
    submittedAt: 'Eingereicht am',
    closedAt: 'Abgeschlossen am',
    timeline: 'Verlauf',
    by: 'durch',
    messages: 'Nachrichten',
    documentRequests: 'Nachforderungen',
    dueAt: 'Frist',
  },
  en: {
    title: 'Personal data held (Art. 15 GDPR)',
    intro:
      'This summary lists the data the ITC partner portal of the International Talent Center Duisburg holds on the following person and their family members. All of it, machine-readable (Art. 20 GDPR), is in the file personal-data.json; the uploaded files are in the folder documents.',
    exportedAt: 'Created on',
    exportedBy: 'Created by',
    person: 'Person',
    familyName: 'Surname',
    givenNames: 'Given names',
    dateOfBirth: 'Date of birth',
    nationality: 'Nationality',
    passportNumber: 'Passport number',
    passportExpiry: 'Passport valid until',
    residenceCountry: 'Country of residence',
    email: 'Email',
    qualification: 'Qualification',
    germanLevel: 'German',
    experienceYears: 'Work experience (years)',
    employer: 'Employer',
    familyMembers: 'Family members',
    noFamilyMembers: 'No family members entered.',
    relation: { spouse: 'Spouse/partner', child: 'Child' },
    prechecks: 'Pre-checks',
    noPrechecks: 'No pre-check started.',
    precheck: 'Pre-check of',
    precheckStatus: { draft: 'draft', submitted: 'submitted' },
    pathwayResult: {
      eligible: 'possible',
      conditional: 'possible under conditions',
      not_eligible: 'not possible',
    },
    cases: 'Cases',
    noCases: 'No case submitted.',
    status: 'Status',
    submittedAt: 'Submitted on',
    closedAt: 'Closed on',
    timeline: 'History',
    by: 'by',
    messages: 'Messages',
    documentRequests: 'Document requests',
    dueAt: 'Due',
  },
} as const;

type Texts = (typeof texts)[Locale];

/** Dates and times as the reader's language writes them, in German local time. */
function formatters(locale: Locale) {
  const tag = locale === 'de' ? 'de-DE' : 'en-GB';
  const dateTime = new Intl.DateTimeFormat(tag, {
    timeZone: 'Europe/Berlin',
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return {
    date: (isoDate: string) => (locale === 'de' ? formatGermanDate(isoDate) : isoDate),
    dateTime: (instant: string) => dateTime.format(new Date(instant)),
  };
}

function documentLabel(code: string, locale: Locale): string {
  const document = requiredDocuments.find((each) => each.code === code);
  if (!document) return code;
  return locale === 'de' ? document.labelDe : document.labelEn;
}

function writeFamilyMember(
  pdf: PdfWriter,
  member: FamilyMember,
  t: Texts,
  locale: Locale,
  format: ReturnType<typeof formatters>,
): void {
  pdf.field(
    t.relation[member.relation],
    [
      `${member.givenNames} ${member.familyName}`,
      `${t.dateOfBirth}: ${format.date(member.dateOfBirth)}`,
      `${t.nationality}: ${countryName(member.nationality, locale)}`,
      member.passportNumber ? `${t.passportNumber}: ${member.passportNumber}` : null,
    ]
      .filter(Boolean)
      .join('\n'),
  );
}

function writeCase(
  pdf: PdfWriter,
  caseEntry: ExportedCase,
  t: Texts,
  locale: Locale,
  format: ReturnType<typeof formatters>,
): void {
  pdf.heading(caseEntry.reference);
  pdf.field(t.status, caseStatusLabels[caseEntry.status][locale]);
  pdf.field(t.submittedAt, format.dateTime(caseEntry.submittedAt));
  if (caseEntry.closedAt) pdf.field(t.closedAt, format.dateTime(caseEntry.closedAt));
  pdf.field(
    t.timeline,
    caseEntry.timeline
      .map(
        (event) =>
          `${format.dateTime(event.createdAt)}: ${caseStatusLabels[event.toStatus][locale]} (${t.by} ${event.actor.name}, ${event.actor.organizationName})`,
      )
      .join('\n'),
  );
  for (const request of caseEntry.documentRequests) {
    pdf.field(
      `${t.documentRequests} ${format.dateTime(request.requestedAt)}`,
      `${request.message}\n${t.dueAt}: ${format.date(request.dueAt)}`,
    );
  }
  for (const message of caseEntry.messages) {
    pdf.field(
      `${t.messages}: ${format.dateTime(message.createdAt)}, ${message.author.name}`,
      message.body,
    );
  }
}

/** A readable summary of the export in the caller's language; the JSON holds every detail. */
export async function renderPersonalDataSummary(
  data: PersonalDataExport,
  locale: Locale,
): Promise<Uint8Array> {
  const t = texts[locale];
  const format = formatters(locale);
  const { hire } = data;
  const pdf = await createPdfWriter({
    title: `${t.title}: ${hire.givenNames} ${hire.familyName}`,
    footer: `${t.title} · International Talent Center Duisburg`,
    now: new Date(data.exportedAt),
    language: locale,
  });
  pdf.title(t.title, `${hire.givenNames} ${hire.familyName}`);
  pdf.paragraph(t.intro);
  pdf.field(t.exportedAt, format.dateTime(data.exportedAt));
  pdf.field(t.exportedBy, `${data.exportedBy.name}, ${data.exportedBy.organizationName}`);

  pdf.heading(t.person);
  pdf.field(t.familyName, hire.familyName);
  pdf.field(t.givenNames, hire.givenNames);
  pdf.field(t.dateOfBirth, format.date(hire.dateOfBirth));
  pdf.field(t.nationality, countryName(hire.nationality, locale));
  pdf.field(t.passportNumber, hire.passportNumber);
  pdf.field(t.passportExpiry, format.date(hire.passportExpiry));
  pdf.field(t.residenceCountry, countryName(hire.residenceCountry, locale));
  pdf.field(t.email, hire.email);
  pdf.field(
    t.qualification,
    [
      hire.qualification.title,
      hire.qualification.country && countryName(hire.qualification.country, locale),
    ]
      .filter(Boolean)
      .join(', '),
  );
  pdf.field(t.germanLevel, hire.germanLevel);
  pdf.field(t.experienceYears, String(hire.experienceYears));
  pdf.field(t.employer, hire.organizationName);

  pdf.heading(t.familyMembers);
  if (hire.familyMembers.length === 0) pdf.paragraph(t.noFamilyMembers);
  for (const member of hire.familyMembers) writeFamilyMember(pdf, member, t, locale, format);

  pdf.heading(t.prechecks);
  if (data.prechecks.length === 0) pdf.paragraph(t.noPrechecks);
  for (const precheck of data.prechecks) {
    pdf.field(
      `${t.precheck} ${format.dateTime(precheck.createdAt)}`,
      [
        t.precheckStatus[precheck.status],
        ...(precheck.assessment?.pathways ?? []).map(
          (pathway) => `${pathwayLabels[pathway.code][locale]}: ${t.pathwayResult[pathway.result]}`,
        ),
      ].join('\n'),
    );
    for (const document of precheck.documents) {
      pdf.field(
        documentLabel(document.requirementCode, locale),
        `${document.path}\nSHA-256 ${document.sha256}`,
      );
    }
  }

  pdf.heading(t.cases);
  if (data.cases.length === 0) pdf.paragraph(t.noCases);
  for (const caseEntry of data.cases) writeCase(pdf, caseEntry, t, locale, format);
  return pdf.save();
}
