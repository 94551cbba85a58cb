import {
  allowedTransitions,
  type CaseAccess,
  type CaseTransitionTarget,
  isPathway16dOpen,
} from '@itc/shared';
import type { CaseRow } from '../case.mapper';
import { actorSideOf } from '../case-access.queries';

/** The moves the caller may make on the case now, from the one table in `shared`. */
export function allowedTransitionsFor(
  caseRow: CaseRow,
  access: CaseAccess,
): CaseTransitionTarget[] {
  const side = actorSideOf(access);
  if (!side) return [];
  return allowedTransitions(caseRow.status, side, {
    pathway16dOpen: isPathway16dOpen(caseRow.assessment),
    resumeStatus: caseRow.resumeStatus,
  });
}
