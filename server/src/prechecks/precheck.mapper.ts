import {
  buildPrecheckInput,
  type Precheck,
  type PrecheckDocument,
  precheckStepSchema,
} from '@itc/shared';
import type { CaseLink } from '../cases/case.queries';
import { toHireInput } from '../hires/hire.mapper';
import type { PrecheckRecord } from './precheck-access';

export function toPrecheck(
  { precheck, hire }: PrecheckRecord,
  documents: PrecheckDocument[],
  caseLink: CaseLink | null,
): Precheck {
  const built = buildPrecheckInput(toHireInput(hire), precheck.answers);
  return {
    id: precheck.id,
    hireId: precheck.hireId,
    organizationId: precheck.organizationId,
    status: precheck.status,
    // A plain text column; only saves validated against the step enum write it.
    step: precheckStepSchema.parse(precheck.step),
    answers: precheck.answers,
    assessment: precheck.assessment ?? null,
    missingAnswers: built.complete ? [] : built.missing,
    documents,
    caseId: caseLink?.id ?? null,
    caseReference: caseLink?.reference ?? null,
    version: precheck.version,
    createdAt: precheck.createdAt,
    updatedAt: precheck.updatedAt,
  };
}
