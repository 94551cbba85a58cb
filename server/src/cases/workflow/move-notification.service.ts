import { type CaseTransitionRequest, formatCalendarDay } from '@itc/shared';
import type { CaseNotification } from '../../notifications/notify-users.service';
import type { CaseRow } from '../case.mapper';

/**
 * A document request tells the employer what and by when; any other move the new stage, and a
 * rejection or withdrawal its reason.
 */
export function moveNotification(
  caseRow: CaseRow,
  request: CaseTransitionRequest,
  dueAt: string | null,
): CaseNotification {
  const reference = caseRow.reference;
  if (request.to === 'documents_requested' && dueAt) {
    return {
      kind: 'case_documents_requested',
      caseId: caseRow.id,
      params: { reference, dueDate: dueAt },
      details: (locale) => [
        request.message,
        '',
        ...request.documents.map((document) => `– ${document.label}`),
        '',
        locale === 'de'
          ? `Frist: ${formatCalendarDay(dueAt, locale)}`
          : `Due: ${formatCalendarDay(dueAt, locale)}`,
      ],
    };
  }
  return {
    kind: 'case_status_changed',
    caseId: caseRow.id,
    params: { reference, status: request.to },
    // A case that ends says why, in the words of whoever ended it.
    ...('reason' in request ? { details: () => [request.reason] } : {}),
  };
}
