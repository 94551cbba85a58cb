import { screen } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../lib/i18n';
import { renderApp } from '../../../testing/render';
import { server } from '../../../testing/server';

describe('[PUBLIC][PRIVACY] retention period', () => {
  it('states the configured retention period, without signing in', async () => {
    server.use(http.get('/api/settings', () => HttpResponse.json({ retentionDays: 730 })));
    renderApp({ route: '/privacy' });

    expect(await screen.findByText(/löschen wir 730 Tage nach Abschluss des Falls/)).toBeVisible();
  });

  it('in English too', async () => {
    await i18n.changeLanguage('en');
    renderApp({ route: '/privacy' });

    expect(await screen.findByText(/documents\) 365 days after the case is closed/)).toBeVisible();
  });

  it('still names the rule when the period cannot be loaded', async () => {
    server.use(http.get('/api/settings', () => HttpResponse.error()));
    renderApp({ route: '/privacy' });

    expect(
      await screen.findByText(
        /nach Abschluss des Falls und Ablauf der festgelegten Aufbewahrungsfrist/,
      ),
    ).toBeVisible();
  });
});
