import { type Db, schema } from '@itc/db';
import type { Locale, SubmittedCase } from '@itc/shared';
import { eq } from 'drizzle-orm';
import { onBehalfOf } from '../access/employer-access';
import type { AuthContext } from '../app-env';
import { toSubmittedCase } from '../cases/case.mapper';
import { openCase } from '../cases/open-case.service';
import { toHireInput } from '../hires/hire.mapper';
import { AppError } from '../lib/app-error';
import { getOrganization } from '../organizations/organizations.service';
import { assertCurrentVersion, assertDraft, findPrecheckToActOn } from './precheck-access';
import { checkSubmission } from './submission-check';

/**
 * Submits a draft to the ITC. In one transaction: the case with its reference, first event and
 * the audit entry, the pre-check marked submitted, the hire moved to `in_procedure`. Any refusal
 * throws before the first write, and a failure later rolls everything back.
 */
export function submitPrecheck(options: {
  db: Db;
  now: Date;
  auth: AuthContext;
  locale: Locale;
  id: string;
  version: number;
}): SubmittedCase {
  const { db, now, auth, locale, id, version } = options;
  return db.transaction((tx) => {
    const record = findPrecheckToActOn(tx, auth, id);
    const { precheck, hire } = record;
    assertDraft(precheck);
    assertCurrentVersion(precheck, version);
    const employer = getOrganization(tx, hire.organizationId);
    if (employer.verificationStatus !== 'verified') {
      throw new AppError('organization_not_verified', {
        detail: `${employer.name} has not been verified by the city yet. Pre-checks can be prepared now and submitted once the verification is done.`,
      });
    }
    if (hire.status !== 'active') {
      throw new AppError('hire_not_active', {
        detail: `Only an active hire can be submitted; this one is ${hire.status}.`,
      });
    }
    const uploaded = tx
      .select({ code: schema.documents.requirementCode })
      .from(schema.documents)
      .where(eq(schema.documents.precheckId, id))
      .all();
    const assessment = checkSubmission(record, new Set(uploaded.map((row) => row.code)), locale);

    const timestamp = now.toISOString();
    const caseRow = openCase(tx, {
      now,
      actor: { userId: auth.user.id, organizationId: auth.organization.id },
      onBehalfOfOrganizationId: onBehalfOf(auth, hire.organizationId),
      precheckId: id,
      hireId: hire.id,
      organizationId: hire.organizationId,
      submission: {
        hire: toHireInput(hire),
        answers: precheck.answers,
        organizationName: employer.name,
        submittedByName: auth.user.name,
      },
      assessment,
    });
    tx.update(schema.prechecks)
      .set({ status: 'submitted', assessment, updatedAt: timestamp, version: precheck.version + 1 })
      .where(eq(schema.prechecks.id, id))
      .run();
    tx.update(schema.hires)
      .set({ status: 'in_procedure', updatedAt: timestamp, version: hire.version + 1 })
      .where(eq(schema.hires.id, hire.id))
      .run();
    return toSubmittedCase(caseRow);
  });
}
