import {
  acceptInvitationSchema,
  type CurrentUser,
  createPartnerOrganizationSchema,
  type ErrorCode,
  employerRegistrationSchema,
  type FieldError,
  type InvitationInfo,
  inviteColleagueSchema,
  inviteUserSchema,
  loginRequestSchema,
  type Organization,
  type OutboxMessage,
  problemSchema,
  rejectEmployerSchema,
  type User,
  updatePreferencesSchema,
} from '@itc/shared';
import { HttpResponse, http } from 'msw';
import type { z } from 'zod';
import {
  adminUser,
  cityOrganization,
  createdAt,
  hrUser,
  ihkOrganization,
  ihkUser,
  makeOrganization,
  makeOutboxMessage,
  pendingEmployer,
  pendingHrUser,
  rejectedEmployer,
  rejectedHrUser,
  secondPendingEmployer,
  summaryOf,
  testPassword,
  toUserRow,
  verifiedEmployer,
} from './fixtures';

/**
 * A small in-memory imitation of the server, following the API contract: the state changes
 * (verify, reject, invite …) so that a test sees what a user would see after an action.
 */
type MockState = {
  session: CurrentUser | null;
  organizations: Organization[];
  users: User[];
  outbox: OutboxMessage[];
  invitations: Map<string, InvitationInfo & { organizationId: string; locale: 'de' | 'en' }>;
};

export type RecordedRequest = { method: string; path: string; body: unknown };

const state: MockState = {
  session: null,
  organizations: [],
  users: [],
  outbox: [],
  invitations: new Map(),
};
const requests: RecordedRequest[] = [];
let nextId = 1;

export const validInvitationToken = 'invitation-token-0123456789abcdef';

export function resetMockApi(): void {
  state.session = null;
  state.organizations = [
    cityOrganization,
    verifiedEmployer,
    pendingEmployer,
    secondPendingEmployer,
    rejectedEmployer,
    ihkOrganization,
  ];
  state.users = [
    toUserRow(adminUser, cityOrganization),
    toUserRow(hrUser, verifiedEmployer),
    toUserRow(pendingHrUser, pendingEmployer),
    toUserRow(rejectedHrUser, rejectedEmployer),
    toUserRow(ihkUser, ihkOrganization),
  ];
  state.outbox = [makeOutboxMessage({ id: 'mail-1' })];
  state.invitations = new Map([
    [
      validInvitationToken,
      {
        email: 'neu@rhein-stahl.example',
        name: 'Lena Schulz',
        organizationName: verifiedEmployer.name,
        organizationId: verifiedEmployer.id,
        role: 'employer_hr',
        locale: 'de',
      },
    ],
  ]);
  requests.length = 0;
  nextId = 1;
}

/** Starts the test logged in as this user. */
export function loginAs(user: CurrentUser): void {
  state.session = user;
}

export function getMockState(): Readonly<MockState> {
  return state;
}

/** Requests the app sent, e.g. to assert that the language switch saved the choice. */
export function recordedRequests(method?: string, path?: string): RecordedRequest[] {
  return requests.filter((r) => (!method || r.method === method) && (!path || r.path === path));
}

export function problem(
  status: number,
  code: ErrorCode,
  options: { errors?: FieldError[]; headers?: Record<string, string> } = {},
) {
  const body = problemSchema.parse({
    type: `https://itc.duisburg.example/problems/${code}`,
    title: code,
    status,
    code,
    ...(options.errors ? { errors: options.errors } : {}),
  });
  return HttpResponse.json(body, {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...options.headers },
  });
}

function validationProblem(error: z.ZodError) {
  return problem(400, 'validation_failed', {
    errors: error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
  });
}

async function record(request: Request): Promise<unknown> {
  const url = new URL(request.url);
  let body: unknown;
  const text = await request.clone().text();
  if (text) body = JSON.parse(text);
  requests.push({ method: request.method, path: url.pathname, body });
  return body;
}

function paginate<T>(items: T[], url: URL) {
  const limit = Number(url.searchParams.get('limit') ?? 20);
  const start = Number(url.searchParams.get('cursor') ?? 0);
  const page = items.slice(start, start + limit);
  const next = start + limit < items.length ? String(start + limit) : null;
  return { items: page, nextCursor: next };
}

function currentUserFromRow(user: User): CurrentUser {
  const { id, email, name, role, locale, organization } = user;
  return { id, email, name, role, locale, organization };
}

function requireSession() {
  return state.session ? null : problem(401, 'unauthenticated');
}

function requireAdmin() {
  if (!state.session) return problem(401, 'unauthenticated');
  return state.session.role === 'city_admin' ? null : problem(403, 'forbidden');
}

