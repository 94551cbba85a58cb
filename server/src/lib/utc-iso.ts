/**
 * Stored instants are `toISOString()` text, so that comparing the text compares the times;
 * any offset the client sent ("+01:00") is turned into UTC first.
 */
export function toUtcIso(dateTime: string): string {
  return new Date(dateTime).toISOString();
}
