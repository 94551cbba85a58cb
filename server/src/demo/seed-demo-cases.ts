import { type Db, newId, schema, toHireValues } from '@itc/db';
import {
  type CaseStatus,
  hireInputSchema,
  type PrecheckAssessment,
  type PrecheckSubmission,
} from '@itc/shared';
import { caseHistoryPath, writeCaseHistory } from './case-history';
import { demoOrganizations, demoUsers } from './demo-accounts';
import { demoCaseAnswers, demoCaseProfiles } from './demo-case-profiles';
import { demoMessages, demoMoveNotes } from './demo-case-texts';
import { type DemoCase, demoCases, demoStageTiming } from './demo-cases';
import { type DemoDocumentFiles, storeDemoDocument } from './demo-documents';
import { assessDemoAnswers } from './demo-precheck-answers';
import { type DemoIds, idOf } from './seed-demo-hires';

type Tx = Pick<Db, 'select' | 'insert' | 'update'>;

const dayMs = 86_400_000;
const hourMs = 3_600_000;
/** Days between two moves of a demo timeline. */
const stepDays = 6;

const dayOf = (at: Date) => at.toISOString().slice(0, 10);
const daysFrom = (at: Date, days: number) => new Date(at.getTime() + days * dayMs);

type Plan = DemoCase & {
  path: CaseStatus[];
  eventTimes: Date[];
  hrEmail: string;
  organizationName: string;
};

function planOf(demo: DemoCase, now: Date): Plan {
  const path = demo.path ?? caseHistoryPath(demo.status);
  const lastAt = daysFrom(now, -demoStageTiming[demo.status].startedDaysAgo);
  const eventTimes = path.map((_, index) =>
    daysFrom(lastAt, -(path.length - 1 - index) * stepDays),
  );
  const hr = demoUsers.find((user) => user.organization === demo.organization);
  const organization = demoOrganizations.find((org) => org.key === demo.organization);
  if (!hr || !organization) throw new Error(`Unknown demo organisation ${demo.organization}`);
  return { ...demo, path, eventTimes, hrEmail: hr.email, organizationName: organization.name };
}

function insertDemoCase(
  tx: Tx,
  plan: Plan,
  context: { ids: DemoIds; now: Date; index: number; files: DemoDocumentFiles | null },
): void {
  const { ids, now, index, files } = context;
  const profile = demoCaseProfiles[plan.profile];
  const hire = hireInputSchema.parse({
    ...plan.person,
    passportExpiry: '2033-06-30',
    residenceCountry: plan.person.nationality,
    email: null,
    qualification: { ...profile.qualification, country: plan.person.nationality },
    germanLevel: profile.germanLevel,
    experienceYears: profile.experienceYears,
    familyMembers: [],
  });
  const answers = demoCaseAnswers(profile, now);
  const assessment = assessDemoAnswersOrThrow(hire, answers, plan);
  const organizationId = idOf(ids.organizations, plan.organization);
  const hrId = idOf(ids.users, plan.hrEmail);
  const reviewerId = idOf(ids.users, 'sachbearbeitung@stadt.example');
  const cityId = idOf(ids.organizations, 'city');
  const submittedAt = plan.eventTimes[0]!;
  const timing = demoStageTiming[plan.status];
  const hireId = newId();
  const precheckId = newId();

  // As the submission leaves them: the hire in the procedure, the pre-check submitted.
  tx.insert(schema.hires)
    .values({
      id: hireId,
      organizationId,
      ...toHireValues(hire),
      status: 'in_procedure',
      createdBy: hrId,
      createdAt: daysFrom(submittedAt, -10).toISOString(),
      updatedAt: submittedAt.toISOString(),
    })
    .run();
  tx.insert(schema.prechecks)
    .values({
      id: precheckId,
      hireId,
      organizationId,
      status: 'submitted',
      step: 'review',
      answers,
      assessment,
      createdBy: hrId,
      createdAt: daysFrom(submittedAt, -2).toISOString(),
      updatedAt: submittedAt.toISOString(),
      version: 2,
    })
    .run();
  if (files) {
    insertDemoDocuments(tx, files, {
      precheckId,
      organizationId,
      uploadedBy: hrId,
      uploadedAt: daysFrom(submittedAt, -1).toISOString(),
      required: assessment.requiredDocuments.filter((document) => document.required),
    });
  }
  const submission: PrecheckSubmission = {
    hire,
    answers,
    organizationName: plan.organizationName,
    submittedByName: demoUsers.find((user) => user.email === plan.hrEmail)?.name ?? '',
  };
  const reviewer = { userId: reviewerId, organizationId: cityId };
  const caseRow = writeCaseHistory(tx, {
    opening: { precheckId, hireId, organizationId, submission, assessment },
    employer: { userId: hrId, organizationId },
    reviewer,
    steps: plan.path.map((status, step) => ({ status, at: plan.eventTimes[step]! })),
    // The current stage's due date relative to the seeding day, so overdue cases stay overdue.
    dueAt: timing.dueInDays === null ? null : dayOf(daysFrom(now, timing.dueInDays)),
    notes: demoMoveNotes,
    // Fresh submissions wait in the queue unassigned; every fifth case lies with the admin.
    assignee:
      plan.status === 'submitted'
        ? null
        : index % 5 === 0
          ? { userId: idOf(ids.users, 'admin@stadt.example'), organizationId: cityId }
          : reviewer,
  });
  for (const message of demoMessages) {
    const step = plan.path.indexOf(message.after);
    if (step < 0) continue;
    const byCity = message.side === 'city';
    tx.insert(schema.caseMessages)
      .values({
        id: newId(),
        caseId: caseRow.id,
        authorUserId: byCity ? reviewerId : hrId,
        authorOrganizationId: byCity ? cityId : organizationId,
        internal: message.internal,
        body: message.body,
        createdAt: new Date(plan.eventTimes[step]!.getTime() + 2 * hourMs).toISOString(),
      })
      .run();
  }
}

