import type { Db } from '@itc/db';
import type { CaseStatus } from '@itc/shared';
import { cachedStatement } from '../lib/cached-statement';

/**
 * The retention period of a case begins when it is closed, or when the employer reports the end
 * of the employment (which keeps the stage): the later of the two.
 */
const employmentEndedAt = (alias: string) =>
  `(SELECT max(e.created_at) FROM case_events e
    WHERE e.case_id = ${alias}.id AND e.kind = 'employment_ended')`;
const retentionStartOf = (alias: string) =>
  `coalesce(max(${alias}.closed_at, ${employmentEndedAt(alias)}), ${alias}.closed_at,
    ${employmentEndedAt(alias)})`;

/** Only closed cases and those after entry (where an end of employment is reported) can be due. */
const dueCaseFrom = `FROM cases c
  WHERE c.erased_at IS NULL
    AND (c.closed_at IS NOT NULL OR c.status IN ('entered', 'permit_issued'))
    AND ${retentionStartOf('c')} <= ?`;

export type DueCaseRow = {
  id: string;
  reference: string;
  status: CaseStatus;
  retentionStart: string;
};

type Reader = Pick<Db, '$client'>;

/** Cases not yet erased whose retention period began at or before `cutoff`, oldest first. */
export function findDueCases(db: Reader, cutoff: string, limit = -1): DueCaseRow[] {
  return cachedStatement(
    db.$client,
    `SELECT c.id, c.reference, c.status, ${retentionStartOf('c')} AS retentionStart
      ${dueCaseFrom} ORDER BY retentionStart, c.id LIMIT ?`,
  ).all(cutoff, limit) as DueCaseRow[];
}

export function countDueCases(db: Reader, cutoff: string): number {
  return (
    cachedStatement(db.$client, `SELECT count(*) AS n ${dueCaseFrom}`).get(cutoff) as { n: number }
  ).n;
}

/**
 * A hire's period runs from the latest of: archiving, its cases' retention start, its own last
 * change and a draft pre-check's last save, so a person still being worked with is kept.
 */
const hireSince = `max(
    h.updated_at,
    coalesce(h.archived_at, ''),
    coalesce((SELECT max(${retentionStartOf('c2')}) FROM cases c2 WHERE c2.hire_id = h.id), ''),
    coalesce((SELECT max(p.updated_at) FROM prechecks p
      WHERE p.hire_id = h.id AND p.status = 'draft'), ''))`;

/**
 * Hires whose period has run: archived or with cases, none of them still open. An open case is
 * one not erased without a retention start.
 */
const dueHireFrom = `FROM hires h JOIN organizations o ON o.id = h.organization_id
  WHERE h.erased_at IS NULL
    AND (h.archived_at IS NOT NULL OR EXISTS (SELECT 1 FROM cases c WHERE c.hire_id = h.id))
    AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.hire_id = h.id AND c.erased_at IS NULL
      AND ${retentionStartOf('c')} IS NULL)
    AND ${hireSince} <= ?`;

export type DueHireRow = {
  id: string;
  givenNames: string;
  familyName: string;
  organizationName: string;
  archivedAt: string | null;
  since: string;
};

export function findDueHires(db: Reader, cutoff: string, limit = -1): DueHireRow[] {
  return cachedStatement(
    db.$client,
    `SELECT h.id, h.given_names AS givenNames, h.family_name AS familyName,
      o.name AS organizationName, h.archived_at AS archivedAt, ${hireSince} AS since
      ${dueHireFrom} ORDER BY since, h.id LIMIT ?`,
  ).all(cutoff, limit) as DueHireRow[];
}

export function countDueHires(db: Reader, cutoff: string): number {
  return (
    cachedStatement(db.$client, `SELECT count(*) AS n ${dueHireFrom}`).get(cutoff) as { n: number }
  ).n;
}
