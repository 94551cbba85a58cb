import type { schema } from '@itc/db';
import type { SubmittedCase } from '@itc/shared';

export type CaseRow = typeof schema.cases.$inferSelect;

/** Names come from the frozen submission: the case shows what was submitted. */
export function toSubmittedCase(row: CaseRow): SubmittedCase {
  const { hire, organizationName } = row.submission;
  return {
    id: row.id,
    reference: row.reference,
    status: row.status,
    version: row.version,
    hireId: row.hireId,
    hireName: `${hire.givenNames} ${hire.familyName}`,
    organizationId: row.organizationId,
    organizationName,
    submittedAt: row.submittedAt,
    submission: row.submission,
    assessment: row.assessment,
  };
}
