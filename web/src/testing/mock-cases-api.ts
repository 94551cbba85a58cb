import {
  assignCaseSchema,
  type CaseDetail,
  type CaseMessage,
  type CurrentUser,
  caseDetailSchema,
  caseEmployerSchema,
  caseMessageSchema,
  caseShareSchema,
  caseTransitionRequestSchema,
  type ErrorCode,
  type FieldError,
  isCityRole,
  type Notification,
  notificationSchema,
  type OrganizationSummary,
  postCaseMessageSchema,
  reportEmploymentEndedSchema,
  shareCaseSchema,
} from '@itc/shared';
import { HttpResponse, http } from 'msw';
import {
  assignableCityStaff,
  caseDashboardFixture,
  caseOverviewFixture,
  cityView,
  engineerCase,
  engineerCaseMessages,
  listItemOf,
} from './case-fixtures';
import { testClock } from './test-clock';

type Deps = {
  session: () => CurrentUser | null;
  problem: (status: number, code: ErrorCode, options?: { errors?: FieldError[] }) => Response;
  record: (request: Request) => Promise<unknown>;
  /** The verified IHKs and Jobcenters. */
  partners: () => OrganizationSummary[];
  /** Whether the partner holds an active mandate from the employer. */
  holdsMandate: (employerId: string, partnerId: string) => boolean;
};

const caseState: {
  cases: CaseDetail[];
  messages: CaseMessage[];
  notifications: Notification[];
  detailFetches: number;
  /** Share ids stay unique, so that a revoked one is not mistaken for a new one. */
  sharesMade: number;
  revokedShareIds: Set<string>;
} = {
  cases: [],
  messages: [],
  notifications: [],
  detailFetches: 0,
  sharesMade: 0,
  revokedShareIds: new Set(),
};

const caseNotification = notificationSchema.parse({
  id: 'notification-1',
  kind: 'case_status_changed',
  caseId: engineerCase.id,
  title: 'ITC-2026-000042: In Prüfung beim ITC',
  link: `/cases/${engineerCase.id}`,
  params: {},
  createdAt: '2026-11-21T08:15:00.000Z',
  readAt: null,
});

/** How often a case page asked for a case (to see a refetch). */
export function mockCaseFetches(): number {
  return caseState.detailFetches;
}

export function resetMockCases(): void {
  caseState.cases = [engineerCase];
  caseState.messages = [...engineerCaseMessages];
  caseState.notifications = [caseNotification];
  caseState.detailFetches = 0;
  caseState.sharesMade = 0;
  caseState.revokedShareIds = new Set();
}

/** Replaces the stored case with the same id, e.g. with one further along the procedure. */
export function putMockCase(detail: CaseDetail): void {
  caseState.cases = caseState.cases.map((c) => (c.id === detail.id ? detail : c));
}

/** Ends a share, e.g. as a colleague did meanwhile: the case lists active shares only. */
export function revokeMockShare(caseId: string, shareId: string): void {
  caseState.revokedShareIds.add(shareId);
  caseState.cases = caseState.cases.map((c) =>
    c.id === caseId ? { ...c, shares: c.shares.filter((share) => share.id !== shareId) } : c,
  );
}

/** Someone else moved the case meanwhile: the version the page holds is stale. */
export function bumpMockCaseVersion(id: string): void {
  caseState.cases = caseState.cases.map((c) =>
    c.id === id ? { ...c, version: c.version + 1 } : c,
  );
}

/**
 * The cases part of the mock API: the employer's view (its staff and mandated partners), or city
 * staff's (`cityView`).
 */
