import { type Db, newId, schema } from '@itc/db';
import { type CaseStatus, evaluatePrecheck, type HireInput } from '@itc/shared';
import { makeInput } from '@itc/shared/testing';
import { eq } from 'drizzle-orm';
import { caseHistoryPath, writeCaseHistory } from '../demo/case-history';
import { aHireInput } from './hire-input';
import { insertTestHire } from './insert-test-hire';
import { completeAnswers } from './precheck-answers';
import { testStart } from './test-app';

/**
 * A case at any status and date for tests of the queue, the export and the dashboard, written
 * through the case writer as the API would have (the workflow tests submit and move through the API).
 */
export function insertTestCase(
  db: Db,
  options: {
    organizationId: string;
    status?: CaseStatus;
    submittedAt?: string;
    dueAt?: string | null;
    /** Days each step of the case's history comes after the one before (0 where not given). */
    stepDays?: number[];
    /** Notes on the moves into these statuses. */
    notes?: Partial<Record<CaseStatus, string>>;
    assigneeUserId?: string | null;
    hire?: Partial<HireInput>;
    iscoCode?: string;
    /** Changes to the assessed input, e.g. a partial recognition that opens § 16d. */
    precheckInput?: Parameters<typeof makeInput>[0];
  },
): { id: string; reference: string } {
  const hireInput = aHireInput(options.hire);
  const hireId = insertTestHire(db, { organizationId: options.organizationId, hire: hireInput });
  const hire = db.select().from(schema.hires).where(eq(schema.hires.id, hireId)).get()!;
  const organization = db
    .select()
    .from(schema.organizations)
    .where(eq(schema.organizations.id, options.organizationId))
    .get()!;
  const status = options.status ?? 'submitted';
  const submittedAt = options.submittedAt ?? testStart.toISOString();
  const answers = completeAnswers({ iscoCode: options.iscoCode ?? '2151' });
  const assessment = evaluatePrecheck(makeInput(options.precheckInput), { locale: 'de' });
  const precheckId = newId();
  db.insert(schema.prechecks)
    .values({
      id: precheckId,
      hireId,
      organizationId: options.organizationId,
      status: 'submitted',
      step: 'review',
      answers,
      assessment,
      createdBy: hire.createdBy,
      createdAt: submittedAt,
      updatedAt: submittedAt,
    })
    .run();
  const employer = { userId: hire.createdBy, organizationId: options.organizationId };
  const reviewer = db
    .select({ userId: schema.users.id, organizationId: schema.users.organizationId })
    .from(schema.users)
    .innerJoin(schema.organizations, eq(schema.organizations.id, schema.users.organizationId))
    .where(eq(schema.organizations.type, 'city'))
    .get();
  if (!reviewer) throw new Error('no city staff to move the test case');
  let at = new Date(submittedAt).getTime();
  const steps = caseHistoryPath(status).map((step, index) => {
    if (index > 0) at += (options.stepDays?.[index - 1] ?? 0) * 86_400_000;
    return { status: step, at: new Date(at) };
  });
  const caseRow = db.transaction((tx) =>
    writeCaseHistory(tx, {
      opening: {
        precheckId,
        hireId,
        organizationId: options.organizationId,
        submission: {
          hire: hireInput,
          answers,
          organizationName: organization.name,
          submittedByName: 'Test',
        },
        assessment,
      },
      employer,
      reviewer,
      steps,
      notes: options.notes,
      dueAt: options.dueAt ?? null,
      assignee: options.assigneeUserId
        ? { userId: options.assigneeUserId, organizationId: reviewer.organizationId }
        : null,
    }),
  );
  return { id: caseRow.id, reference: caseRow.reference };
}