/** A sample file for each document the submission required, uploaded the day before. */
function insertDemoDocuments(
  tx: Tx,
  files: DemoDocumentFiles,
  upload: {
    precheckId: string;
    organizationId: string;
    uploadedBy: string;
    uploadedAt: string;
    required: PrecheckAssessment['requiredDocuments'];
  },
): void {
  for (const document of upload.required) {
    tx.insert(schema.documents)
      .values({
        id: newId(),
        precheckId: upload.precheckId,
        organizationId: upload.organizationId,
        requirementCode: document.code,
        fileName: `${document.label.replaceAll('/', '-')}.pdf`,
        contentType: 'application/pdf',
        sizeBytes: files.bytes.byteLength,
        sha256: files.sha256,
        storageKey: storeDemoDocument(files),
        uploadedBy: upload.uploadedBy,
        uploadedAt: upload.uploadedAt,
      })
      .run();
  }
}

function assessDemoAnswersOrThrow(
  hire: ReturnType<typeof hireInputSchema.parse>,
  answers: ReturnType<typeof demoCaseAnswers>,
  plan: Plan,
): PrecheckAssessment {
  const assessment = assessDemoAnswers(hire, answers);
  if (!assessment?.acceleratedProcedure.available) {
    throw new Error(`Demo case ${plan.person.familyName} would not be submittable`);
  }
  return assessment;
}

/**
 * Cases for both demo employers in every status, with timelines, messages (one an internal
 * note) and a document request awaiting an answer, so the portal shows a working procedure at
 * once. Only into a database without cases. With `files`, each submission has its required
 * documents as sample PDFs in the upload folder.
 */
export function seedDemoCases(
  tx: Tx,
  ids: DemoIds,
  now: Date,
  files: DemoDocumentFiles | null = null,
): void {
  if (tx.select({ id: schema.cases.id }).from(schema.cases).limit(1).get()) return;
  // Opened in the order they were submitted, so the references count up with the dates.
  demoCases
    .map((demo) => planOf(demo, now))
    .sort((a, b) => a.eventTimes[0]!.getTime() - b.eventTimes[0]!.getTime())
    .forEach((plan, index) => {
      insertDemoCase(tx, plan, { ids, now, index, files });
    });
}
