import type { Db } from '@itc/db';
import type { CaseTransitionRequest, Locale } from '@itc/shared';
import { todayInGermany } from '@itc/shared';
import { onBehalfOf } from '../../access/employer-access';
import type { AuthContext } from '../../app-env';
import { AppError } from '../../lib/app-error';
import { invalidFields } from '../../lib/validation-errors';
import type { LinkTo } from '../../mail/link-to';
import { notifyUsers } from '../../notifications/notify-users.service';
import type { CaseRow } from '../case.mapper';
import { actorSideOf, type VisibleCase } from '../case-access.queries';
import { recordStageChange } from '../case-writer.service';
import { otherSideOf } from '../collaboration/case-parties.queries';
import { allowedTransitionsFor } from './case-move-context.queries';
import { stageChangesOf } from './case-stage-changes.mapper';
import { closeDocumentRequest } from './document-requests.service';
import { moveNotification } from './move-notification.service';

type Tx = Pick<Db, 'select' | 'insert' | 'update'>;

export type MoveOptions = {
  now: Date;
  auth: AuthContext;
  locale: Locale;
  linkTo: LinkTo;
  visible: VisibleCase;
  request: CaseTransitionRequest;
};

function conflictExtra(caseRow: CaseRow, visible: VisibleCase) {
  return {
    allowedTransitions: allowedTransitionsFor(caseRow, visible.access),
    currentVersion: caseRow.version,
  };
}

function staleVersion(visible: VisibleCase): AppError {
  return new AppError('stale_version', {
    detail: `The case is at version ${visible.caseRow.version} now; please reload it.`,
    extra: conflictExtra(visible.caseRow, visible),
  });
}

/** Dates that must lie ahead: the employer's answer period and the permit's validity. */
function assertFutureDates(request: CaseTransitionRequest, today: string, locale: Locale): void {
  const notAhead = (path: string, day: string | undefined) =>
    day !== undefined && day <= today ? [{ path, message: 'date_not_after_today' }] : [];
  const errors = [
    ...(request.to === 'documents_requested' ? notAhead('dueDate', request.dueDate) : []),
    ...(request.to === 'permit_issued' ? notAhead('validUntil', request.validUntil) : []),
  ];
  if (errors.length > 0) throw invalidFields(errors, locale);
}

/**
 * One move of the state machine, inside the caller's transaction: the side, version and date
 * checks, the answered document request, the move itself (`recordStageChange`) and the other
 * side's notifications. A refusal throws, and the caller's transaction writes nothing.
 */
export function moveCase(tx: Tx, options: MoveOptions): void {
  const { now, auth, locale, linkTo, visible, request } = options;
  const { caseRow } = visible;
  const side = actorSideOf(visible.access);
  if (!side) throw new AppError('forbidden');
  if (caseRow.version !== request.version) throw staleVersion(visible);
  if (!allowedTransitionsFor(caseRow, visible.access).includes(request.to)) {
    throw new AppError('transition_not_allowed', {
      detail: `${request.to} cannot follow ${caseRow.status} for the ${side} side.`,
      extra: conflictExtra(caseRow, visible),
    });
  }
  const today = todayInGermany(now);
  assertFutureDates(request, today, locale);

  const answersRequest = request.to === caseRow.resumeStatus && side === 'employer_side';
  const answeredRequestId =
    caseRow.status === 'documents_requested'
      ? closeDocumentRequest(tx, {
          caseId: caseRow.id,
          requireUploads: answersRequest,
          userId: auth.user.id,
          locale,
          now,
        })
      : null;
  const changes = stageChangesOf(request, caseRow, { now, today });
  const moved = recordStageChange(tx, {
    now,
    actor: { userId: auth.user.id, organizationId: auth.organization.id },
    onBehalfOfOrganizationId: onBehalfOf(auth, caseRow.organizationId),
    caseRow,
    request,
    changes,
    answeredRequestId,
  });
  if (!moved) throw staleVersion(visible);
  notifyUsers(tx, {
    recipients: otherSideOf(tx, caseRow, { side, userId: auth.user.id }),
    notification: moveNotification(caseRow, request, changes.dueAt),
    linkTo,
    now,
  });
}
