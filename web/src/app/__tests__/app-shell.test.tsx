import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { hrUser } from '../../testing/fixtures';
import { loginAs } from '../../testing/mock-api';
import { renderApp } from '../../testing/render';

describe('app shell', () => {
  it('has a skip link, landmarks and the city header as text', async () => {
    loginAs(hrUser);
    renderApp({ route: '/' });
    await screen.findByRole('heading', { level: 1, name: /Willkommen/ });

    const skip = screen.getByRole('link', { name: 'Zum Inhalt springen' });
    expect(skip).toHaveAttribute('href', '#main-content');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main-content');
    const banner = screen.getByRole('banner');
    expect(within(banner).getByText('Stadt Duisburg · International Talent Center')).toBeVisible();
    expect(screen.getByRole('navigation', { name: 'Hauptnavigation' })).toBeInTheDocument();
    const footer = screen.getByRole('contentinfo');
    expect(within(footer).getByRole('link', { name: 'Barrierefreiheit' })).toHaveAttribute(
      'href',
      '/accessibility',
    );
    expect(within(footer).getByRole('link', { name: 'Datenschutz' })).toHaveAttribute(
      'href',
      '/privacy',
    );
    // Skip link first, so it is the first thing a keyboard reaches.
    expect(document.body.querySelector('a')).toBe(skip);
  });

  it('moves focus to the new page’s heading after navigating', async () => {
    loginAs(hrUser);
    const { user } = renderApp({ route: '/' });
    await screen.findByRole('heading', { level: 1, name: /Willkommen/ });

    await user.click(screen.getByRole('link', { name: 'Mein Unternehmen' }));

    const heading = await screen.findByRole('heading', { level: 1, name: 'Mein Unternehmen' });
    expect(heading).toHaveFocus();
    expect(document.title).toBe('Mein Unternehmen – International Talent Center Duisburg');
  });

  it('publishes an accessibility statement and a privacy notice', async () => {
    const { user } = renderApp({ route: '/login' });
    await user.click(await screen.findByRole('link', { name: 'Barrierefreiheit' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Erklärung zur Barrierefreiheit' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Barrieren melden: Feedback und Kontakt' }),
    ).toBeVisible();
    expect(screen.getByText('Schwanenstraße 5–7', { exact: false })).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Datenschutz' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Datenschutz' })).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Verantwortliche Stelle' })).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Wie lange wir Daten speichern' })).toBeVisible();
    expect(screen.getByText(/Artikel 6 Absatz 1 Buchstabe e DSGVO/)).toBeInTheDocument();
  });

  it('shows a 404 page for unknown addresses', async () => {
    renderApp({ route: '/gibt-es-nicht' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Seite nicht gefunden' }),
    ).toBeInTheDocument();
    expect(document.title).toBe('Seite nicht gefunden – International Talent Center Duisburg');
  });
});
