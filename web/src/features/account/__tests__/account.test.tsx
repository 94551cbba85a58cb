import type { AccountSession } from '@itc/shared';
import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { hrUser, testPassword } from '../../../testing/fixtures';
import { loginAs, problem } from '../../../testing/mock-api';
import { renderApp } from '../../../testing/render';
import { server } from '../../../testing/server';

/** The confirmation a form shows after success: a status message that took the focus. */
async function expectFocusedNotice(text: string | RegExp) {
  const notice = (await screen.findByText(text)).closest('[role="status"]');
  expect(notice).toHaveFocus();
}

const thisBrowser: AccountSession = {
  id: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
  createdAt: '2026-11-25T08:00:00.000Z',
  lastActiveAt: '2026-11-25T09:00:00.000Z',
  ipAddress: '198.51.100.23',
  browser: 'firefox',
  operatingSystem: 'linux',
  current: true,
};
const phone: AccountSession = {
  id: 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb',
  createdAt: '2026-11-24T07:30:00.000Z',
  lastActiveAt: '2026-11-24T18:45:00.000Z',
  ipAddress: null,
  browser: 'safari',
  operatingSystem: 'ios',
  current: false,
};

/** A small sessions API: the list, one sign-out and "everywhere else". */
function useSessionsApi(initial: AccountSession[]) {
  let sessions = [...initial];
  const ended: string[] = [];
  server.use(
    http.get('/api/account/sessions', () => HttpResponse.json({ items: sessions })),
    http.delete('/api/account/sessions/:id', ({ params }) => {
      ended.push(String(params.id));
      sessions = sessions.filter((s) => s.id !== params.id);
      return new HttpResponse(null, { status: 204 });
    }),
    http.delete('/api/account/sessions', () => {
      ended.push('others');
      sessions = sessions.filter((s) => s.current);
      return new HttpResponse(null, { status: 204 });
    }),
  );
  return ended;
}

