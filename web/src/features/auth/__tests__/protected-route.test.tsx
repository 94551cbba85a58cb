import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { adminUser, hrUser, testPassword } from '../../../testing/fixtures';
import { loginAs } from '../../../testing/mock-api';
import { renderApp } from '../../../testing/render';

describe('ProtectedRoute', () => {
  it('sends visitors who are not logged in to /login?next=… and back after login', async () => {
    const { user, router } = renderApp({ route: '/organization' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Anmelden' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.search).toBe('?next=%2Forganization');
    expect(
      screen.getByText(
        'Bitte melden Sie sich an, um diese Seite zu sehen. Danach geht es direkt dort weiter.',
      ),
    ).toBeInTheDocument();

    await user.type(screen.getByLabelText('E-Mail-Adresse'), hrUser.email);
    await user.type(screen.getByLabelText('Passwort'), testPassword);
    await user.click(screen.getByRole('button', { name: 'Anmelden' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Mein Unternehmen' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/organization');
  });

  it('never redirects to another site after login', async () => {
    const { user, router } = renderApp({ route: '/login?next=//evil.example/phish' });

    await user.type(await screen.findByLabelText('E-Mail-Adresse'), hrUser.email);
    await user.type(screen.getByLabelText('Passwort'), testPassword);
    await user.click(screen.getByRole('button', { name: 'Anmelden' }));

    await screen.findByRole('heading', { level: 1, name: /Willkommen/ });
    expect(router.state.location.pathname).toBe('/');
  });

  it('keeps admin pages from other roles', async () => {
    loginAs(hrUser);
    renderApp({ route: '/admin/employers' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Kein Zugriff' })).toBeVisible();
    expect(screen.queryByRole('link', { name: 'Unternehmen prüfen' })).not.toBeInTheDocument();
  });

  it('shows the admin navigation to city administrators', async () => {
    loginAs(adminUser);
    const { user } = renderApp({ route: '/' });

    const nav = await screen.findByRole('navigation', { name: 'Hauptnavigation' });
    expect(nav).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Verwaltung' }));
    expect(screen.getByRole('link', { name: 'Unternehmen prüfen' })).toHaveAttribute(
      'href',
      '/admin/employers',
    );
    expect(screen.getByRole('link', { name: 'Startseite' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });
});
