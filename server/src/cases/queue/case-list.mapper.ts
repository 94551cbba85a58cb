import type { schema } from '@itc/db';
import type { CaseListItem } from '@itc/shared';
import { toCaseDeadline } from '../workflow/case-deadline.rules';

type Cases = typeof schema.cases.$inferSelect;

/** The columns a queue row needs: never the frozen submission or assessment. */
export type CaseListRow = Pick<
  Cases,
  | 'id'
  | 'reference'
  | 'status'
  | 'version'
  | 'resumeStatus'
  | 'hireName'
  | 'organizationId'
  | 'employerName'
  | 'nationality'
  | 'occupationField'
  | 'submittedAt'
  | 'dueAt'
  | 'closedAt'
  | 'assigneeUserId'
> & { assigneeName: string | null };

export function toCaseListItem(row: CaseListRow, today: string): CaseListItem {
  return {
    id: row.id,
    reference: row.reference,
    status: row.status,
    version: row.version,
    resumeStatus: row.resumeStatus,
    hireName: row.hireName,
    organizationId: row.organizationId,
    organizationName: row.employerName,
    nationality: row.nationality,
    occupationField: row.occupationField,
    submittedAt: row.submittedAt,
    deadline: toCaseDeadline(row.dueAt, today),
    assignee:
      row.assigneeUserId && row.assigneeName
        ? { id: row.assigneeUserId, name: row.assigneeName }
        : null,
    closedAt: row.closedAt,
  };
}
