import type { AppConfig } from '../config';

/** Absolute link for emails: the configured public address, else the request's origin. */
export function portalLink(config: AppConfig, requestUrl: string, path: string): string {
  const base = config.publicUrl ?? new URL(requestUrl).origin;
  return new URL(path, base).toString();
}
