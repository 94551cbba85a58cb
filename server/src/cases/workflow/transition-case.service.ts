import { type Db, schema } from '@itc/db';
import {
  type AnswerDocumentRequest,
  type CaseDetail,
  type CaseTransitionRequest,
  caseTransitionRequestSchema,
  type Locale,
  todayInGermany,
} from '@itc/shared';
import { and, desc, eq } from 'drizzle-orm';
import type { AuthContext } from '../../app-env';
import { AppError } from '../../lib/app-error';
import type { LinkTo } from '../../mail/link-to';
import { findCaseToView } from '../case-access.queries';
import { assembleCaseDetail } from './case-detail.queries';
import { allowedTransitionsFor } from './case-move-context.queries';
import { moveCase } from './move-case.service';

type ServiceOptions = { db: Db; now: Date; auth: AuthContext; locale: Locale; linkTo: LinkTo };

/**
 * `POST /cases/{id}/transitions`: one move, all or nothing. SQLite runs the transaction alone,
 * and the version guard in the update refuses a move on a case changed since it was read.
 */
export function transitionCase(
  options: ServiceOptions & { id: string; request: CaseTransitionRequest },
): CaseDetail {
  const { db, now, auth, id, request } = options;
  return db.transaction((tx) => {
    moveCase(tx, { ...options, visible: findCaseToView(tx, auth, id), request });
    return assembleCaseDetail(tx, findCaseToView(tx, auth, id), todayInGermany(now));
  });
}

/** The appointment date last recorded: returning to that stage keeps it. */
function lastAppointmentDate(db: Pick<Db, 'select'>, caseId: string): string | undefined {
  const event = db
    .select({ data: schema.caseEvents.data })
    .from(schema.caseEvents)
    .where(
      and(
        eq(schema.caseEvents.caseId, caseId),
        eq(schema.caseEvents.toStatus, 'visa_appointment_booked'),
      ),
    )
    .orderBy(desc(schema.caseEvents.id))
    .get();
  const data = event?.data;
  return data && typeof data === 'object' && 'appointmentDate' in data
    ? String(data.appointmentDate)
    : undefined;
}

/**
 * `POST /cases/{id}/document-requests/{requestId}/answer`: the move back to the stage the request
 * came from, with that stage's stored data.
 */
export function answerDocumentRequest(
  options: ServiceOptions & { id: string; requestId: string; answer: AnswerDocumentRequest },
): CaseDetail {
  const { db, now, auth, id, requestId, answer } = options;
  return db.transaction((tx) => {
    const visible = findCaseToView(tx, auth, id);
    const { caseRow } = visible;
    const request = tx
      .select()
      .from(schema.caseDocumentRequests)
      .where(
        and(
          eq(schema.caseDocumentRequests.id, requestId),
          eq(schema.caseDocumentRequests.caseId, caseRow.id),
        ),
      )
      .get();
    if (!request) throw new AppError('not_found');
    if (request.answeredAt || caseRow.status !== 'documents_requested' || !caseRow.resumeStatus) {
      throw new AppError('transition_not_allowed', {
        detail: 'This document request has already been answered.',
        extra: {
          allowedTransitions: allowedTransitionsFor(caseRow, visible.access),
          currentVersion: caseRow.version,
        },
      });
    }
    const move = caseTransitionRequestSchema.parse({
      to: caseRow.resumeStatus,
      ...answer,
      ...(caseRow.resumeStatus === 'visa_appointment_booked'
        ? { appointmentDate: lastAppointmentDate(tx, caseRow.id) }
        : {}),
    });
    moveCase(tx, { ...options, visible, request: move });
    return assembleCaseDetail(tx, findCaseToView(tx, auth, id), todayInGermany(now));
  });
}
