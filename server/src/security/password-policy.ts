import type { Locale } from '@itc/shared';
import { dictionary } from '@zxcvbn-ts/language-common';
import { invalidFields } from '../lib/validation-errors';

let commonPasswords: ReadonlySet<string> | null = null;

/** The 49,233 most common passwords of the zxcvbn list, in lower case; built on first use. */
function commonPasswordSet(): ReadonlySet<string> {
  commonPasswords ??= new Set(dictionary['passwords-common'].map((entry) => entry.toLowerCase()));
  return commonPasswords;
}

export function isCommonPassword(password: string): boolean {
  return commonPasswordSet().has(password.toLowerCase());
}

/**
 * The check the shared schema cannot make (it would ship the list to the browser): refuses a
 * password on the common-passwords list with a field error at `path`. Length is the schema's.
 */
export function assertPasswordAllowed(password: string, path: string, locale: Locale): void {
  if (isCommonPassword(password)) {
    throw invalidFields([{ path, message: 'password_too_common' }], locale);
  }
}
