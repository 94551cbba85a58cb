import type { User } from '@itc/shared';
import { HttpResponse, http } from 'msw';
import { getMockState, problem } from './mock-api';

/**
 * The account actions of HR (own organisation) and the city admin, on the mock API's users.
 * Tests add them with `server.use(...accountHandlers)`; `accountRequests` lists what was sent.
 */
export const accountRequests: string[] = [];

function findTarget(userId: string, organizationId?: string) {
  const { session, users } = getMockState();
  if (!session) return { error: problem(401, 'unauthenticated') };
  if (userId === session.id) return { error: problem(409, 'cannot_change_own_account') };
  const user = users.find(
    (u) => u.id === userId && (!organizationId || u.organization.id === organizationId),
  );
  return user ? { user } : { error: problem(404, 'not_found') };
}

function replace(updated: User): Response {
  const { users } = getMockState();
  users.splice(
    users.findIndex((u) => u.id === updated.id),
    1,
    updated,
  );
  return HttpResponse.json(updated);
}

function setActive(active: boolean, userId: string, organizationId?: string): Response {
  const { user, error } = findTarget(userId, organizationId);
  if (error) return error;
  if (user.active === active) {
    return problem(409, active ? 'user_already_active' : 'user_already_inactive');
  }
  return replace({ ...user, active });
}

function resend(userId: string, organizationId?: string): Response {
  const { user, error } = findTarget(userId, organizationId);
  if (error) return error;
  if (!user.invitationPending) return problem(409, 'invitation_not_pending');
  return HttpResponse.json(user);
}

function recorded(request: Request) {
  accountRequests.push(`${request.method} ${new URL(request.url).pathname}`);
}

export const accountHandlers = [
  http.post('/api/organizations/:id/users/:userId/deactivate', ({ params, request }) => {
    recorded(request);
    return setActive(false, String(params.userId), String(params.id));
  }),
  http.post('/api/organizations/:id/users/:userId/reactivate', ({ params, request }) => {
    recorded(request);
    return setActive(true, String(params.userId), String(params.id));
  }),
  http.post('/api/organizations/:id/invitations/:userId/resend', ({ params, request }) => {
    recorded(request);
    return resend(String(params.userId), String(params.id));
  }),
  http.delete('/api/organizations/:id/invitations/:userId', ({ params, request }) => {
    recorded(request);
    const { user, error } = findTarget(String(params.userId), String(params.id));
    if (error) return error;
    if (!user.invitationPending) return problem(409, 'invitation_not_pending');
    const { users } = getMockState();
    users.splice(users.indexOf(user), 1);
    return new HttpResponse(null, { status: 204 });
  }),
  http.post('/api/admin/users/:id/invitation/resend', ({ params, request }) => {
    recorded(request);
    return resend(String(params.id));
  }),
  http.post('/api/admin/users/:id/reactivate', ({ params, request }) => {
    recorded(request);
    return setActive(true, String(params.id));
  }),
  http.post('/api/admin/users/:id/second-factor/reset', ({ params, request }) => {
    recorded(request);
    const { user, error } = findTarget(String(params.id));
    if (error) return error;
    if (!user.secondFactorEnabled) return problem(409, 'second_factor_not_enabled');
    return replace({ ...user, secondFactorEnabled: false });
  }),
];

export function resetAccountRequests(): void {
  accountRequests.length = 0;
}
