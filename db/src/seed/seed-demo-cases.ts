import {
  type CaseStatus,
  findOccupation,
  hireInputSchema,
  isFinalCaseStatus,
  type PermitType,
  type PrecheckAssessment,
  type PrecheckSubmission,
} from '@itc/shared';
import type { Db } from '../client';
import { toHireValues } from '../hire-values';
import { newId } from '../ids';
import {
  auditLog,
  caseDocumentRequests,
  caseEvents,
  caseMessages,
  caseReferenceCounters,
  cases,
  documents,
  hires,
  prechecks,
} from '../schema';
import { caseHistoryPath } from './case-history';
import { demoOrganizations, demoUsers } from './demo-accounts';
import { demoCaseAnswers, demoCaseProfiles } from './demo-case-profiles';
import {
  demoMessages,
  demoMoveNotes,
  demoRejectionReason,
  demoRequestedDocuments,
  demoRequestMessage,
  demoWithdrawalReason,
} from './demo-case-texts';
import { type DemoCase, demoCases, demoStageTiming } from './demo-cases';
import { type DemoDocumentFiles, storeDemoDocument } from './demo-documents';
import { assessDemoAnswers } from './demo-precheck-answers';
import type { DemoIds } from './seed-demo-hires';

type Tx = Pick<Db, 'select' | 'insert'>;

const dayMs = 86_400_000;
const hourMs = 3_600_000;
/** Days between two moves of a demo timeline. */
const stepDays = 6;

/** Moves the employer side records; city staff make the others. */
const employerMoves: readonly CaseStatus[] = [
  'submitted',
  'visa_appointment_booked',
  'visa_issued',
  'visa_refused',
  'entered',
  'withdrawn',
];

function idOf(ids: Map<string, string>, key: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`Unknown demo record ${key}`);
  return id;
}

const dayOf = (at: Date) => at.toISOString().slice(0, 10);
const daysFrom = (at: Date, days: number) => new Date(at.getTime() + days * dayMs);

/** The residence title a permit would be issued under: the first open pathway's. */
function permitTypeOf(assessment: PrecheckAssessment): PermitType {
  const open = assessment.pathways.find((pathway) => pathway.result !== 'not_eligible');
  const code = open?.code ?? '18b';
  return code === '18g-it' ? '18g' : code;
}

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

function moveData(
  status: CaseStatus,
  at: Date,
  context: { assessment: PrecheckAssessment; now: Date; requestId: string | null },
): Record<string, unknown> {
  switch (status) {
    case 'documents_requested':
      return {
        documents: demoRequestedDocuments,
        message: demoRequestMessage,
        dueDate: dayOf(daysFrom(context.now, demoStageTiming.documents_requested.dueInDays ?? 14)),
        ...(context.requestId ? { documentRequestId: context.requestId } : {}),
      };
    case 'visa_appointment_booked':
      return { appointmentDate: dayOf(daysFrom(at, 12)) };
    case 'permit_issued':
      return {
        permitType: permitTypeOf(context.assessment),
        validUntil: dayOf(daysFrom(at, 4 * 365)),
      };
    case 'rejected':
      return { reason: demoRejectionReason };
    case 'withdrawn':
      return { reason: demoWithdrawalReason };
    default:
      return {};
  }
}

function hireStatusOf(status: CaseStatus) {
  if (status === 'entered' || status === 'permit_issued') return 'arrived' as const;
  return isFinalCaseStatus(status) ? ('active' as const) : ('in_procedure' as const);
}

