/** A signed-in API client over real HTTP: signs in once and sends the session cookie along. */
export type ApiSession = {
  request(method: string, path: string, body?: unknown): Promise<Response>;
  json<T>(method: string, path: string, body?: unknown): Promise<T>;
};

export async function signInByApi(
  baseUrl: string,
  email: string,
  password = 'Willkommen-2026',
): Promise<ApiSession> {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (login.status !== 200) throw new Error(`sign-in of ${email} failed: ${login.status}`);
  const match = /itc_session=[^;]+/.exec(login.headers.get('set-cookie') ?? '');
  if (!match) throw new Error(`no session cookie for ${email}`);
  const cookie = match[0];

  function request(method: string, path: string, body?: unknown) {
    return fetch(`${baseUrl}${path}`, {
      method,
      headers: body === undefined ? { cookie } : { cookie, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }
  return {
    request,
    async json<T>(method: string, path: string, body?: unknown) {
      const response = await request(method, path, body);
      if (!response.ok) {
        throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
      }
      return (await response.json()) as T;
    },
  };
}
