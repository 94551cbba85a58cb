import {
  type BaConsent,
  type CaseDeadline,
  type CaseStatus,
  type DeadlineAnchor,
  hasStageDeadline,
  stageDeadlines,
  todayInGermany,
} from '@itc/shared';
import { daysBetween } from '../../deadlines/calendar-days';
import { computeDueDate } from '../../deadlines/due-date';

/** The days a stage's period can run from; the move supplies what its target needs. */
export type StageAnchors = { today: string; appointmentDate?: string };

function anchorDay(from: DeadlineAnchor, anchors: StageAnchors): string {
  switch (from) {
    case 'stage_start':
      return anchors.today;
    case 'appointment_date':
      return anchors.appointmentDate ?? anchors.today;
    case 'learned_on':
      // Not a stage's anchor: the employment-ended report computes its own due date.
      return anchors.today;
    default: {
      const unreachable: never = from;
      return unreachable;
    }
  }
}

/** The due date of the stage a case enters now, or null when the stage has no target. */
export function stageDueDate(status: CaseStatus, anchors: StageAnchors): string | null {
  if (!hasStageDeadline(status)) return null;
  const rule = stageDeadlines[status];
  return computeDueDate(rule, anchorDay(rule.from, anchors));
}

/** Days left (negative once overdue) as of today in Germany. */
export function toCaseDeadline(dueAt: string | null, today: string): CaseDeadline | null {
  if (!dueAt) return null;
  const daysLeft = daysBetween(today, dueAt);
  return { dueAt, daysLeft, overdue: daysLeft < 0 };
}

/**
 * The BA's consent counts as given when a week has passed since the request; from that day the
 * case page says so, though the case moves on only when staff record the pre-approval.
 */
export function toBaConsent(
  requestedAt: string | null,
  status: CaseStatus,
  today: string,
): BaConsent | null {
  if (!requestedAt || status !== 'ba_consent_pending') return null;
  const deemedGivenOn = computeDueDate(
    stageDeadlines.ba_consent_pending,
    todayInGermany(new Date(requestedAt)),
  );
  return { requestedAt, deemedGivenOn, deemedGiven: today >= deemedGivenOn };
}
