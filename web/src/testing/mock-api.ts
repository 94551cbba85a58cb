import {
  acceptInvitationSchema,
  type CurrentUser,
  checkHire,
  checklistForResidenceTitle,
  createHireSchema,
  createPartnerOrganizationSchema,
  documentSchema,
  type ErrorCode,
  employerRegistrationReviewSchema,
  employerRegistrationSchema,
  type FieldError,
  grantMandateSchema,
  type Hire,
  hireListItemSchema,
  hireSchema,
  type InvitationInfo,
  inviteColleagueSchema,
  inviteUserSchema,
  listMissingFormAnswers,
  loginRequestSchema,
  type Mandate,
  mandateSchema,
  normalizeSearchText,
  type Organization,
  type OutboxMessage,
  type Precheck,
  problemSchema,
  rejectEmployerSchema,
  resolveResidenceTitle,
  type SubmittedCase,
  savePrecheckSchema,
  submittedCaseSchema,
  type User,
  updateHireSchema,
  updatePreferencesSchema,
  validationMessages,
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
import {
  assessDraft,
  engineerDraft,
  engineerHire,
  ihkMandate,
  jobcenterOrganization,
  pendingEmployerDraft,
  pendingEmployerHire,
  seniorDraft,
  seniorHire,
} from './hire-fixtures';
import { createAuditLogHandlers } from './mock-audit-log-api';
import { createCaseHandlers, resetMockCases } from './mock-cases-api';
import { createEventHandlers, resetMockEvents } from './mock-events-api';
import {
  createSecondFactorHandlers,
  currentUserOf,
  mockLoginAnswer,
  resetMockSecondFactor,
} from './mock-second-factor-api';
import { testClock } from './test-clock';

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
  hires: Hire[];
  mandates: Mandate[];
  /** Verified IHKs and Jobcenters that can receive a mandate. */
  partners: Organization[];
  prechecks: Precheck[];
  cases: SubmittedCase[];
};

export type RecordedRequest = { method: string; path: string; body: unknown };

const state: MockState = {
  session: null,
  organizations: [],
  users: [],
  outbox: [],
  invitations: new Map(),
  hires: [],
  mandates: [],
  partners: [],
  prechecks: [],
  cases: [],
};
const requests: RecordedRequest[] = [];
let nextId = 1;

export const validInvitationToken = 'invitation-token-0123456789abcdef';

export function resetMockApi(): void {
  state.session = null;
  resetMockSecondFactor();
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
  state.outbox = [
    makeOutboxMessage({ id: 'mail-1' }),
    makeOutboxMessage({
      id: 'mail-2',
      to: 'j.mueller@rhein-stahl.example',
      subject: 'Anmeldung bestätigt: Sprechstunde',
      attachments: [
        { filename: 'termin.ics', contentType: 'text/calendar; charset=utf-8', size: 1234 },
      ],
    }),
  ];
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
  state.hires = [engineerHire, seniorHire, pendingEmployerHire];
  state.mandates = [ihkMandate];
  state.partners = [ihkOrganization, jobcenterOrganization];
  state.prechecks = [engineerDraft, seniorDraft, pendingEmployerDraft];
  state.cases = [];
  requests.length = 0;
  nextId = 1;
  resetMockEvents();
  resetMockCases();
}

