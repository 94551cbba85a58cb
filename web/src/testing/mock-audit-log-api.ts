import {
  type AuditLogEntry,
  auditLogEntrySchema,
  type CurrentUser,
  type ErrorCode,
} from '@itc/shared';
import { HttpResponse, http } from 'msw';
import { engineerCase } from './case-fixtures';
import { adminUser, cityOrganization, hrUser, verifiedEmployer } from './fixtures';

type Deps = {
  session: () => CurrentUser | null;
  problem: (status: number, code: ErrorCode) => Response;
};

const actorOf = ({ id, name, email }: CurrentUser) => ({ id, name, email });

/** The city admin acting on the engineer's case for its employer. */
const byAdminOnEngineerCase = {
  actor: actorOf(adminUser),
  actingOrganization: { id: cityOrganization.id, name: cityOrganization.name },
  onBehalfOfOrganization: { id: verifiedEmployer.id, name: verifiedEmployer.name },
  targetType: 'case' as const,
  targetId: engineerCase.id,
  targetLabel: engineerCase.reference,
};

/** Newest first, as the server answers: three steps of the engineer's case, then sign-ins. */
export const auditLogEntries: AuditLogEntry[] = [
  {
    id: 61,
    action: 'case.transitioned',
    ...byAdminOnEngineerCase,
    reason: 'Arbeitsvertrag fehlt.',
    details: {
      before: { status: 'in_review', version: 3, dueAt: null },
      after: { status: 'documents_requested', version: 4, dueAt: '2026-12-08' },
    },
    namesById: {},
    createdAt: '2026-11-24T14:30:00.000Z',
  },
  {
    id: 60,
    action: 'case.assigned',
    ...byAdminOnEngineerCase,
    reason: null,
    details: { before: { assigneeUserId: null }, after: { assigneeUserId: 'user-city' } },
    namesById: { 'user-city': 'Petra Schmitz' },
    createdAt: '2026-11-22T10:00:00.000Z',
  },
  {
    id: 59,
    action: 'precheck.submitted',
    actor: actorOf(hrUser),
    actingOrganization: { id: verifiedEmployer.id, name: verifiedEmployer.name },
    onBehalfOfOrganization: null,
    targetType: 'precheck',
    targetId: 'precheck-iyer',
    targetLabel: engineerCase.hireName,
    reason: null,
    details: {
      before: { status: 'draft', hireStatus: 'active' },
      after: { status: 'submitted', caseId: engineerCase.id, reference: engineerCase.reference },
    },
    namesById: {},
    createdAt: '2026-11-20T09:30:00.000Z',
  },
  ...Array.from({ length: 58 }, (_, index) => ({
    id: 58 - index,
    action: 'auth.login' as const,
    actor: actorOf(hrUser),
    actingOrganization: { id: verifiedEmployer.id, name: verifiedEmployer.name },
    onBehalfOfOrganization: null,
    targetType: 'user' as const,
    targetId: hrUser.id,
    targetLabel: hrUser.name,
    reason: null,
    details: { before: null, after: null },
    namesById: {},
    createdAt: new Date(Date.UTC(2026, 10, 19, 12) - index * 3_600_000).toISOString(),
  })),
].map((entry) => auditLogEntrySchema.parse(entry));

/** `GET /api/admin/audit-log` for city admins: the filters of the shared query, offset-paged. */
export function createAuditLogHandlers({ session, problem }: Deps) {
  return [
    http.get('/api/admin/audit-log', ({ request }) => {
      const user = session();
      if (!user) return problem(401, 'unauthenticated');
      if (user.role !== 'city_admin') return problem(403, 'forbidden');
      const query = new URL(request.url).searchParams;
      const actor = query.get('actorUserId');
      const reference = query.get('caseReference');
      const from = query.get('from');
      const to = query.get('to');
      const matching = auditLogEntries.filter(
        (entry) =>
          (!actor || entry.actor?.id === actor) &&
          (!reference || (entry.targetType === 'case' && entry.targetLabel === reference)) &&
          (!from || entry.createdAt.slice(0, 10) >= from) &&
          (!to || entry.createdAt.slice(0, 10) <= to),
      );
      const limit = Number(query.get('limit') ?? 20);
      const start = Number(query.get('cursor') ?? 0);
      const next = start + limit < matching.length ? String(start + limit) : null;
      return HttpResponse.json({ items: matching.slice(start, start + limit), nextCursor: next });
    }),
  ];
}
