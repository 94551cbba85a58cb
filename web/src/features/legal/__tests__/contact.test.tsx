import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../lib/i18n';
import { renderApp } from '../../../testing/render';

describe('[PUBLIC][LEGAL] contact and Impressum', () => {
  it('leads from the footer to the contact page, without signing in', async () => {
    const { user } = renderApp({ route: '/login' });
    const footer = await screen.findByRole('contentinfo');
    await user.click(within(footer).getByRole('link', { name: 'Kontakt' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Kontakt' })).toHaveFocus();
    expect(screen.getByText(/Schwanenstraße 5–7/)).toBeVisible();
    expect(screen.getByRole('link', { name: '0203 283-4000' })).toHaveAttribute(
      'href',
      'tel:+492032834000',
    );
    expect(screen.getByRole('link', { name: 'itc@stadt-duisburg.de' })).toHaveAttribute(
      'href',
      'mailto:itc@stadt-duisburg.de',
    );
    expect(screen.getByRole('heading', { name: 'Öffnungszeiten' })).toBeVisible();
    expect(screen.getByText('Montag bis Freitag')).toBeVisible();
    expect(screen.getByText('08:00 bis 12:00 Uhr')).toBeVisible();
  });

  it('names the provider, the responsible office and the supervisory authority', async () => {
    const { user, router } = renderApp({ route: '/login' });
    const footer = await screen.findByRole('contentinfo');
    await user.click(within(footer).getByRole('link', { name: 'Impressum' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Impressum' })).toBeVisible();
    expect(screen.getByText(/Burgplatz 19/)).toBeVisible();
    expect(
      screen.getByRole('heading', {
        name: 'Verantwortlich für den Inhalt nach § 18 Absatz 2 MStV',
      }),
    ).toBeVisible();
    expect(screen.getByText(/Bezirksregierung Düsseldorf/)).toBeVisible();

    await user.click(
      screen.getByRole('link', {
        name: 'Anschrift und Öffnungszeiten des International Talent Center',
      }),
    );
    expect(router.state.location.pathname).toBe('/contact');
  });

  it('in English too', async () => {
    await i18n.changeLanguage('en');
    renderApp({ route: '/contact' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Contact' })).toBeVisible();
    expect(screen.getByText('Monday to Friday')).toBeVisible();
    expect(screen.getByText('08:00 to 12:00')).toBeVisible();
    const footer = screen.getByRole('contentinfo');
    expect(within(footer).getByRole('link', { name: 'Legal notice' })).toHaveAttribute(
      'href',
      '/imprint',
    );
  });
});
