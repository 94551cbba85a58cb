import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { hrUser, testPassword } from '../../../testing/fixtures';
import { problem, recordedRequests } from '../../../testing/mock-api';
import { renderApp } from '../../../testing/render';
import { server } from '../../../testing/server';

describe('login', () => {
  it('logs in and shows the start page with the organisation', async () => {
    const { user, router } = renderApp({ route: '/login' });

    await user.type(await screen.findByLabelText('E-Mail-Adresse'), hrUser.email);
    await user.type(screen.getByLabelText('Passwort'), testPassword);
    await user.click(screen.getByRole('button', { name: 'Anmelden' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Willkommen, Sabine Krüger' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
    expect(recordedRequests('POST', '/api/auth/login')[0]?.body).toEqual({
      email: hrUser.email,
      password: testPassword,
    });
    // Real data from GET /api/organizations/:id
    expect(await screen.findByText('Hüttenstraße 12, 47137 Duisburg')).toBeInTheDocument();
    expect(screen.getByText('Geprüft')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Abmelden' })).toBeInTheDocument();
    expect(document.title).toBe('Startseite – International Talent Center Duisburg');
  });

  it('shows the translated problem when the credentials are wrong, and focuses it', async () => {
    const { user, router } = renderApp({ route: '/login' });

    await user.type(await screen.findByLabelText('E-Mail-Adresse'), hrUser.email);
    await user.type(screen.getByLabelText('Passwort'), 'falsches-passwort');
    await user.click(screen.getByRole('button', { name: 'Anmelden' }));

    const message = await screen.findByText(
      'E-Mail-Adresse oder Passwort stimmen nicht. Bitte prüfen Sie Ihre Eingabe.',
    );
    const summary = message.closest('.app-error-summary');
    expect(summary).toHaveFocus();
    expect(within(summary as HTMLElement).getByRole('heading')).toHaveTextContent(
      'Die Anmeldung hat nicht geklappt',
    );
    expect(router.state.location.pathname).toBe('/login');
  });

  it('tells how long to wait when the server throttles attempts', async () => {
    server.use(
      http.post('/api/auth/login', () =>
        problem(429, 'too_many_attempts', { headers: { 'Retry-After': '300' } }),
      ),
    );
    const { user } = renderApp({ route: '/login' });

    await user.type(await screen.findByLabelText('E-Mail-Adresse'), hrUser.email);
    await user.type(screen.getByLabelText('Passwort'), testPassword);
    await user.click(screen.getByRole('button', { name: 'Anmelden' }));

    expect(
      await screen.findByText(
        'Zu viele Anmeldeversuche. Bitte versuchen Sie es in 5 Minuten erneut.',
      ),
    ).toBeInTheDocument();
  });

  it('checks the fields before sending anything', async () => {
    const { user } = renderApp({ route: '/login' });

    await user.click(await screen.findByRole('button', { name: 'Anmelden' }));

    const email = screen.getByLabelText('E-Mail-Adresse');
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(email).toHaveAccessibleDescription('Bitte eine gültige E-Mail-Adresse angeben.');
    expect(screen.getByLabelText('Passwort')).toHaveAccessibleDescription(
      'Bitte füllen Sie dieses Feld aus.',
    );
    expect(recordedRequests('POST', '/api/auth/login')).toHaveLength(0);
  });

  it('signs out and says so', async () => {
    const { user, router } = renderApp({ route: '/login' });
    await user.type(await screen.findByLabelText('E-Mail-Adresse'), hrUser.email);
    await user.type(screen.getByLabelText('Passwort'), testPassword);
    await user.click(screen.getByRole('button', { name: 'Anmelden' }));
    await screen.findByRole('heading', { level: 1, name: /Willkommen/ });

    await user.click(screen.getByRole('button', { name: 'Abmelden' }));

    expect(
      await screen.findByText('Sie haben sich abgemeldet. Bis zum nächsten Mal!'),
    ).toBeVisible();
    expect(router.state.location.pathname).toBe('/login');
    expect(screen.queryByRole('button', { name: 'Abmelden' })).not.toBeInTheDocument();
    expect(recordedRequests('POST', '/api/auth/logout')).toHaveLength(1);
  });
});
