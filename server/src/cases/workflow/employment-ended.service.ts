import { type Db, schema } from '@itc/db';
import {
  type CaseDetail,
  employmentEndedReportDeadline,
  isAfterEntry,
  type Locale,
  type ReportEmploymentEnded,
  todayInGermany,
} from '@itc/shared';
import { and, eq } from 'drizzle-orm';
import { onBehalfOf } from '../../access/employer-access';
import type { AuthContext } from '../../app-env';
import { writeAudit } from '../../audit/write-audit';
import { computeDueDate } from '../../deadlines/due-date';
import { AppError } from '../../lib/app-error';
import { invalidFields } from '../../lib/validation-errors';
import type { LinkTo } from '../../mail/link-to';
import { notifyUsers } from '../../notifications/notify-users.service';
import { findCaseToActOn, findCaseToView } from '../case-access.queries';
import { recordCaseEvent } from '../case-writer.service';
import { otherSideOf } from '../collaboration/case-parties.queries';
import { assembleCaseDetail } from './case-detail.queries';

/**
 * `POST /cases/{id}/employment-ended`: after entry the employer reports an early end of the
 * employment (§ 4a(5) AufenthG). An event on the timeline with the report's due date; the status
 * stays, and city staff are told.
 */
export function reportEmploymentEnded(options: {
  db: Db;
  now: Date;
  auth: AuthContext;
  locale: Locale;
  linkTo: LinkTo;
  id: string;
  input: ReportEmploymentEnded;
}): CaseDetail {
  const { db, now, auth, locale, linkTo, id, input } = options;
  const today = todayInGermany(now);
  return db.transaction((tx) => {
    const { caseRow } = findCaseToActOn(tx, auth, id, 'employer');
    if (!isAfterEntry(caseRow.status)) {
      throw new AppError('case_not_entered', {
        detail: 'The end of employment can be reported once the worker has entered Germany.',
      });
    }
    const reported = tx
      .select({ id: schema.caseEvents.id })
      .from(schema.caseEvents)
      .where(
        and(
          eq(schema.caseEvents.caseId, caseRow.id),
          eq(schema.caseEvents.kind, 'employment_ended'),
        ),
      )
      .get();
    if (reported) throw new AppError('employment_end_already_reported');
    if (input.learnedOn > today) {
      throw invalidFields([{ path: 'learnedOn', message: 'date_in_future' }], locale);
    }
    const reportDueAt = computeDueDate(employmentEndedReportDeadline, input.learnedOn);
    const timestamp = now.toISOString();
    recordCaseEvent(tx, {
      caseId: caseRow.id,
      kind: 'employment_ended',
      fromStatus: caseRow.status,
      toStatus: caseRow.status,
      actorUserId: auth.user.id,
      actingOrganizationId: auth.organization.id,
      note: input.note || null,
      data: { learnedOn: input.learnedOn, reportDueAt },
      createdAt: timestamp,
    });
    tx.update(schema.cases)
      .set({ updatedAt: timestamp })
      .where(eq(schema.cases.id, caseRow.id))
      .run();
    writeAudit(
      tx,
      {
        actor: { userId: auth.user.id, organizationId: auth.organization.id },
        onBehalfOfOrganizationId: onBehalfOf(auth, caseRow.organizationId),
        action: 'case.employment_ended',
        target: { type: 'case', id: caseRow.id },
        after: { learnedOn: input.learnedOn, reportDueAt, reportedLate: today > reportDueAt },
      },
      now,
    );
    notifyUsers(tx, {
      recipients: otherSideOf(tx, caseRow, { side: 'employer_side', userId: auth.user.id }),
      notification: {
        kind: 'case_employment_ended',
        caseId: caseRow.id,
        params: { reference: caseRow.reference, learnedOn: input.learnedOn },
      },
      linkTo,
      now,
    });
    return assembleCaseDetail(tx, findCaseToView(tx, auth, id), today);
  });
}
