import {
  type CaseDetail,
  type CaseMessage,
  type CurrentUser,
  caseDashboardSchema,
  caseDetailSchema,
  caseMessageSchema,
  caseTransitionRequestSchema,
  type ErrorCode,
  isCityRole,
  type Notification,
  notificationSchema,
  postCaseMessageSchema,
} from '@itc/shared';
import { HttpResponse, http } from 'msw';
import { cityView, engineerCase, engineerCaseMessages, listItemOf } from './case-fixtures';

type Deps = {
  session: () => CurrentUser | null;
  problem: (status: number, code: ErrorCode) => Response;
  record: (request: Request) => Promise<unknown>;
};

const caseState: {
  cases: CaseDetail[];
  messages: CaseMessage[];
  notifications: Notification[];
  detailFetches: number;
} = {
  cases: [],
  messages: [],
  notifications: [],
  detailFetches: 0,
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
}

/** Someone else moved the case meanwhile: the version the page holds is stale. */
export function bumpMockCaseVersion(id: string): void {
  caseState.cases = caseState.cases.map((c) =>
    c.id === id ? { ...c, version: c.version + 1 } : c,
  );
}

/** The cases part of the mock API: the employer's view, or city staff's (`cityView`). */
export function createCaseHandlers({ session, problem, record }: Deps) {
  const viewFor = (user: CurrentUser, detail: CaseDetail) =>
    isCityRole(user.role) ? cityView(detail) : detail;
  const visible = (user: CurrentUser) =>
    caseState.cases.filter(
      (c) => isCityRole(user.role) || c.organizationId === user.organization.id,
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
      const now = new Date().toISOString();
      caseState.notifications = caseState.notifications.map((n) => ({ ...n, readAt: now }));
      return HttpResponse.json({ unreadCount: 0 });
    }),
    http.post('/api/notifications/:id/read', async ({ params, request }) => {
      if (!session()) return problem(401, 'unauthenticated');
      await record(request);
      const found = caseState.notifications.find((n) => n.id === params.id);
      if (!found) return problem(404, 'not_found');
      const read = { ...found, readAt: new Date().toISOString() };
      caseState.notifications = caseState.notifications.map((n) => (n.id === read.id ? read : n));
      return HttpResponse.json(read);
    }),
    http.get('/api/cases/dashboard', () => {
      const user = session();
      if (!user) return problem(401, 'unauthenticated');
      if (!isCityRole(user.role)) return problem(403, 'forbidden');
      return HttpResponse.json(
        caseDashboardSchema.parse({
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
        }),
      );
    }),
    http.get('/api/cases', () => {
      const user = session();
      if (!user) return problem(401, 'unauthenticated');
      return HttpResponse.json({ items: visible(user).map(listItemOf), nextCursor: null });
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
      caseState.cases = caseState.cases.map((c) => (c.id === moved.id ? moved : c));
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
        createdAt: new Date().toISOString(),
      });
      caseState.messages.push(message);
      return HttpResponse.json(message, { status: 201 });
    }),
  ];
}