/** Puts a pre-check into the mock API (replacing one with the same id or the hire's draft). */
export function putPrecheck(precheck: Precheck): void {
  state.prechecks = [
    precheck,
    ...state.prechecks.filter(
      (p) => p.id !== precheck.id && !(p.hireId === precheck.hireId && p.status === 'draft'),
    ),
  ];
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

const secondFactorDeps = {
  session: () => state.session,
  setSession: (user: CurrentUser | null) => {
    state.session = user;
  },
  users: () => state.users,
  problem,
  record,
};

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

/** Employers whose hires the session may see: its own, the mandating ones, or all (city). */
function visibleEmployerIds(): string[] | 'all' {
  const session = state.session!;
  if (session.organization.type === 'city') return 'all';
  if (session.organization.type === 'employer') return [session.organization.id];
  return state.mandates
    .filter((m) => m.partner.id === session.organization.id && !m.revokedAt)
    .map((m) => m.employer.id);
}

function canSee(employerId: string): boolean {
  const ids = visibleEmployerIds();
  return ids === 'all' || ids.includes(employerId);
}

/** null when the session may work for the employer, else the problem to answer. */
function denyActing(employerId: string) {
  if (!canSee(employerId)) return problem(404, 'not_found');
  return state.session!.organization.type === 'city' ? problem(403, 'forbidden') : null;
}

function today(): string {
  return testClock.now().toISOString().slice(0, 10);
}

function replaceHire(updated: Hire) {
  state.hires = state.hires.map((h) => (h.id === updated.id ? updated : h));
}

function replacePrecheck(updated: Precheck) {
  state.prechecks = state.prechecks.map((p) => (p.id === updated.id ? updated : p));
}

function findPrecheckRecord(id: string) {
  const precheck = state.prechecks.find((p) => p.id === id);
  const hire = precheck && state.hires.find((h) => h.id === precheck.hireId);
  return precheck && hire && canSee(hire.organizationId) ? { precheck, hire } : null;
}

const now = () => testClock.now().toISOString();

export const handlers = [
  http.get('/api/health', () => HttpResponse.json({ status: 'ok' })),
  http.get('/api/settings', () => HttpResponse.json({ retentionDays: 365 })),

  http.get('/api/auth/me', () =>
    state.session ? HttpResponse.json({ user: state.session }) : problem(401, 'unauthenticated'),
  ),

  http.post('/api/auth/login', async ({ request }) => {
    const parsed = loginRequestSchema.safeParse(await record(request));
    if (!parsed.success) return validationProblem(parsed.error);
    const row = state.users.find((u) => u.email === parsed.data.email);
    if (!row || parsed.data.password !== testPassword) return problem(401, 'invalid_credentials');
    if (!row.active) return problem(401, 'account_inactive');
    return mockLoginAnswer(secondFactorDeps, row);
  }),
  ...createSecondFactorHandlers(secondFactorDeps),

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
    state.session = currentUserOf(row);
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
    state.session = currentUserOf(row);
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

  http.get('/api/admin/employer-registrations', ({ request }) => {
    const denied = requireAdmin();
    if (denied) return denied;
    const url = new URL(request.url);
    const status = url.searchParams.get('verificationStatus');
    const items = state.organizations
      .filter((o) => o.type === 'employer' && (!status || o.verificationStatus === status))
      .map((organization) => {
        const first = state.users.find((u) => u.organization.id === organization.id);
        return employerRegistrationReviewSchema.parse({
          ...organization,
          registrant: first ? { name: first.name, email: first.email, locale: first.locale } : null,
        });
      });
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
    const url = new URL(request.url);
    const q = url.searchParams.get('q')?.toLowerCase();
    const found = q
      ? state.outbox.filter((m) => `${m.to} ${m.subject}`.toLowerCase().includes(q))
      : state.outbox;
    return HttpResponse.json(paginate(found, url));
  }),

  http.get('/api/hires', ({ request }) => {
    const denied = requireSession();
    if (denied) return denied;
    const url = new URL(request.url);
    const q = normalizeSearchText(url.searchParams.get('q') ?? '');
    const status = url.searchParams.get('status');
    const organizationId = url.searchParams.get('organizationId');
    const items = state.hires
      .filter((h) => canSee(h.organizationId))
      .filter((h) => !organizationId || h.organizationId === organizationId)
      .filter((h) => !status || h.status === status)
      .filter((h) => !q || normalizeSearchText(`${h.givenNames} ${h.familyName}`).includes(q))
      .map((h) =>
        hireListItemSchema.parse({
          id: h.id,
          organizationId: h.organizationId,
          organizationName: h.organizationName,
          givenNames: h.givenNames,
          familyName: h.familyName,
          dateOfBirth: h.dateOfBirth,
          nationality: h.nationality,
          germanLevel: h.germanLevel,
          status: h.status,
          createdAt: h.createdAt,
          updatedAt: h.updatedAt,
        }),
      );
    return HttpResponse.json(paginate(items, url));
  }),

  http.post('/api/hires', async ({ request }) => {
    const denied = requireSession();
    if (denied) return denied;
    const parsed = createHireSchema.safeParse(await record(request));
    if (!parsed.success) return validationProblem(parsed.error);
    const { organizationId: requested, ...input } = parsed.data;
    const session = state.session!;
    const employerId =
      requested ?? (session.organization.type === 'employer' ? session.organization.id : null);
    if (!employerId) {
      return problem(400, 'validation_failed', {
        errors: [{ path: 'organizationId', message: 'required' }],
      });
    }
    const refused = denyActing(employerId);
    if (refused) return refused;
    const errors = checkHire(input, today());
    if (errors.length > 0) return problem(400, 'validation_failed', { errors });
    const employer = state.organizations.find((o) => o.id === employerId)!;
    const hire = hireSchema.parse({
      ...input,
      id: newId('hire'),
      organizationId: employerId,
      organizationName: employer.name,
      status: 'active',
      version: 1,
      createdAt: now(),
      updatedAt: now(),
    });
    state.hires.unshift(hire);
    return HttpResponse.json(hire, { status: 201 });
  }),

  http.get('/api/hires/:id', ({ params }) => {
    const denied = requireSession();
    if (denied) return denied;
    const hire = state.hires.find((h) => h.id === params.id);
    if (!hire || !canSee(hire.organizationId)) return problem(404, 'not_found');
    return HttpResponse.json(hire);
  }),

  http.put('/api/hires/:id', async ({ params, request }) => {
    const denied = requireSession();
    if (denied) return denied;
    const parsed = updateHireSchema.safeParse(await record(request));
    if (!parsed.success) return validationProblem(parsed.error);
    const hire = state.hires.find((h) => h.id === params.id);
    if (!hire) return problem(404, 'not_found');
    const refused = denyActing(hire.organizationId);
    if (refused) return refused;
    const { version, ...input } = parsed.data;
    if (hire.status === 'archived') return problem(409, 'hire_archived');
    if (version !== hire.version) return problem(409, 'stale_version');
    const errors = checkHire(input, today());
    if (errors.length > 0) return problem(400, 'validation_failed', { errors });
    const updated = hireSchema.parse({ ...hire, ...input, version: version + 1, updatedAt: now() });
    replaceHire(updated);
    return HttpResponse.json(updated);
  }),

  http.post('/api/hires/:id/archive', async ({ params, request }) => {
    const denied = requireSession();
    if (denied) return denied;
    await record(request);
    const hire = state.hires.find((h) => h.id === params.id);
    if (!hire) return problem(404, 'not_found');
    const refused = denyActing(hire.organizationId);
    if (refused) return refused;
    if (hire.status === 'archived') return problem(409, 'hire_archived');
    if (hire.status === 'in_procedure') return problem(409, 'hire_in_procedure');
    const updated = { ...hire, status: 'archived' as const, version: hire.version + 1 };
    replaceHire(updated);
    return HttpResponse.json(updated);
  }),

  http.get('/api/mandates', ({ request }) => {
    const denied = requireSession();
    if (denied) return denied;
    const url = new URL(request.url);
    const status = url.searchParams.get('status');
    const orgId = state.session!.organization.id;
    const items = state.mandates
      .filter((m) => m.employer.id === orgId || m.partner.id === orgId)
      .filter((m) => !status || (status === 'active' ? !m.revokedAt : Boolean(m.revokedAt)));
    return HttpResponse.json(paginate(items, url));
  }),

  http.get('/api/partner-organizations', ({ request }) => {
    const denied = requireSession();
    if (denied) return denied;
    return HttpResponse.json(paginate(state.partners.map(summaryOf), new URL(request.url)));
  }),

  http.post('/api/mandates', async ({ request }) => {
    const denied = requireSession();
    if (denied) return denied;
    const parsed = grantMandateSchema.safeParse(await record(request));
    if (!parsed.success) return validationProblem(parsed.error);
    const session = state.session!;
    if (session.role !== 'employer_hr') return problem(403, 'forbidden');
    const partner = state.partners.find((p) => p.id === parsed.data.partnerOrganizationId);
    if (!partner) {
      return problem(400, 'validation_failed', {
        errors: [
          {
            path: 'partnerOrganizationId',
            message: validationMessages.partner_organization_invalid.de,
          },
        ],
      });
    }
    if (
      state.mandates.some(
        (m) =>
          m.employer.id === session.organization.id && m.partner.id === partner.id && !m.revokedAt,
      )
    ) {
      return problem(409, 'mandate_already_held');
    }
    const employer = state.organizations.find((o) => o.id === session.organization.id)!;
    const mandate = mandateSchema.parse({
      id: newId('mandate'),
      employer: summaryOf(employer),
      partner: summaryOf(partner),
      grantedByName: session.name,
      grantedAt: now(),
      revokedAt: null,
    });
    state.mandates.unshift(mandate);
    return HttpResponse.json(mandate, { status: 201 });
  }),

  http.post('/api/mandates/:id/revoke', async ({ params, request }) => {
    const denied = requireSession();
    if (denied) return denied;
    await record(request);
    const mandate = state.mandates.find((m) => m.id === params.id);
    if (!mandate || mandate.employer.id !== state.session!.organization.id) {
      return problem(404, 'not_found');
    }
    if (mandate.revokedAt) return problem(409, 'mandate_already_revoked');
    const revoked = { ...mandate, revokedAt: now() };
    state.mandates = state.mandates.map((m) => (m.id === revoked.id ? revoked : m));
    return HttpResponse.json(revoked);
  }),

  http.get('/api/prechecks', ({ request }) => {
    const denied = requireSession();
    if (denied) return denied;
    const url = new URL(request.url);
    const hireId = url.searchParams.get('hireId');
    const status = url.searchParams.get('status');
    const items = state.prechecks.filter((p) => {
      const hire = state.hires.find((h) => h.id === p.hireId);
      return (
        hire &&
        canSee(hire.organizationId) &&
        (!hireId || p.hireId === hireId) &&
        (!status || p.status === status)
      );
    });
    return HttpResponse.json(paginate(items, url));
  }),

  http.post('/api/prechecks', async ({ request }) => {
    const denied = requireSession();
    if (denied) return denied;
    const body = (await record(request)) as { hireId?: string };
    const hire = state.hires.find((h) => h.id === body.hireId);
    if (!hire) return problem(404, 'not_found');
    const refused = denyActing(hire.organizationId);
    if (refused) return refused;
    if (state.prechecks.some((p) => p.hireId === hire.id && p.status === 'draft')) {
      return problem(409, 'precheck_in_progress');
    }
    const precheck: Precheck = {
      id: newId('precheck'),
      hireId: hire.id,
      organizationId: hire.organizationId,
      status: 'draft',
      step: 'job',
      answers: engineerDraft.answers,
      assessment: null,
      missingAnswers: assessDraft(hire, engineerDraft.answers).missingAnswers,
      documents: [],
      caseId: null,
      caseReference: null,
      version: 1,
      createdAt: now(),
      updatedAt: now(),
    };
    state.prechecks.unshift(precheck);
    return HttpResponse.json(precheck, { status: 201 });
  }),

  http.get('/api/prechecks/:id', ({ params }) => {
    const denied = requireSession();
    if (denied) return denied;
    const found = findPrecheckRecord(String(params.id));
    return found ? HttpResponse.json(found.precheck) : problem(404, 'not_found');
  }),

  http.put('/api/prechecks/:id', async ({ params, request }) => {
    const denied = requireSession();
    if (denied) return denied;
    const parsed = savePrecheckSchema.safeParse(await record(request));
    if (!parsed.success) return validationProblem(parsed.error);
    const found = findPrecheckRecord(String(params.id));
    if (!found) return problem(404, 'not_found');
    const { precheck, hire } = found;
    const refused = denyActing(hire.organizationId);
    if (refused) return refused;
    if (precheck.status !== 'draft') return problem(409, 'precheck_submitted');
    if (precheck.version !== parsed.data.version) return problem(409, 'stale_version');
    const saved: Precheck = {
      ...precheck,
      step: parsed.data.step,
      answers: parsed.data.answers,
      ...assessDraft(hire, parsed.data.answers),
      version: precheck.version + 1,
      updatedAt: now(),
    };
    replacePrecheck(saved);
    return HttpResponse.json(saved);
  }),

  http.post('/api/prechecks/:id/documents', async ({ params, request }) => {
    const denied = requireSession();
    if (denied) return denied;
    const found = findPrecheckRecord(String(params.id));
    if (!found) return problem(404, 'not_found');
    const form = await request.formData();
    const requirementCode = String(form.get('requirementCode') ?? '');
    const file = form.get('file') as { name?: string; type?: string; size?: number } | null;
    requests.push({ method: 'POST', path: new URL(request.url).pathname, body: requirementCode });
    // jsdom's File loses its name on the way through XMLHttpRequest; a stand-in name is used.
    const fileName = file?.name && file.name !== 'blob' ? file.name : `${requirementCode}.pdf`;
    const document = documentSchema.parse({
      id: newId('document'),
      requirementCode,
      fileName,
      contentType: 'application/pdf',
      sizeBytes: 48213,
      sha256: 'a'.repeat(64),
      uploadedAt: now(),
    });
    replacePrecheck({
      ...found.precheck,
      documents: [
        ...found.precheck.documents.filter((d) => d.requirementCode !== requirementCode),
        document,
      ],
    });
    return HttpResponse.json(document, { status: 201 });
  }),

  http.delete('/api/prechecks/:id/documents/:documentId', async ({ params, request }) => {
    const denied = requireSession();
    if (denied) return denied;
    await record(request);
    const found = findPrecheckRecord(String(params.id));
    if (!found) return problem(404, 'not_found');
    replacePrecheck({
      ...found.precheck,
      documents: found.precheck.documents.filter((d) => d.id !== params.documentId),
    });
    return new HttpResponse(null, { status: 204 });
  }),

  http.post('/api/prechecks/:id/submit', async ({ params, request }) => {
    const denied = requireSession();
    if (denied) return denied;
    const body = (await record(request)) as { declaration?: unknown } | undefined;
    const found = findPrecheckRecord(String(params.id));
    if (!found) return problem(404, 'not_found');
    const { precheck, hire } = found;
    const refused = denyActing(hire.organizationId);
    if (refused) return refused;
    const employer = state.organizations.find((o) => o.id === hire.organizationId)!;
    if (employer.verificationStatus !== 'verified') {
      return problem(403, 'organization_not_verified');
    }
    if (body?.declaration !== true) {
      return problem(400, 'validation_failed', {
        errors: [{ path: 'declaration', message: validationMessages.declaration_required.de }],
      });
    }
    const answerGaps = [...precheck.missingAnswers, ...listMissingFormAnswers(precheck.answers)];
    const uploaded = new Set(precheck.documents.map((d) => d.requirementCode));
    const title =
      precheck.assessment &&
      resolveResidenceTitle(precheck.assessment, precheck.answers.residenceTitle);
    const checklist =
      precheck.assessment && title
        ? checklistForResidenceTitle(precheck.assessment.requiredDocuments, title)
        : [];
    const documentGaps = checklist.filter((d) => d.required && !uploaded.has(d.code));
    const errors: FieldError[] = [
      ...answerGaps.map((path) => ({ path, message: validationMessages.answer_missing.de })),
      ...documentGaps.map((d) => ({
        path: `documents.${d.code}`,
        message: `${d.label}: ${validationMessages.document_missing.de}`,
      })),
    ];
    if (errors.length > 0 || !precheck.assessment) {
      return problem(409, 'precheck_incomplete', { errors });
    }
    const {
      id,
      organizationId,
      organizationName: _name,
      status: _status,
      version,
      createdAt: _created,
      updatedAt: _updated,
      ...input
    } = hire;
    const submitted = submittedCaseSchema.parse({
      id: newId('case'),
      reference: 'ITC-2026-000123',
      status: 'submitted',
      version: 1,
      hireId: id,
      hireName: `${hire.givenNames} ${hire.familyName}`,
      organizationId,
      organizationName: employer.name,
      submittedAt: now(),
      submission: {
        hire: input,
        answers: precheck.answers,
        organizationName: employer.name,
        submittedByName: state.session!.name,
      },
      assessment: precheck.assessment,
    });
    state.cases.push(submitted);
    replacePrecheck({
      ...precheck,
      status: 'submitted',
      caseId: submitted.id,
      caseReference: submitted.reference,
      version: precheck.version + 1,
    });
    replaceHire({ ...hire, status: 'in_procedure', version: version + 1 });
    return HttpResponse.json(submitted, { status: 201 });
  }),

  ...createEventHandlers({ session: () => state.session, problem, record }),
  ...createAuditLogHandlers({ session: () => state.session, problem }),
  ...createCaseHandlers({
    session: () => state.session,
    problem,
    record,
    partners: () => state.partners.map(summaryOf),
    holdsMandate: (employerId, partnerId) =>
      state.mandates.some(
        (m) => m.employer.id === employerId && m.partner.id === partnerId && !m.revokedAt,
      ),
  }),
];
