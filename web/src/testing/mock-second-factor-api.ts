import {
  type CurrentUser,
  disableSecondFactorSchema,
  type ErrorCode,
  type FieldError,
  isSecondFactorRequired,
  secondFactorCodeRequestSchema,
  type User,
} from '@itc/shared';
import { HttpResponse, http } from 'msw';
import { testPassword } from './fixtures';

/** The code the mock's "authenticator app" shows, and the recovery codes it hands out. */
export const testTotpCode = '123456';
export const testTotpSecret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
export const testRecoveryCodes = Array.from(
  { length: 10 },
  (_, i) => `ABCD${String.fromCharCode(65 + i)}-FGHI${String.fromCharCode(65 + i)}`,
);
const normalized = (code: string) => code.replace(/[\s-]/g, '').toUpperCase();

type Deps = {
  session: () => CurrentUser | null;
  setSession: (user: CurrentUser | null) => void;
  users: () => User[];
  problem: (
    status: number,
    code: ErrorCode,
    options?: { errors?: FieldError[] },
  ) => HttpResponse<never> | Response;
  record: (request: Request) => Promise<unknown>;
};

export function currentUserOf(user: User): CurrentUser {
  const { id, email, name, role, locale, organization, secondFactorEnabled } = user;
  return {
    id,
    email,
    name,
    role,
    locale,
    organization,
    secondFactorEnabled,
    mustEnrolSecondFactor: isSecondFactorRequired(role) && !secondFactorEnabled,
  };
}

let pendingChallengeUserId: string | null = null;
let isEnrolmentStarted = false;

/** Login: a user row with a factor gets the code step instead of a session. */
export function mockLoginAnswer(deps: Deps, row: User) {
  if (row.secondFactorEnabled) {
    pendingChallengeUserId = row.id;
    return HttpResponse.json({ secondFactor: 'totp' as const });
  }
  const user = currentUserOf(row);
  deps.setSession(user);
  return HttpResponse.json({ user, mustEnrolSecondFactor: user.mustEnrolSecondFactor });
}

export function resetMockSecondFactor() {
  pendingChallengeUserId = null;
  isEnrolmentStarted = false;
}

function setFactor(deps: Deps, userId: string, enabled: boolean) {
  const row = deps.users().find((u) => u.id === userId);
  if (row) row.secondFactorEnabled = enabled;
  const session = deps.session();
  if (session?.id === userId) {
    deps.setSession({ ...session, secondFactorEnabled: enabled, mustEnrolSecondFactor: false });
  }
}

export function createSecondFactorHandlers(deps: Deps) {
  const wrongCode = () =>
    deps.problem(401, 'second_factor_invalid', {
      errors: [{ path: 'code', message: 'wrong code' }],
    });
  return [
    http.post('/api/auth/login/second-factor', async ({ request }) => {
      const parsed = secondFactorCodeRequestSchema.safeParse(await deps.record(request));
      const row = deps.users().find((u) => u.id === pendingChallengeUserId);
      if (!row) return deps.problem(401, 'login_challenge_invalid');
      const code = parsed.success ? parsed.data.code : '';
      const isRight = code === testTotpCode || testRecoveryCodes.map(normalized).includes(code);
      if (!isRight) return wrongCode();
      pendingChallengeUserId = null;
      const user = currentUserOf(row);
      deps.setSession(user);
      return HttpResponse.json({ user, mustEnrolSecondFactor: false });
    }),
    http.post('/api/auth/second-factor/totp', async ({ request }) => {
      await deps.record(request);
      const session = deps.session();
      if (!session) return deps.problem(401, 'unauthenticated');
      if (session.secondFactorEnabled) return deps.problem(409, 'second_factor_already_enabled');
      isEnrolmentStarted = true;
      return HttpResponse.json(
        {
          secret: testTotpSecret,
          otpauthUri: `otpauth://totp/ITC%20Duisburg:${encodeURIComponent(session.email)}?issuer=ITC%20Duisburg&secret=${testTotpSecret}&algorithm=SHA1&digits=6&period=30`,
        },
        { status: 201 },
      );
    }),
    http.post('/api/auth/second-factor/totp/confirm', async ({ request }) => {
      const parsed = secondFactorCodeRequestSchema.safeParse(await deps.record(request));
      const session = deps.session();
      if (!session) return deps.problem(401, 'unauthenticated');
      if (!isEnrolmentStarted) return deps.problem(409, 'second_factor_enrolment_not_started');
      if (!parsed.success || parsed.data.code !== testTotpCode) return wrongCode();
      setFactor(deps, session.id, true);
      return HttpResponse.json({ recoveryCodes: testRecoveryCodes });
    }),
    http.delete('/api/auth/second-factor/totp', async ({ request }) => {
      const parsed = disableSecondFactorSchema.safeParse(await deps.record(request));
      const session = deps.session();
      if (!session) return deps.problem(401, 'unauthenticated');
      if (isSecondFactorRequired(session.role)) {
        return deps.problem(409, 'second_factor_required_for_role');
      }
      if (!parsed.success || parsed.data.password !== testPassword) {
        return deps.problem(400, 'current_password_wrong', {
          errors: [{ path: 'password', message: 'wrong password' }],
        });
      }
      setFactor(deps, session.id, false);
      return new HttpResponse(null, { status: 204 });
    }),
  ];
}