describe('account page', () => {
  it('is reached from the user menu and lists the sessions; signs out another one', async () => {
    loginAs(hrUser);
    const ended = useSessionsApi([thisBrowser, phone]);
    const { user, router } = renderApp({ route: '/' });

    await user.click(await screen.findByRole('link', { name: 'Mein Konto' }));
    expect(router.state.location.pathname).toBe('/account');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Mein Konto' }),
    ).toBeInTheDocument();

    const table = await screen.findByRole('table', { name: 'Angemeldete Geräte' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('Firefox auf Linux');
    expect(rows[0]).toHaveTextContent('Dieses Gerät');
    expect(rows[0]).toHaveTextContent('198.51.100.23');
    expect(within(rows[0] as HTMLElement).queryByRole('button')).not.toBeInTheDocument();
    expect(rows[1]).toHaveTextContent('Safari auf iOS');
    expect(rows[1]).toHaveTextContent('unbekannt');
    expect(rows[1]).toHaveTextContent('24.11.2026');

    await user.click(screen.getByRole('button', { name: 'Safari auf iOS abmelden' }));
    await expectFocusedNotice('Safari auf iOS ist abgemeldet.');
    expect(ended).toEqual([phone.id]);
    expect(
      await screen.findByText('Sie sind nur auf diesem Gerät angemeldet.'),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Überall sonst abmelden' }),
    ).not.toBeInTheDocument();
  });

  it('signs out everywhere else', async () => {
    loginAs(hrUser);
    const ended = useSessionsApi([thisBrowser, phone, { ...phone, id: 'c'.repeat(32) }]);
    const { user } = renderApp({ route: '/account' });
    await user.click(await screen.findByRole('button', { name: 'Überall sonst abmelden' }));
    await expectFocusedNotice('Sie sind jetzt überall sonst abgemeldet.');
    expect(ended).toEqual(['others']);
    await waitFor(() =>
      expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(2),
    );
  });

  it('shows an error with a retry when the sessions cannot be loaded', async () => {
    loginAs(hrUser);
    server.use(http.get('/api/account/sessions', () => problem(500, 'internal_error')));
    renderApp({ route: '/account' });
    expect(await screen.findByRole('button', { name: 'Erneut versuchen' })).toBeInTheDocument();
  });

  it('saves name and language; the page then speaks the new language', async () => {
    loginAs(hrUser);
    useSessionsApi([thisBrowser]);
    const saved: unknown[] = [];
    server.use(
      http.patch('/api/account/profile', async ({ request }) => {
        const body = (await request.json()) as { name: string; locale: 'de' | 'en' };
        saved.push(body);
        return HttpResponse.json({ user: { ...hrUser, ...body } });
      }),
    );
    const { user } = renderApp({ route: '/account' });
    const name = await screen.findByLabelText('Name');
    expect(name).toHaveValue('Sabine Krüger');
    await user.clear(name);
    await user.type(name, 'Sabine Krüger-Yılmaz');
    await user.click(screen.getByRole('radio', { name: 'English' }));
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    await expectFocusedNotice('Your details are saved.');
    expect(saved).toEqual([{ name: 'Sabine Krüger-Yılmaz', locale: 'en' }]);
    expect(screen.getByRole('heading', { level: 1, name: 'My account' })).toBeInTheDocument();
    expect(
      screen.getByText('Sabine Krüger-Yılmaz', { selector: '.app-user-menu__name' }),
    ).toBeInTheDocument();
  });

  it('changes the password only with the right current one', async () => {
    loginAs(hrUser);
    useSessionsApi([thisBrowser]);
    const changes: unknown[] = [];
    server.use(
      http.post('/api/account/password', async ({ request }) => {
        const body = (await request.json()) as { currentPassword: string };
        if (body.currentPassword !== testPassword) {
          return problem(400, 'current_password_wrong', {
            errors: [{ path: 'currentPassword', message: 'The current password is not right.' }],
          });
        }
        changes.push(body);
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { user } = renderApp({ route: '/account' });
    const form = (await screen.findByRole('heading', { name: 'Passwort ändern' })).closest(
      'section',
    ) as HTMLElement;
    const current = within(form).getByLabelText('Aktuelles Passwort');
    const next = within(form).getByLabelText('Neues Passwort');

    await user.type(current, 'falsches-passwort');
    await user.type(next, 'kurz');
    await user.click(within(form).getByRole('button', { name: 'Passwort ändern' }));
    expect(next).toHaveAccessibleDescription(
      expect.stringContaining('Das Passwort muss mindestens 12 Zeichen lang sein.'),
    );

    await user.clear(next);
    await user.type(next, 'Rheinwiesen-im-Herbst');
    await user.click(within(form).getByRole('button', { name: 'Passwort ändern' }));
    await waitFor(() =>
      expect(current).toHaveAccessibleDescription(
        expect.stringContaining('Das aktuelle Passwort stimmt nicht.'),
      ),
    );

    await user.clear(current);
    await user.type(current, testPassword);
    await user.click(within(form).getByRole('button', { name: 'Passwort ändern' }));
    await expectFocusedNotice(/Ihr Passwort ist geändert/);
    expect(changes).toEqual([
      { currentPassword: testPassword, newPassword: 'Rheinwiesen-im-Herbst' },
    ]);
    expect(current).toHaveValue('');
  });

  it('changes the email with the password; a taken address shows at the field', async () => {
    loginAs(hrUser);
    useSessionsApi([thisBrowser]);
    server.use(
      http.post('/api/account/email', async ({ request }) => {
        const body = (await request.json()) as { email: string };
        if (body.email === 'hr@pflege-ruhr.example') {
          return problem(409, 'email_taken', {
            errors: [{ path: 'email', message: 'This email address is already registered.' }],
          });
        }
        return HttpResponse.json({ user: { ...hrUser, email: body.email } });
      }),
    );
    const { user } = renderApp({ route: '/account' });
    const form = (await screen.findByRole('heading', { name: 'E-Mail-Adresse ändern' })).closest(
      'section',
    ) as HTMLElement;
    expect(form).toHaveTextContent('Sie melden sich zurzeit mit hr@rhein-stahl.example an.');
    const email = within(form).getByLabelText('Neue E-Mail-Adresse');
    await user.type(email, 'hr@pflege-ruhr.example');
    await user.click(within(form).getByRole('button', { name: 'E-Mail-Adresse ändern' }));
    expect(within(form).getByLabelText('Aktuelles Passwort')).toHaveAccessibleDescription(
      expect.stringContaining('Bitte füllen Sie dieses Feld aus.'),
    );
    await user.type(within(form).getByLabelText('Aktuelles Passwort'), testPassword);
    await user.click(within(form).getByRole('button', { name: 'E-Mail-Adresse ändern' }));
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));

    await user.clear(email);
    await user.type(email, 'sabine@rhein-stahl.example');
    await user.clear(within(form).getByLabelText('Aktuelles Passwort'));
    await user.type(within(form).getByLabelText('Aktuelles Passwort'), testPassword);
    await user.click(within(form).getByRole('button', { name: 'E-Mail-Adresse ändern' }));
    await expectFocusedNotice(/ab jetzt mit sabine@rhein-stahl.example an/);
    expect(form).toHaveTextContent('Sie melden sich zurzeit mit sabine@rhein-stahl.example an.');
  });
});
