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
    de: 'Das Passwort muss mindestens 10 Zeichen lang sein.',
    en: 'The password must be at least 10 characters long.',
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
} as const satisfies Record<string, Record<Locale, string>>;

export type ValidationMessageKey = keyof typeof validationMessages;

export function isValidationMessageKey(value: string): value is ValidationMessageKey {
  return Object.hasOwn(validationMessages, value);
}

/** Translates a key from the table; any other message (zod's own) is returned unchanged. */
export function translateValidationMessage(message: string, locale: Locale): string {
  return isValidationMessageKey(message) ? validationMessages[message][locale] : message;
}
