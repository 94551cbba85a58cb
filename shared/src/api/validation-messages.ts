import type { Locale } from './common.schema';

/**
 * Custom validation messages are stable keys; web and server translate them with this table so
 * that the same rule reads the same in the form and in an API problem.
 */
export const validationMessages = {
  betriebsnummer_format: {
    de: 'Die Betriebsnummer hat genau 8 Ziffern.',
    en: 'The company number (Betriebsnummer) has exactly 8 digits.',
  },
  postal_code_format: {
    de: 'Die Postleitzahl hat 5 Ziffern.',
    en: 'The postal code has 5 digits.',
  },
  handelsregister_format: {
    de: 'Bitte im Format „HRB 12345“ oder „HRA 1234“ angeben.',
    en: 'Please use the format “HRB 12345” or “HRA 1234”.',
  },
  password_too_short: {
    de: 'Das Passwort muss mindestens 12 Zeichen lang sein.',
    en: 'The password must be at least 12 characters long.',
  },
  password_too_long: {
    de: 'Das Passwort darf höchstens 128 Zeichen lang sein.',
    en: 'The password must be at most 128 characters long.',
  },
  password_too_common: {
    de: 'Dieses Passwort ist zu verbreitet und leicht zu erraten. Bitte wählen Sie ein anderes, z. B. mehrere Wörter hintereinander.',
    en: 'This password is too common and easy to guess. Please choose another, e.g. several words in a row.',
  },
  email_invalid: {
    de: 'Bitte eine gültige E-Mail-Adresse angeben.',
    en: 'Please enter a valid email address.',
  },
  required: {
    de: 'Bitte füllen Sie dieses Feld aus.',
    en: 'Please fill in this field.',
  },
  reason_too_short: {
    de: 'Bitte nennen Sie einen Grund (mindestens 5 Zeichen).',
    en: 'Please give a reason (at least 5 characters).',
  },
  country_unknown: {
    de: 'Bitte wählen Sie ein Land aus der Liste.',
    en: 'Please choose a country from the list.',
  },
  date_invalid: {
    de: 'Bitte ein gültiges Datum angeben (TT.MM.JJJJ).',
    en: 'Please enter a valid date.',
  },
  passport_number_format: {
    de: 'Die Passnummer besteht aus 5 bis 20 Buchstaben und Ziffern.',
    en: 'The passport number has 5 to 20 letters and digits.',
  },
  age_out_of_range: {
    de: 'Das Geburtsdatum ergibt ein Alter außerhalb von 16 bis 70 Jahren. Bitte prüfen Sie es.',
    en: 'The date of birth gives an age outside 16 to 70 years. Please check it.',
  },
  passport_expired: {
    de: 'Der Reisepass ist abgelaufen. Die Fachkraft braucht einen gültigen Pass.',
    en: 'The passport has expired. The worker needs a valid passport.',
  },
  passport_expires_before_start: {
    de: 'Der Reisepass läuft vor dem geplanten Arbeitsbeginn ab. Bitte lassen Sie ihn zuerst verlängern.',
    en: 'The passport expires before the planned start date. Please have it renewed first.',
  },
  free_movement_no_procedure: {
    de: 'Staatsangehörige der EU, des EWR und der Schweiz brauchen kein Verfahren: Sie dürfen ohne Visum und Aufenthaltstitel in Deutschland arbeiten.',
    en: 'Citizens of the EU, the EEA and Switzerland need no procedure: they may work in Germany without a visa or residence permit.',
  },
  date_not_after_today: {
    de: 'Bitte ein Datum nach dem heutigen Tag angeben.',
    en: 'Please enter a date after today.',
  },
  assignee_invalid: {
    de: 'Bitte wählen Sie eine Mitarbeiterin oder einen Mitarbeiter der Stadt aus der Liste.',
    en: 'Please choose a member of the city staff from the list.',
  },
  document_not_requested: {
    de: 'Dieses Dokument wurde nicht angefordert.',
    en: 'This document was not requested.',
  },
  date_after_period_end: {
    de: 'Der Beginn des Zeitraums liegt nach seinem Ende.',
    en: 'The start of the period lies after its end.',
  },
  date_before_period_start: {
    de: 'Dieses Datum liegt vor dem Beginn des Zeitraums. Bitte wählen Sie den Beginn oder einen späteren Tag.',
    en: 'This date lies before the start of the period. Please choose the start or a later day.',
  },
  case_reference_format: {
    de: 'Bitte das Aktenzeichen im Format ITC-2026-000123 angeben.',
    en: 'Please enter the case reference in the format ITC-2026-000123.',
  },
  date_in_future: {
    de: 'Das Datum liegt in der Zukunft.',
    en: 'The date lies in the future.',
  },
  child_not_minor: {
    de: 'Kinder können nur mitkommen, solange sie minderjährig sind (unter 18).',
    en: 'Children can join only while they are minors (under 18).',
  },
  year_in_future: {
    de: 'Das Jahr liegt in der Zukunft.',
    en: 'The year lies in the future.',
  },
  partner_organization_invalid: {
    de: 'Bitte wählen Sie eine IHK oder ein Jobcenter aus der Liste.',
    en: 'Please choose a chamber of commerce (IHK) or a Jobcenter from the list.',
  },
  isco_format: {
    de: 'Bitte wählen Sie einen Beruf aus der Liste (ISCO-08, 4 Ziffern).',
    en: 'Please choose an occupation from the list (ISCO-08, 4 digits).',
  },
  file_too_large: {
    de: 'Die Datei ist größer als 10 MB. Bitte verkleinern Sie sie, z. B. mit einer geringeren Scan-Auflösung.',
    en: 'The file is larger than 10 MB. Please make it smaller, e.g. by scanning at a lower resolution.',
  },
  file_empty: {
    de: 'Die Datei ist leer.',
    en: 'The file is empty.',
  },
  file_type_not_allowed: {
    de: 'Bitte laden Sie eine PDF-, JPEG- oder PNG-Datei hoch. Der Inhalt dieser Datei ist keines dieser Formate – die Dateiendung allein genügt nicht.',
    en: 'Please upload a PDF, JPEG or PNG file. The content of this file is none of these formats – the file name extension alone is not enough.',
  },
  document_not_on_checklist: {
    de: 'Dieses Dokument steht nicht auf der Checkliste dieses Vorab-Checks.',
    en: 'This document is not on the checklist of this pre-check.',
  },
  checklist_not_ready: {
    de: 'Bitte beantworten Sie zuerst alle Fragen des Vorab-Checks; daraus ergibt sich die Checkliste der Unterlagen.',
    en: 'Please answer all questions of the pre-check first; the document checklist follows from them.',
  },
  answer_missing: {
    de: 'Bitte beantworten Sie diese Frage.',
    en: 'Please answer this question.',
  },
  declaration_required: {
    de: 'Bitte bestätigen Sie die Erklärung, bevor Sie einreichen.',
    en: 'Please confirm the declaration before submitting.',
  },
  residence_title_not_open: {
    de: 'Dieser Aufenthaltstitel kommt nach dem Vorab-Check nicht in Frage. Bitte wählen Sie einen der möglichen Titel.',
    en: 'The pre-check rules out this residence title. Please choose one of the possible titles.',
  },
  document_missing: {
    de: 'Dieses Dokument fehlt noch.',
    en: 'This document is still missing.',
  },
  topics_required: {
    de: 'Bitte wählen Sie mindestens ein Thema.',
    en: 'Please choose at least one topic.',
  },
  capacity_range: {
    de: 'Bitte geben Sie eine ganze Zahl von 1 bis 1000 an.',
    en: 'Please enter a whole number from 1 to 1000.',
  },
  online_url_https: {
    de: 'Bitte geben Sie einen vollständigen Link an, der mit https:// beginnt.',
    en: 'Please enter a complete link starting with https://.',
  },
  event_ends_before_start: {
    de: 'Das Ende muss nach dem Beginn liegen.',
    en: 'The end must be after the start.',
  },
  event_deadline_after_start: {
    de: 'Der Anmeldeschluss darf nicht nach dem Beginn liegen.',
    en: 'The registration deadline must not be after the start.',
  },
  event_location_required: {
    de: 'Bitte geben Sie für eine Veranstaltung vor Ort die Adresse an.',
    en: 'Please enter the address for an event held in person.',
  },
  event_online_url_required: {
    de: 'Bitte geben Sie für eine Online-Veranstaltung den Link zur Teilnahme an.',
    en: 'Please enter the join link for an online event.',
  },
  seat_limit_above_capacity: {
    de: 'Die Plätze je Organisation dürfen nicht mehr sein als die Plätze insgesamt.',
    en: 'The seats per organisation cannot be more than the seats in total.',
  },
  event_start_in_past: {
    de: 'Der Beginn liegt in der Vergangenheit.',
    en: 'The start lies in the past.',
  },
  event_deadline_in_past: {
    de: 'Der Anmeldeschluss liegt in der Vergangenheit.',
    en: 'The registration deadline lies in the past.',
  },
  capacity_below_confirmed: {
    de: 'Es sind schon mehr Plätze bestätigt. Bitte sagen Sie zuerst Anmeldungen ab oder wählen Sie eine größere Zahl.',
    en: 'More seats are already confirmed. Please cancel registrations first or choose a larger number.',
  },
  attendee_email_repeated: {
    de: 'Diese E-Mail-Adresse steht mehrmals in der Anmeldung.',
    en: 'This email address appears more than once in the registration.',
  },
  attendee_already_registered: {
    de: 'Diese Person ist für die Veranstaltung schon angemeldet.',
    en: 'This person is already registered for the event.',
  },
  organization_unknown: {
    de: 'Diese Organisation gibt es im Portal nicht.',
    en: 'This organisation does not exist in the portal.',
  },
  role_not_for_organization: {
    de: 'Diese Rolle passt nicht zu der Art der Organisation.',
    en: 'This role does not fit the type of organisation.',
  },
  unknown_field: {
    de: 'Unbekanntes Feld.',
    en: 'Unknown field.',
  },
} as const satisfies Record<string, Record<Locale, string>>;

export type ValidationMessageKey = keyof typeof validationMessages;

export function isValidationMessageKey(value: string): value is ValidationMessageKey {
  return Object.hasOwn(validationMessages, value);
}

/** Translates a key from the table; any other message (zod's own) is returned unchanged. */
export function translateValidationMessage(message: string, locale: Locale): string {
  return isValidationMessageKey(message) ? validationMessages[message][locale] : message;
}