function newId(prefix: string) {
  nextId += 1;
  return `${prefix}-${nextId}`;
}

function replaceOrganization(updated: Organization) {
  state.organizations = state.organizations.map((o) => (o.id === updated.id ? updated : o));
  state.users = state.users.map((u) =>
    u.organization.id === updated.id ? { ...u, organization: summaryOf(updated) } : u,
  );
}

export const handlers = [
  http.get('/api/health', () => HttpResponse.json({ status: 'ok' })),

  http.get('/api/auth/me', () =>
    state.session ? HttpResponse.json({ user: state.session }) : problem(401, 'unauthenticated'),
  ),

  http.post('/api/auth/login', async ({ request }) => {
    const parsed = loginRequestSchema.safeParse(await record(request));
    if (!parsed.success) return validationProblem(parsed.error);
    const row = state.users.find((u) => u.email === parsed.data.email);
    if (!row || parsed.data.password !== testPassword) return problem(401, 'invalid_credentials');
    if (!row.active) return problem(401, 'account_inactive');
    state.session = currentUserFromRow(row);
    return HttpResponse.json({ user: state.session });
  }),

  http.post('/api/auth/logout', async ({ request }) => {
    await record(request);
    state.session = null;
    return new HttpResponse(null, { status: 204 });
  }),

  http.patch('/api/auth/me', async ({ request }) => {
    const denied = requireSession();
    if (denied) return denied;
    const parsed = updatePreferencesSchema.safeParse(await record(request));
    if (!parsed.success) return validationProblem(parsed.error);
    state.session = { ...state.session!, locale: parsed.data.locale };
    return HttpResponse.json({ user: state.session });
  }),

  http.post('/api/registrations/employer', async ({ request }) => {
    const parsed = employerRegistrationSchema.safeParse(await record(request));
    if (!parsed.success) return validationProblem(parsed.error);
    const { company, user } = parsed.data;
    if (state.users.some((u) => u.email === user.email)) {
      return problem(409, 'email_taken', {
        errors: [{ path: 'user.email', message: 'email_taken' }],
      });
    }
    const organization = makeOrganization({
      id: newId('org'),
      name: company.name,
      verificationStatus: 'pending',
      address: company.address,
      handelsregisterNumber: company.handelsregisterNumber,
      betriebsnummer: company.betriebsnummer,
    });
    state.organizations.push(organization);
    const row = toUserRow(
      {
        id: newId('user'),
        email: user.email,
        name: user.name,
        role: 'employer_hr',
        locale: user.locale,
        organization: summaryOf(organization),
      },
      organization,
    );
    state.users.push(row);
    state.session = currentUserFromRow(row);
    return HttpResponse.json({ user: state.session }, { status: 201 });
  }),

  http.get('/api/invitations/:token', ({ params }) => {
    const invitation = state.invitations.get(String(params.token));
    if (!invitation) return problem(404, 'invitation_invalid');
    const { email, name, organizationName, role } = invitation;
    return HttpResponse.json({ email, name, organizationName, role });
  }),

  http.post('/api/invitations/accept', async ({ request }) => {
    const parsed = acceptInvitationSchema.safeParse(await record(request));
    if (!parsed.success) return validationProblem(parsed.error);
    const invitation = state.invitations.get(parsed.data.token);
    if (!invitation) return problem(404, 'invitation_invalid');
    state.invitations.delete(parsed.data.token);
    const organization = state.organizations.find((o) => o.id === invitation.organizationId)!;
    const row = toUserRow(
      {
        id: newId('user'),
        email: invitation.email,
        name: invitation.name,
        role: invitation.role,
        locale: invitation.locale,
        organization: summaryOf(organization),
      },
      organization,
    );
    state.users.push(row);
    state.session = currentUserFromRow(row);
    return HttpResponse.json({ user: state.session });
  }),

  http.get('/api/organizations/:id', ({ params }) => {
    const denied = requireSession();
    if (denied) return denied;
    const organization = state.organizations.find((o) => o.id === params.id);
    const isCity = state.session!.organization.type === 'city';
    if (!organization || (!isCity && organization.id !== state.session!.organization.id)) {
      return problem(404, 'not_found');
    }
    return HttpResponse.json(organization);
  }),

  http.get('/api/organizations/:id/users', ({ params, request }) => {
    const denied = requireSession();
    if (denied) return denied;
    if (params.id !== state.session!.organization.id) return problem(404, 'not_found');
    const users = state.users.filter((u) => u.organization.id === params.id);
    return HttpResponse.json(paginate(users, new URL(request.url)));
  }),

  http.post('/api/organizations/:id/invitations', async ({ params, request }) => {
    const denied = requireSession();
    if (denied) return denied;
    const parsed = inviteColleagueSchema.safeParse(await record(request));
    if (!parsed.success) return validationProblem(parsed.error);
    if (state.users.some((u) => u.email === parsed.data.email)) {
      return problem(409, 'email_taken', { errors: [{ path: 'email', message: 'email_taken' }] });
    }
    const organization = state.organizations.find((o) => o.id === params.id)!;
    const row = toUserRow(
      {
        id: newId('user'),
        email: parsed.data.email,
        name: parsed.data.name,
        role: 'employer_hr',
        locale: parsed.data.locale,
        organization: summaryOf(organization),
      },
      organization,
      { invitationPending: true, createdAt },
    );
    state.users.push(row);
    return HttpResponse.json(row, { status: 201 });
  }),

  http.get('/api/admin/organizations', ({ request }) => {
    const denied = requireAdmin();
    if (denied) return denied;
    const url = new URL(request.url);
    const type = url.searchParams.get('type');
    const status = url.searchParams.get('verificationStatus');
    const items = state.organizations.filter(
      (o) => (!type || o.type === type) && (!status || o.verificationStatus === status),
    );
    return HttpResponse.json(paginate(items, url));
  }),

  http.post('/api/admin/organizations', async ({ request }) => {
    const denied = requireAdmin();
    if (denied) return denied;
    const parsed = createPartnerOrganizationSchema.safeParse(await record(request));
    if (!parsed.success) return validationProblem(parsed.error);
    const organization = makeOrganization({
      id: newId('org'),
      name: parsed.data.name,
      type: parsed.data.type,
      address: parsed.data.address,
      handelsregisterNumber: null,
      betriebsnummer: null,
    });
    state.organizations.push(organization);
    return HttpResponse.json(organization, { status: 201 });
  }),

  http.post('/api/admin/organizations/:id/verify', async ({ params, request }) => {
    const denied = requireAdmin();
    if (denied) return denied;
    await record(request);
    const organization = state.organizations.find((o) => o.id === params.id);
    if (!organization) return problem(404, 'not_found');
    const updated = { ...organization, verificationStatus: 'verified' as const };
    replaceOrganization(updated);
    return HttpResponse.json(updated);
  }),

  http.post('/api/admin/organizations/:id/reject', async ({ params, request }) => {
    const denied = requireAdmin();
    if (denied) return denied;
    const parsed = rejectEmployerSchema.safeParse(await record(request));
    if (!parsed.success) return validationProblem(parsed.error);
    const organization = state.organizations.find((o) => o.id === params.id);
    if (!organization) return problem(404, 'not_found');
    const updated = {
      ...organization,
      verificationStatus: 'rejected' as const,
      rejectionReason: parsed.data.reason,
    };
    replaceOrganization(updated);
    return HttpResponse.json(updated);
  }),

  http.get('/api/admin/users', ({ request }) => {
    const denied = requireAdmin();
    if (denied) return denied;
    const url = new URL(request.url);
    const organizationId = url.searchParams.get('organizationId');
    const users = state.users.filter(
      (u) => !organizationId || u.organization.id === organizationId,
    );
    return HttpResponse.json(paginate(users, url));
  }),

  http.post('/api/admin/invitations', async ({ request }) => {
    const denied = requireAdmin();
    if (denied) return denied;
    const parsed = inviteUserSchema.safeParse(await record(request));
    if (!parsed.success) return validationProblem(parsed.error);
    if (state.users.some((u) => u.email === parsed.data.email)) {
      return problem(409, 'email_taken', { errors: [{ path: 'email', message: 'email_taken' }] });
    }
    const organization = state.organizations.find((o) => o.id === parsed.data.organizationId)!;
    const row = toUserRow(
      {
        id: newId('user'),
        email: parsed.data.email,
        name: parsed.data.name,
        role: parsed.data.role,
        locale: parsed.data.locale,
        organization: summaryOf(organization),
      },
      organization,
      { invitationPending: true },
    );
    state.users.push(row);
    return HttpResponse.json(row, { status: 201 });
  }),

  http.post('/api/admin/users/:id/deactivate', async ({ params, request }) => {
    const denied = requireAdmin();
    if (denied) return denied;
    await record(request);
    const user = state.users.find((u) => u.id === params.id);
    if (!user) return problem(404, 'not_found');
    const updated = { ...user, active: false };
    state.users = state.users.map((u) => (u.id === updated.id ? updated : u));
    return HttpResponse.json(updated);
  }),

  http.get('/api/admin/outbox', ({ request }) => {
    const denied = requireAdmin();
    if (denied) return denied;
    return HttpResponse.json(paginate(state.outbox, new URL(request.url)));
  }),
];
