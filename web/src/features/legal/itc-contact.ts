/**
 * How to reach the International Talent Center: the one list the footer pages (contact,
 * Impressum, privacy, accessibility) read. The street address is the office's; phone number,
 * email address and opening hours are plausible placeholders until the office confirms its
 * published ones (domain.md names none).
 */
export const itcContact = {
  street: 'Schwanenstraße 5–7',
  postalCode: '47051',
  city: 'Duisburg',
  /** Placeholder: the city's exchange prefix with an assumed extension. */
  phone: { display: '0203 283-4000', href: 'tel:+492032834000' },
  /** Placeholder. */
  email: 'itc@stadt-duisburg.de',
  website: { display: 'www.duisburg.de', href: 'https://www.duisburg.de' },
  /** The city as provider of the portal (Impressum): the town hall. */
  provider: { street: 'Burgplatz 19', postalCode: '47051', city: 'Duisburg' },
  /** Placeholder hours; `days` names a text under `legal.contact.days`. */
  openingHours: [
    { days: 'monToFri', opens: '08:00', closes: '12:00' },
    { days: 'tueAndThu', opens: '14:00', closes: '16:00' },
  ],
} as const;

export type OpeningDays = (typeof itcContact.openingHours)[number]['days'];