function insertDemoCase(
  tx: Tx,
  plan: Plan,
  context: {
    ids: DemoIds;
    now: Date;
    reference: string;
    index: number;
    files: DemoDocumentFiles | null;
  },
): void {
  const { ids, now, reference, index, files } = context;
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
  const lastAt = plan.eventTimes.at(-1)!;
  const timing = demoStageTiming[plan.status];
  const hireId = newId();
  const precheckId = newId();
  const caseId = newId();
  const requestId = plan.status === 'documents_requested' ? newId() : null;

  tx.insert(hires)
    .values({
      id: hireId,
      organizationId,
      ...toHireValues(hire),
      status: hireStatusOf(plan.status),
      createdBy: hrId,
      createdAt: daysFrom(submittedAt, -10).toISOString(),
      updatedAt: lastAt.toISOString(),
    })
    .run();
  tx.insert(prechecks)
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
  tx.insert(cases)
    .values({
      id: caseId,
      reference,
      precheckId,
      hireId,
      organizationId,
      status: plan.status,
      version: plan.path.length,
      // Fresh submissions wait in the queue unassigned; every fifth case lies with the admin.
      assigneeUserId:
        plan.status === 'submitted'
          ? null
          : index % 5 === 0
            ? idOf(ids.users, 'admin@stadt.example')
            : reviewerId,
      dueAt: timing.dueInDays === null ? null : dayOf(daysFrom(now, timing.dueInDays)),
      resumeStatus: plan.status === 'documents_requested' ? (plan.path.at(-2) ?? null) : null,
      baConsentRequestedAt: plan.status === 'ba_consent_pending' ? lastAt.toISOString() : null,
      hireName: `${hire.givenNames} ${hire.familyName}`,
      employerName: plan.organizationName,
      nationality: hire.nationality,
      occupationField: findOccupation(profile.iscoCode)?.field ?? null,
      closedAt: isFinalCaseStatus(plan.status) ? lastAt.toISOString() : null,
      submission,
      assessment,
      submittedBy: hrId,
      submittedAt: submittedAt.toISOString(),
      updatedAt: lastAt.toISOString(),
    })
    .run();
  plan.path.forEach((status, step) => {
    const byEmployer = employerMoves.includes(status);
    const at = plan.eventTimes[step]!;
    const actor = {
      actorUserId: byEmployer ? hrId : reviewerId,
      actingOrganizationId: byEmployer ? organizationId : cityId,
    };
    const data =
      status === 'submitted'
        ? { precheckId }
        : moveData(status, at, { assessment, now, requestId });
    tx.insert(caseEvents)
      .values({
        caseId,
        fromStatus: plan.path[step - 1] ?? null,
        toStatus: status,
        ...actor,
        note: demoMoveNotes[status] ?? null,
        data,
        createdAt: at.toISOString(),
      })
      .run();
    // The audit entries the server writes for a submission and each move, less the due dates
    // of past stages, which the demo timeline does not keep.
    tx.insert(auditLog)
      .values({
        ...actor,
        onBehalfOfOrganizationId: byEmployer ? null : organizationId,
        createdAt: at.toISOString(),
        ...(step === 0
          ? {
              action: 'precheck.submitted' as const,
              targetType: 'precheck' as const,
              targetId: precheckId,
              before: { status: 'draft', hireStatus: 'active' },
              after: { status: 'submitted', caseId, reference },
            }
          : {
              action: 'case.transitioned' as const,
              targetType: 'case' as const,
              targetId: caseId,
              reason: typeof data.reason === 'string' ? data.reason : null,
              before: { status: plan.path[step - 1], version: step },
              after: { status, version: step + 1 },
            }),
      })
      .run();
  });
  if (requestId) {
    tx.insert(caseDocumentRequests)
      .values({
        id: requestId,
        caseId,
        fromStatus: plan.path.at(-2) ?? 'in_review',
        requestedDocuments: demoRequestedDocuments,
        message: demoRequestMessage,
        dueAt: dayOf(daysFrom(now, timing.dueInDays ?? 14)),
        requestedBy: reviewerId,
        requestedAt: lastAt.toISOString(),
      })
      .run();
  }
  for (const message of demoMessages) {
    const step = plan.path.indexOf(message.after);
    if (step < 0) continue;
    const byCity = message.side === 'city';
    tx.insert(caseMessages)
      .values({
        id: newId(),
        caseId,
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
    tx.insert(documents)
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
  if (tx.select({ id: cases.id }).from(cases).limit(1).get()) return;
  const plans = demoCases
    .map((demo) => planOf(demo, now))
    .sort((a, b) => a.eventTimes[0]!.getTime() - b.eventTimes[0]!.getTime());
  const lastByYear = new Map<number, number>();
  plans.forEach((plan, index) => {
    const year = plan.eventTimes[0]!.getUTCFullYear();
    const number = (lastByYear.get(year) ?? 0) + 1;
    lastByYear.set(year, number);
    const reference = `ITC-${year}-${String(number).padStart(6, '0')}`;
    insertDemoCase(tx, plan, { ids, now, reference, index, files });
  });
  for (const [year, last] of lastByYear) {
    tx.insert(caseReferenceCounters).values({ year, last }).run();
  }
}
