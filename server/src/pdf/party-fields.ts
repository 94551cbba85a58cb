import { countryName, type HireInput, type Organization } from '@itc/shared';
import { formatGermanDate } from './german-format';
import type { PdfWriter } from './pdf-writer';

/** The worker as in the passport: the same rows on every form, so they read alike. */
export function writeWorkerFields(pdf: PdfWriter, hire: HireInput): void {
  pdf.field('Familienname / Surname', hire.familyName);
  pdf.field('Vornamen / Given names', hire.givenNames);
  pdf.field('Geburtsdatum / Date of birth', formatGermanDate(hire.dateOfBirth));
  pdf.field('Staatsangehörigkeit / Nationality', countryName(hire.nationality, 'de'));
  pdf.field('Reisepassnummer / Passport number', hire.passportNumber);
  pdf.field('Pass gültig bis / Passport valid until', formatGermanDate(hire.passportExpiry));
  pdf.field('Wohnsitzstaat / Country of residence', countryName(hire.residenceCountry, 'de'));
}

export function writeEmployerFields(pdf: PdfWriter, employer: Organization): void {
  const { address } = employer;
  pdf.field('Firma / Company', employer.name);
  pdf.field(
    'Anschrift / Address',
    address && `${address.street}, ${address.postalCode} ${address.city}`,
  );
  pdf.field('Betriebsnummer / Company number (BA)', employer.betriebsnummer);
  pdf.field('Handelsregister / Commercial register', employer.handelsregisterNumber);
}
