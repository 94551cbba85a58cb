/**
 * Only same-origin paths are allowed as a target after login, so `?next=` cannot send the user
 * to another site ("//evil.example" or "https://…").
 */
export function safeRedirectPath(next: string | null | undefined, fallback = '/'): string {
  if (!next) return fallback;
  if (!next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  if (next.startsWith('/login')) return fallback;
  return next;
}
