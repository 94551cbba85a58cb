import { expect } from 'vitest';
import type { Portal } from './portal';

/** The subjects of the emails the outbox holds for `to` about the case `reference`. */
export function outboxSubjects(portal: Portal, to: string, reference: string): string[] {
  const rows = portal.db.$client
    .prepare('SELECT subject FROM outbox WHERE "to" = ? AND subject LIKE ? ORDER BY created_at')
    .all(to, `${reference}:%`) as { subject: string }[];
  return rows.map((row) => row.subject);
}

/** Waits until the outbox holds the email `subject` for `to`. */
export async function expectEmail(portal: Portal, to: string, subject: string, reference: string) {
  await expect.poll(() => outboxSubjects(portal, to, reference)).toContain(subject);
}
