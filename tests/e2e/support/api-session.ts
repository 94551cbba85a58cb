import { readBody } from '@itc/server/testing/read-body';
import type { RecoveryCodesResponse, TotpEnrolment } from '@itc/shared';
import { nextSignInCode, rememberFactor, totpCode } from './second-factor';

/** A signed-in API client over real HTTP: signs in once and sends the session cookie along. */
export type ApiSession = {
  /** The session cookie header, for clients other than fetch (autocannon). */
  cookie: string;
  request(method: string, path: string, body?: unknown): Promise<Response>;
  /** Sends, insists on a 2xx and reads the body with its shared schema. */
  json<S extends BodySchema>(
    schema: S,
    method: string,
    path: string,
    body?: unknown,
  ): ReturnType<typeof readBody<S>>;
};

type BodySchema = Parameters<typeof readBody>[1];

export async function signInByApi(
  baseUrl: string,
  email: string,
  password = 'Willkommen-2026',
): Promise<ApiSession> {
  const post = (path: string, body: unknown, cookie?: string) =>
    fetch(`${baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(body),
    });
  const login = await post('/api/auth/login', { email, password });
  if (login.status !== 200) throw new Error(`sign-in of ${email} failed: ${login.status}`);
  const answer = (await login.json()) as { secondFactor?: 'totp'; mustEnrolSecondFactor?: boolean };
  let signedIn = login;
  if (answer.secondFactor === 'totp') {
    // City staff (and whoever set it up) answer the code step as their authenticator app would.
    const challenge = cookieOf(login, 'itc_login_challenge', email);
    const code = await nextSignInCode(baseUrl, email);
    signedIn = await post('/api/auth/login/second-factor', { code }, challenge);
    if (signedIn.status !== 200) throw new Error(`code of ${email}: ${signedIn.status}`);
  }
  const cookie = cookieOf(signedIn, 'itc_session', email);
  if (answer.mustEnrolSecondFactor) await enrol(baseUrl, email, cookie);

  function request(method: string, path: string, body?: unknown) {
    return fetch(`${baseUrl}${path}`, {
      method,
      headers: body === undefined ? { cookie } : { cookie, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }
  return {
    cookie,
    request,
    async json(schema, method, path, body) {
      const response = await request(method, path, body);
      if (!response.ok) {
        throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
      }
      return readBody(response, schema);
    },
  };
}

function cookieOf(response: Response, name: string, email: string): string {
  const match = new RegExp(`(?:__Host-)?${name}=[^;]+`).exec(
    response.headers.get('set-cookie') ?? '',
  );
  if (!match) throw new Error(`no ${name} cookie for ${email}`);
  return match[0];
}

/** First sign-in of city staff: set up TOTP as the enrolment page does. */
async function enrol(baseUrl: string, email: string, cookie: string): Promise<void> {
  const post = (path: string, body?: unknown) =>
    fetch(`${baseUrl}${path}`, {
      method: 'POST',
      headers: body === undefined ? { cookie } : { cookie, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const started = await post('/api/auth/second-factor/totp');
  if (started.status !== 201) throw new Error(`enrolment of ${email}: ${started.status}`);
  const { secret } = (await started.json()) as TotpEnrolment;
  rememberFactor(baseUrl, email, secret, []);
  const confirmed = await post('/api/auth/second-factor/totp/confirm', {
    code: totpCode(baseUrl, email),
  });
  if (confirmed.status !== 200) throw new Error(`confirming ${email}: ${confirmed.status}`);
  const { recoveryCodes } = (await confirmed.json()) as RecoveryCodesResponse;
  rememberFactor(baseUrl, email, secret, recoveryCodes);
}
