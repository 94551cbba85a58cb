import { type Db, newId, schema } from '@itc/db';
import {
  type CaseStatus,
  evaluatePrecheck,
  findOccupation,
  type HireInput,
  isFinalCaseStatus,
} from '@itc/shared';
import { makeInput } from '@itc/shared/prechecks/testing/precheck-fixtures';
import { eq } from 'drizzle-orm';
import { aHireInput } from './hire-input';
import { insertTestHire } from './insert-test-hire';
import { completeAnswers } from './precheck-answers';
import { testStart } from './test-app';

let sequence = 0;

/**
 * A case stored straight into the tables, at any status and date, for tests of the queue, the
 * export and the dashboard (the workflow tests submit and move cases through the API).
 */
export function insertTestCase(
  db: Db,
  options: {
    organizationId: string;
    status?: CaseStatus;
    submittedAt?: string;
    dueAt?: string | null;
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
  sequence += 1;
  const reference = `ITC-2099-${String(sequence).padStart(6, '0')}`;
  const id = newId();
  db.insert(schema.cases)
    .values({
      id,
      reference,
      precheckId,
      hireId,
      organizationId: options.organizationId,
      status,
      version: 1,
      assigneeUserId: options.assigneeUserId ?? null,
      dueAt: options.dueAt ?? null,
      hireName: `${hire.givenNames} ${hire.familyName}`,
      employerName: organization.name,
      nationality: hire.nationality,
      occupationField: findOccupation(answers.job.iscoCode ?? '')?.field ?? null,
      closedAt: isFinalCaseStatus(status) ? submittedAt : null,
      submission: {
        hire: hireInput,
        answers,
        organizationName: organization.name,
        submittedByName: 'Test',
      },
      assessment,
      submittedBy: hire.createdBy,
      submittedAt,
      updatedAt: submittedAt,
    })
    .run();
  db.insert(schema.caseEvents)
    .values({
      caseId: id,
      fromStatus: null,
      toStatus: 'submitted',
      actorUserId: hire.createdBy,
      actingOrganizationId: options.organizationId,
      createdAt: submittedAt,
    })
    .run();
  return { id, reference };
}
