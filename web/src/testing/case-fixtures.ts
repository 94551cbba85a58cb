import {
  type CaseAssignee,
  type CaseDashboard,
  type CaseDetail,
  type CaseListItem,
  type CaseMessage,
  type CaseOverview,
  type CaseShare,
  caseDashboardSchema,
  caseDetailSchema,
  caseListItemSchema,
  caseMessageSchema,
  caseOverviewSchema,
  caseShareSchema,
  type Hire,
} from '@itc/shared';
import {
  adminUser,
  cityOrganization,
  createdAt,
  hrUser,
  summaryOf,
  verifiedEmployer,
} from './fixtures';
import { assessDraft, completeAnswers, engineerHire, jobcenterOrganization } from './hire-fixtures';

function hireInput(hire: Hire) {
  const {
    id: _id,
    organizationId: _org,
    organizationName: _name,
    status: _status,
    version: _version,
    createdAt: _created,
    updatedAt: _updated,
    ...input
  } = hire;
  return input;
}

const assessment = assessDraft(engineerHire, completeAnswers).assessment;
if (!assessment) throw new Error('The complete answers must yield an assessment');

/** The engineer's case, in review at the ITC since the 21st, due on the 4th of December. */
export const engineerCase: CaseDetail = caseDetailSchema.parse({
  id: 'case-iyer',
  reference: 'ITC-2026-000042',
  status: 'in_review',
  version: 3,
  hireId: engineerHire.id,
  hireName: 'Rohan Venkatesh Iyer',
  organizationId: verifiedEmployer.id,
  organizationName: verifiedEmployer.name,
  submittedAt: createdAt,
  submission: {
    hire: hireInput(engineerHire),
    answers: { ...completeAnswers, residenceTitle: '18g' },
    organizationName: verifiedEmployer.name,
    submittedByName: hrUser.name,
  },
  assessment,
  access: 'employer',
  allowedTransitions: ['withdrawn'],
  can: {
    writeMessages: true,
    readInternalNotes: false,
    assign: false,
    share: true,
    uploadRequestedDocuments: false,
    answerDocumentRequest: false,
    reportEmploymentEnded: false,
  },
  progressStep: 'in_review',
  resumeStatus: null,
  deadline: { dueAt: '2026-12-04', daysLeft: 9, overdue: false },
  baConsent: null,
  assignee: null,
  timeline: [
    {
      id: 1,
      kind: 'status_changed',
      fromStatus: 'submitted',
      toStatus: 'in_review',
      note: null,
      details: {},
      actor: { name: 'Petra Schmitz', organizationName: cityOrganization.name, side: 'city' },
      createdAt: '2026-11-21T08:15:00.000Z',
    },
  ],
  openDocumentRequest: null,
  documentRequests: [],
  documents: [],
  shares: [],
  partnersWithMandate: [],
  employmentEnded: null,
  updatedAt: '2026-11-21T08:15:00.000Z',
  closedAt: null,
});

/** How city staff see the same case: every move from review is theirs. */
export function cityView(detail: CaseDetail): CaseDetail {
  return {
    ...detail,
    access: 'city',
    allowedTransitions: ['documents_requested', 'forwarded', 'rejected'],
    can: {
      ...detail.can,
      readInternalNotes: true,
      assign: true,
      share: false,
    },
  };
}

export function listItemOf(detail: CaseDetail): CaseListItem {
  return caseListItemSchema.parse({
    id: detail.id,
    reference: detail.reference,
    status: detail.status,
    version: detail.version,
    resumeStatus: detail.resumeStatus,
    hireName: detail.hireName,
    organizationId: detail.organizationId,
    organizationName: detail.organizationName,
    nationality: detail.submission.hire.nationality,
    occupationField: null,
    submittedAt: detail.submittedAt,
    deadline: detail.deadline,
    assignee: detail.assignee,
    closedAt: detail.closedAt,
  });
}

export const engineerCaseMessages: CaseMessage[] = [
  caseMessageSchema.parse({
    id: 'message-1',
    caseId: engineerCase.id,
    body: 'Vielen Dank, wir prüfen die Unterlagen.',
    internal: false,
    author: {
      id: 'user-city',
      name: 'Petra Schmitz',
      organizationName: cityOrganization.name,
      side: 'city',
    },
    createdAt: '2026-11-21T08:20:00.000Z',
  }),
];

/** The active city staff a case can be assigned to, by name. */
export const assignableCityStaff: CaseAssignee[] = [
  { id: 'user-city', name: 'Petra Schmitz' },
  { id: adminUser.id, name: adminUser.name },
];

/** The engineer has entered Germany: the employer side may report an early end. */
export function enteredView(detail: CaseDetail): CaseDetail {
  return {
    ...detail,
    status: 'entered',
    progressStep: 'entered',
    allowedTransitions: [],
    deadline: null,
    can: { ...detail.can, reportEmploymentEnded: true },
  };
}

/** The engineer's case, shared with the Jobcenter by the employer's HR user. */
export const jobcenterShare: CaseShare = caseShareSchema.parse({
  id: 'share-jobcenter',
  partner: summaryOf(jobcenterOrganization),
  sharedByName: hrUser.name,
  sharedAt: '2026-11-22T09:00:00.000Z',
  revokedAt: null,
});

/** Figures of three cases, as the dashboard shows them. */
export const caseDashboardFixture: CaseDashboard = caseDashboardSchema.parse({
  period: { from: '2026-08-27', to: '2026-11-25' },
  total: 3,
  countsByStatus: [
    { status: 'in_review', count: 2 },
    { status: 'forwarded', count: 1 },
  ],
  casesPerWeek: [
    { week: '2026-W46', weekStart: '2026-11-09', count: 1 },
    { week: '2026-W47', weekStart: '2026-11-16', count: 2 },
  ],
  medianDaysPerStage: [],
  overdueCount: 1,
  byOccupationField: [{ occupationField: null, count: 3 }],
  byNationality: [{ nationality: 'IN', count: 3 }],
});

/** The reviewer's start page counts, as of the test clock's day (2026-12-01). */
export const caseOverviewFixture: CaseOverview = caseOverviewSchema.parse({
  newCount: 3,
  assignedToMeCount: 1,
  dueSoonCount: 2,
  overdueCount: 4,
  dueSoonUntil: '2026-12-08',
});
