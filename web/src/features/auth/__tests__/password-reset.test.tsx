import type { PasswordResetConfirm } from '@itc/shared';
import { screen } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { problem } from '../../../testing/mock-api';
import { renderApp } from '../../../testing/render';
import { server } from '../../../testing/server';

const token = 'reset-token-0123456789abcdefghij';

describe('forgotten password', () => {
  it('leads from the login page to a neutral confirmation, focused', async () => {
    const requested: unknown[] = [];
    server.use(
      http.post('/api/auth/password-reset', async ({ request }) => {
        requested.push(await request.json());
        return HttpResponse.json({ status: 'accepted' }, { status: 202 });
      }),
    );
    const { user, router } = renderApp({ route: '/login' });

    await user.click(await screen.findByRole('link', { name: 'Passwort vergessen?' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Passwort vergessen' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/forgot-password');

    await user.click(screen.getByRole('button', { name: 'Link anfordern' }));
    expect(screen.getByLabelText(/^E-Mail-Adresse/)).toHaveAccessibleDescription(
      expect.stringContaining('Bitte eine gültige E-Mail-Adresse angeben.'),
    );
    expect(requested).toEqual([]);

    await user.type(screen.getByLabelText(/^E-Mail-Adresse/), 'Anna@Rhein-Stahl.example');
    await user.click(screen.getByRole('button', { name: 'Link anfordern' }));

    const confirmation = (await screen.findByText('Bitte sehen Sie in Ihr Postfach')).closest(
      '[role="status"]',
    );
    expect(confirmation).toHaveFocus();
    expect(confirmation).toHaveTextContent(
      'Wenn ein Konto mit der Adresse anna@rhein-stahl.example existiert, haben wir eine E-Mail mit einem Link geschickt.',
    );
    expect(requested).toEqual([{ email: 'anna@rhein-stahl.example' }]);
    expect(screen.queryByRole('button', { name: 'Link anfordern' })).not.toBeInTheDocument();
  });

  it('shows the throttle problem', async () => {
    server.use(
      http.post('/api/auth/password-reset', () =>
        problem(429, 'too_many_attempts', { headers: { 'Retry-After': '600' } }),
      ),
    );
    const { user } = renderApp({ route: '/forgot-password' });
    await user.type(await screen.findByLabelText(/^E-Mail-Adresse/), 'hr@rhein-stahl.example');
    await user.click(screen.getByRole('button', { name: 'Link anfordern' }));
    expect(await screen.findByText(/in 10 Minuten erneut/)).toBeInTheDocument();
  });
});

describe('reset password page', () => {
  it('checks the link, sets the new password and goes to the login with a success message', async () => {
    const confirmed: PasswordResetConfirm[] = [];
    server.use(
      http.get(`/api/auth/password-reset/${token}`, () =>
        HttpResponse.json({ email: 'hr@rhein-stahl.example' }),
      ),
      http.post('/api/auth/password-reset/confirm', async ({ request }) => {
        const body = (await request.json()) as PasswordResetConfirm;
        if (body.password === 'password1234') {
          return problem(400, 'validation_failed', {
            errors: [{ path: 'password', message: 'too common', code: 'password_too_common' }],
          });
        }
        confirmed.push(body);
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { user, router } = renderApp({ route: `/reset-password/${token}` });

    expect(
      await screen.findByText(/Legen Sie ein neues Passwort für hr@rhein-stahl.example fest/),
    ).toBeInTheDocument();
    const field = screen.getByLabelText('Neues Passwort');
    expect(field).toHaveAccessibleDescription(expect.stringContaining('Mindestens 12 Zeichen'));

    await user.type(field, 'elf-Zeichen');
    await user.click(screen.getByRole('button', { name: 'Passwort speichern' }));
    expect(field).toHaveAccessibleDescription(
      expect.stringContaining('Das Passwort muss mindestens 12 Zeichen lang sein.'),
    );

    await user.clear(field);
    await user.type(field, 'password1234');
    await user.click(screen.getByRole('button', { name: 'Passwort speichern' }));
    expect(await screen.findAllByText(/Dieses Passwort ist zu verbreitet/)).not.toHaveLength(0);

    await user.clear(field);
    await user.type(field, 'Rheinwiesen-im-Herbst');
    await user.click(screen.getByRole('button', { name: 'Passwort speichern' }));

    expect(
      await screen.findByText(
        'Ihr neues Passwort ist gespeichert. Bitte melden Sie sich damit an.',
      ),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(confirmed).toEqual([{ token, password: 'Rheinwiesen-im-Herbst' }]);
  });

  it('says at once that a used or expired link is dead', async () => {
    server.use(
      http.get(`/api/auth/password-reset/${token}`, () => problem(400, 'password_reset_invalid')),
    );
    renderApp({ route: `/reset-password/${token}` });
    expect(
      await screen.findByRole('heading', { name: 'Dieser Link ist nicht mehr gültig' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Neuen Link anfordern' })).toHaveAttribute(
      'href',
      '/forgot-password',
    );
    expect(screen.queryByLabelText('Neues Passwort')).not.toBeInTheDocument();
  });
});
