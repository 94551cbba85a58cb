import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { engineerCase } from '../../../testing/case-fixtures';
import { hrUser } from '../../../testing/fixtures';
import { loginAs } from '../../../testing/mock-api';
import { putMockCase } from '../../../testing/mock-cases-api';
import { renderApp } from '../../../testing/render';

function atBaConsent(deemedGiven: boolean) {
  putMockCase({
    ...engineerCase,
    status: 'ba_consent_pending',
    progressStep: 'ba_consent_pending',
    allowedTransitions: [],
    baConsent: {
      requestedAt: '2026-11-16T09:00:00.000Z',
      deemedGivenOn: '2026-11-23',
      deemedGiven,
    },
  });
}

async function openCase() {
  renderApp({ route: '/cases/case-iyer' });
  await screen.findByRole('heading', { level: 1, name: /ITC-2026-000042/ });
}

describe('BA consent on the case page', () => {
  it('tells the employer from which day the consent counts as given', async () => {
    loginAs(hrUser);
    atBaConsent(false);
    await openCase();
    expect(
      screen.getByRole('heading', { name: 'Zustimmung der Bundesagentur für Arbeit angefragt' }),
    ).toBeVisible();
    expect(
      screen.getByText(/Angefragt am 16\.11\.2026\..*ab dem 23\.11\.2026 als erteilt/),
    ).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Zustimmung gilt als erteilt' })).toBeNull();
  });

  it('shows "consent deemed given" once the week has passed', async () => {
    loginAs(hrUser);
    atBaConsent(true);
    await openCase();
    expect(screen.getByRole('heading', { name: 'Zustimmung gilt als erteilt' })).toBeVisible();
    expect(screen.getByText(/gilt seit dem 23\.11\.2026 als erteilt/)).toBeVisible();
  });
});