export function createCaseHandlers({ session, problem, record, partners, holdsMandate }: Deps) {
  const viewFor = (user: CurrentUser, detail: CaseDetail) =>
    isCityRole(user.role) ? cityView(detail) : detail;
  const visible = (user: CurrentUser) =>
    caseState.cases.filter(
      (c) =>
        isCityRole(user.role) ||
        c.organizationId === user.organization.id ||
        holdsMandate(c.organizationId, user.organization.id),
    );

  const unreadCount = () => caseState.notifications.filter((n) => !n.readAt).length;

  return [
    http.get('/api/notifications/unread-count', () => {
      if (!session()) return problem(401, 'unauthenticated');
      return HttpResponse.json({ unreadCount: unreadCount() });
    }),
    http.get('/api/notifications', () => {
      if (!session()) return problem(401, 'unauthenticated');
      return HttpResponse.json({
        items: caseState.notifications,
        nextCursor: null,
        unreadCount: unreadCount(),
      });
    }),
    http.post('/api/notifications/read-all', async ({ request }) => {
      if (!session()) return problem(401, 'unauthenticated');
      await record(request);
      const now = testClock.now().toISOString();
      caseState.notifications = caseState.notifications.map((n) => ({ ...n, readAt: now }));
      return HttpResponse.json({ unreadCount: 0 });
    }),
    http.post('/api/notifications/:id/read', async ({ params, request }) => {
      if (!session()) return problem(401, 'unauthenticated');
      await record(request);
      const found = caseState.notifications.find((n) => n.id === params.id);
      if (!found) return problem(404, 'not_found');
      const read = { ...found, readAt: testClock.now().toISOString() };
      caseState.notifications = caseState.notifications.map((n) => (n.id === read.id ? read : n));
      return HttpResponse.json(read);
    }),
    http.get('/api/cases/dashboard', () => {
      const user = session();
      if (!user) return problem(401, 'unauthenticated');
      if (!isCityRole(user.role)) return problem(403, 'forbidden');
      return HttpResponse.json(caseDashboardFixture);
    }),
    http.get('/api/cases/overview', () => {
      const user = session();
      if (!user) return problem(401, 'unauthenticated');
      if (!isCityRole(user.role)) return problem(403, 'forbidden');
      return HttpResponse.json(caseOverviewFixture);
    }),
    http.get('/api/cases', () => {
      const user = session();
      if (!user) return problem(401, 'unauthenticated');
      return HttpResponse.json({ items: visible(user).map(listItemOf), nextCursor: null });
    }),
    http.get('/api/cases/employers', () => {
      const user = session();
      if (!user) return problem(401, 'unauthenticated');
      if (!isCityRole(user.role)) return problem(403, 'forbidden');
      const employers = new Map(caseState.cases.map((c) => [c.organizationId, c.organizationName]));
      const items = [...employers].map(([id, name]) => caseEmployerSchema.parse({ id, name }));
      return HttpResponse.json({ items, nextCursor: null });
    }),
    // Before `/api/cases/:id`, which would take "assignable-users" for an id.
    http.get('/api/cases/assignable-users', () => {
      const user = session();
      if (!user) return problem(401, 'unauthenticated');
      if (!isCityRole(user.role)) return problem(403, 'forbidden');
      return HttpResponse.json({ items: assignableCityStaff, nextCursor: null });
    }),
    http.get('/api/cases/:id', ({ params }) => {
      const user = session();
      if (!user) return problem(401, 'unauthenticated');
      const found = visible(user).find((c) => c.id === params.id);
      if (!found) return problem(404, 'not_found');
      caseState.detailFetches += 1;
      return HttpResponse.json(caseDetailSchema.parse(viewFor(user, found)));
    }),
    http.post('/api/cases/:id/transitions', async ({ params, request }) => {
      const user = session();
      if (!user) return problem(401, 'unauthenticated');
      const found = visible(user).find((c) => c.id === params.id);
      if (!found) return problem(404, 'not_found');
      const parsed = caseTransitionRequestSchema.safeParse(await record(request));
      if (!parsed.success) return problem(400, 'validation_failed');
      if (parsed.data.version !== found.version) return problem(409, 'stale_version');
      if (!viewFor(user, found).allowedTransitions.includes(parsed.data.to)) {
        return problem(409, 'transition_not_allowed');
      }
      const moved: CaseDetail = {
        ...found,
        status: parsed.data.to,
        version: found.version + 1,
        allowedTransitions: [],
      };
      putMockCase(moved);
      return HttpResponse.json(caseDetailSchema.parse(viewFor(user, moved)));
    }),
    http.get('/api/cases/:id/messages', ({ params }) => {
      const user = session();
      if (!user) return problem(401, 'unauthenticated');
      const items = caseState.messages.filter(
        (m) => m.caseId === params.id && (!m.internal || isCityRole(user.role)),
      );
      return HttpResponse.json({ items, nextCursor: null });
    }),
    http.post('/api/cases/:id/messages', async ({ params, request }) => {
      const user = session();
      if (!user) return problem(401, 'unauthenticated');
      const parsed = postCaseMessageSchema.safeParse(await record(request));
      if (!parsed.success) return problem(400, 'validation_failed');
      if (parsed.data.internal && !isCityRole(user.role)) return problem(403, 'forbidden');
      const message = caseMessageSchema.parse({
        id: `message-${caseState.messages.length + 1}`,
        caseId: params.id,
        body: parsed.data.body,
        internal: parsed.data.internal,
        author: {
          id: user.id,
          name: user.name,
          organizationName: user.organization.name,
          side: isCityRole(user.role) ? 'city' : 'employer_side',
        },
        createdAt: testClock.now().toISOString(),
      });
      caseState.messages.push(message);
      return HttpResponse.json(message, { status: 201 });
    }),
    http.post('/api/cases/:id/assignee', async ({ params, request }) => {
      const user = session();
      if (!user) return problem(401, 'unauthenticated');
      const found = visible(user).find((c) => c.id === params.id);
      if (!found) return problem(404, 'not_found');
      if (!isCityRole(user.role)) return problem(403, 'forbidden');
      const parsed = assignCaseSchema.safeParse(await record(request));
      if (!parsed.success) return problem(400, 'validation_failed');
      const { userId } = parsed.data;
      const assignee = userId ? assignableCityStaff.find((staff) => staff.id === userId) : null;
      if (assignee === undefined) {
        return problem(400, 'validation_failed', {
          errors: [{ path: 'userId', message: 'assignee_invalid' }],
        });
      }
      const assigned = { ...found, assignee };
      putMockCase(assigned);
      return HttpResponse.json(caseDetailSchema.parse(viewFor(user, assigned)));
    }),
    http.post('/api/cases/:id/shares', async ({ params, request }) => {
      const user = session();
      if (!user) return problem(401, 'unauthenticated');
      const found = visible(user).find((c) => c.id === params.id);
      if (!found) return problem(404, 'not_found');
      if (!found.can.share || isCityRole(user.role)) return problem(403, 'forbidden');
      const parsed = shareCaseSchema.safeParse(await record(request));
      if (!parsed.success) return problem(400, 'validation_failed');
      const partner = partners().find((p) => p.id === parsed.data.partnerOrganizationId);
      if (!partner) {
        return problem(400, 'validation_failed', {
          errors: [{ path: 'partnerOrganizationId', message: 'partner_organization_invalid' }],
        });
      }
      if (holdsMandate(found.organizationId, partner.id)) {
        return problem(409, 'partner_holds_mandate');
      }
      if (found.shares.some((share) => share.partner.id === partner.id)) {
        return problem(409, 'case_already_shared');
      }
      caseState.sharesMade += 1;
      const share = caseShareSchema.parse({
        id: `share-${caseState.sharesMade}`,
        partner,
        sharedByName: user.name,
        sharedAt: testClock.now().toISOString(),
        revokedAt: null,
      });
      putMockCase({ ...found, shares: [...found.shares, share] });
      return HttpResponse.json(share, { status: 201 });
    }),
    http.post('/api/cases/:id/shares/:shareId/revoke', async ({ params, request }) => {
      const user = session();
      if (!user) return problem(401, 'unauthenticated');
      await record(request);
      const found = visible(user).find((c) => c.id === params.id);
      if (!found) return problem(404, 'not_found');
      if (!found.can.share || isCityRole(user.role)) return problem(403, 'forbidden');
      if (caseState.revokedShareIds.has(String(params.shareId))) {
        return problem(409, 'share_already_revoked');
      }
      const share = found.shares.find((s) => s.id === params.shareId);
      if (!share) return problem(404, 'not_found');
      revokeMockShare(found.id, share.id);
      return HttpResponse.json({ ...share, revokedAt: testClock.now().toISOString() });
    }),
    http.post('/api/cases/:id/employment-ended', async ({ params, request }) => {
      const user = session();
      if (!user) return problem(401, 'unauthenticated');
      const found = visible(user).find((c) => c.id === params.id);
      if (!found) return problem(404, 'not_found');
      if (isCityRole(user.role)) return problem(403, 'forbidden');
      const parsed = reportEmploymentEndedSchema.safeParse(await record(request));
      if (!parsed.success) return problem(400, 'validation_failed');
      if (!found.can.reportEmploymentEnded) {
        return problem(
          409,
          found.employmentEnded ? 'employment_end_already_reported' : 'case_not_entered',
        );
      }
      const { learnedOn } = parsed.data;
      // Four weeks later; the server also moves a due day off weekends and holidays.
      const due = new Date(`${learnedOn}T00:00:00Z`);
      due.setUTCDate(due.getUTCDate() + 28);
      const reportDueAt = due.toISOString().slice(0, 10);
      const reportedAt = testClock.now().toISOString();
      const reported: CaseDetail = {
        ...found,
        can: { ...found.can, reportEmploymentEnded: false },
        timeline: [
          ...found.timeline,
          {
            id: found.timeline.length + 1,
            kind: 'employment_ended',
            fromStatus: found.status,
            toStatus: found.status,
            note: parsed.data.note ?? null,
            details: { learnedOn, reportDueAt },
            actor: {
              name: user.name,
              organizationName: user.organization.name,
              side: 'employer_side',
            },
            createdAt: reportedAt,
          },
        ],
        employmentEnded: {
          learnedOn,
          reportDueAt,
          reportedAt,
          reportedLate: reportedAt.slice(0, 10) > reportDueAt,
        },
      };
      putMockCase(reported);
      return HttpResponse.json(caseDetailSchema.parse(viewFor(user, reported)));
    }),
  ];
}
