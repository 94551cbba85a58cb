import type { PathwayCode } from '../pathway-codes';

/**
 * When a document is asked for: for every available pathway (`all`), for the listed pathways,
 * or in a situation that does not belong to one pathway.
 */
export type DocumentCondition =
  | 'all'
  | readonly PathwayCode[]
  | 'regulated'
  | 'age45'
  | 'family'
  | 'recognitionPartnership'
  | 'deficitNotice'
  | 'foreignLanguage';

/**
 * Where a document is usually issued, when that may be abroad: in the country of the
 * qualification or in the worker's home country (nationality). Decides whether it needs a German
 * translation.
 */
export type DocumentOrigin = 'qualificationCountry' | 'homeCountry';

export type RequiredDocument = {
  code: string;
  labelDe: string;
  labelEn: string;
  /** false for documents that depend on circumstances the pre-check does not ask about. */
  required: boolean;
  appliesTo: DocumentCondition;
  issuedIn?: DocumentOrigin;
};

/** Section 4 of the domain reference; the order is the order of the checklist. */
// biome-ignore format: one row per document reads as a table
export const requiredDocuments: readonly RequiredDocument[] = [
  { code: 'power_of_attorney', labelDe: 'Vollmacht der Fachkraft für den Arbeitgeber', labelEn: "The worker's power of attorney (Vollmacht) for the employer", required: true, appliesTo: 'all' },
  { code: 'sub_authorisation', labelDe: 'Untervollmacht, wenn ein Dritter (z. B. IHK oder Jobcenter) für Sie handelt', labelEn: 'Sub-authorisation, if a third party (e.g. the IHK or Jobcenter) acts for you', required: false, appliesTo: 'all' },
  { code: 'passport_copy', labelDe: 'Farbkopie der Datenseite des Reisepasses', labelEn: "Colour copy of the passport's data page", required: true, appliesTo: 'all' },
  { code: 'employer_representation_proof', labelDe: 'Nachweis, dass Ihre Ansprechperson das Unternehmen vertreten darf', labelEn: 'Proof that your contact person may represent the company', required: true, appliesTo: 'all' },
  { code: 'employment_contract', labelDe: 'Arbeitsvertrag oder verbindliches Arbeitsplatzangebot', labelEn: 'Employment contract or binding job offer', required: true, appliesTo: 'all' },
  { code: 'ba_employment_declaration', labelDe: 'Formular „Erklärung zum Beschäftigungsverhältnis“ der Bundesagentur für Arbeit', labelEn: 'Federal Employment Agency form "Erklärung zum Beschäftigungsverhältnis"', required: true, appliesTo: 'all' },
  { code: 'cv_german', labelDe: 'Lebenslauf auf Deutsch', labelEn: 'CV in German', required: true, appliesTo: 'all' },
  { code: 'translations', labelDe: 'Deutsche Übersetzungen der Unterlagen, die nicht auf Deutsch ausgestellt sind (markiert)', labelEn: 'German translations of the documents not issued in German (marked)', required: true, appliesTo: 'foreignLanguage' },
  { code: 'degree_certificate', labelDe: 'Hochschulzeugnis und Fächer- und Notenübersicht', labelEn: 'Degree certificate and transcript of records', required: true, appliesTo: ['18b', '18g'], issuedIn: 'qualificationCountry' },
  { code: 'degree_comparability', labelDe: 'Zeugnisbewertung der ZAB oder Eintrag in der Datenbank anabin', labelEn: 'ZAB statement of comparability or anabin database entry', required: true, appliesTo: ['18b', '18g'] },
  { code: 'vocational_certificates', labelDe: 'Berufsabschlusszeugnisse, Ausbildungsinhalte und Arbeitszeugnisse', labelEn: 'Vocational certificates, training content and references', required: true, appliesTo: ['18a'], issuedIn: 'qualificationCountry' },
  { code: 'vocational_recognition_notice', labelDe: 'Anerkennungsbescheid (z. B. IHK FOSA oder Handwerkskammer)', labelEn: 'Recognition notice (e.g. IHK FOSA or chamber of crafts)', required: true, appliesTo: ['18a'] },
  { code: 'recognition_or_deficit_notice', labelDe: 'Anerkennungs- oder Defizitbescheid für den reglementierten Beruf', labelEn: 'Recognition or deficit notice for the regulated profession', required: true, appliesTo: 'regulated' },
  { code: 'licence_to_practise', labelDe: 'Berufserlaubnis oder deren Zusage', labelEn: 'Licence to practise or a promise of it', required: true, appliesTo: 'regulated' },
  { code: 'language_certificate', labelDe: 'Sprachzertifikat für den reglementierten Beruf', labelEn: 'Language certificate for the regulated profession', required: true, appliesTo: 'regulated' },
  { code: 'state_recognition_confirmation', labelDe: 'Bestätigung der ZAB, dass der Abschluss im Herkunftsland staatlich anerkannt ist', labelEn: 'ZAB confirmation that the qualification is state-recognised in its country', required: true, appliesTo: ['19c2'] },
  { code: 'experience_proof', labelDe: 'Nachweis über 2 Jahre Berufserfahrung (z. B. Arbeitszeugnisse)', labelEn: "Proof of 2 years' professional experience (e.g. references)", required: true, appliesTo: ['19c2'], issuedIn: 'homeCountry' },
  { code: 'deficit_notice', labelDe: 'Defizitbescheid der Anerkennungsstelle', labelEn: 'Deficit notice from the recognition body', required: true, appliesTo: 'deficitNotice' },
  { code: 'partnership_agreement', labelDe: 'Vereinbarung über die Anerkennungspartnerschaft', labelEn: 'Recognition partnership agreement', required: true, appliesTo: 'recognitionPartnership' },
  { code: 'german_a2_certificate', labelDe: 'Deutschzertifikat mindestens Niveau A2', labelEn: 'German certificate, level A2 or above', required: true, appliesTo: ['16d'] },
  { code: 'employer_training_permission', labelDe: 'Nachweis, dass Ihr Betrieb ausbilden darf', labelEn: 'Proof that your company may provide training', required: true, appliesTo: 'recognitionPartnership' },
  { code: 'pension_provision_proof', labelDe: 'Nachweis einer ausreichenden Altersvorsorge', labelEn: 'Proof of adequate pension provision', required: true, appliesTo: 'age45' },
  { code: 'family_passports', labelDe: 'Reisepässe der Familienangehörigen', labelEn: "Family members' passports", required: true, appliesTo: 'family' },
  { code: 'family_civil_status_certificates', labelDe: 'Personenstandsurkunden (z. B. Heirats- und Geburtsurkunden)', labelEn: 'Civil-status certificates (e.g. marriage and birth certificates)', required: true, appliesTo: 'family', issuedIn: 'homeCountry' },
  { code: 'family_power_of_attorney', labelDe: 'Vollmacht jedes Familienangehörigen', labelEn: 'A power of attorney from each family member', required: true, appliesTo: 'family' },
];
