import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { hrUser, testPassword } from '../../testing/fixtures';
import { getMockState, loginAs, recordedRequests } from '../../testing/mock-api';
import { renderApp } from '../../testing/render';

describe('language switch', () => {
  it('switches the texts to English and saves the choice to the account', async () => {
    loginAs(hrUser);
    const { user } = renderApp({ route: '/' });
    await screen.findByRole('heading', { level: 1, name: 'Willkommen, Sabine Krüger' });

    const english = screen.getByRole('button', { name: 'English' });
    expect(english).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('button', { name: 'Deutsch' })).toHaveAttribute('aria-pressed', 'true');

    await user.click(english);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welcome, Sabine Krüger' }),
    ).toBeInTheDocument();
    expect(english).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'My company' })).toBeInTheDocument();
    expect(screen.getByText('Verified')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Start page – International Talent Center Duisburg');

    await waitFor(() =>
      expect(recordedRequests('PATCH', '/api/auth/me').map((r) => r.body)).toEqual([
        { locale: 'en' },
      ]),
    );
    expect(getMockState().session?.locale).toBe('en');
    expect(window.localStorage.getItem('itc.locale')).toBe('en');
  });

  it('keeps the choice only in the browser while logged out', async () => {
    const { user } = renderApp({ route: '/login' });
    await screen.findByRole('heading', { level: 1, name: 'Anmelden' });

    await user.click(screen.getByRole('button', { name: 'English' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByLabelText('Email address')).toBeInTheDocument();
    expect(screen.getByLabelText('Password')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Register your company' })).toBeInTheDocument();
    expect(window.localStorage.getItem('itc.locale')).toBe('en');
    expect(recordedRequests('PATCH')).toHaveLength(0);
  });

  it('translates validation messages as well', async () => {
    const { user } = renderApp({ route: '/login' });
    await user.click(await screen.findByRole('button', { name: 'English' }));
    await user.click(await screen.findByRole('button', { name: 'Sign in' }));

    expect(await screen.findByLabelText('Password')).toHaveAccessibleDescription(
      'Please fill in this field.',
    );
    // Switching back re-translates the message that is already shown.
    await user.click(screen.getByRole('button', { name: 'Deutsch' }));
    expect(await screen.findByLabelText('Passwort')).toHaveAccessibleDescription(
      'Bitte füllen Sie dieses Feld aus.',
    );
  });

  it('applies the language saved in the account when a session starts', async () => {
    const { user } = renderApp({ route: '/login' });
    getMockState().users.find((u) => u.id === hrUser.id)!.locale = 'en';

    await user.type(await screen.findByLabelText('E-Mail-Adresse'), hrUser.email);
    await user.type(screen.getByLabelText('Passwort'), testPassword);
    await user.click(screen.getByRole('button', { name: 'Anmelden' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welcome, Sabine Krüger' }),
    ).toBeInTheDocument();
  });
});
