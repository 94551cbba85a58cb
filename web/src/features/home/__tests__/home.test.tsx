import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ihkUser, pendingHrUser, rejectedHrUser } from '../../../testing/fixtures';
import { loginAs, recordedRequests } from '../../../testing/mock-api';
import { renderApp } from '../../../testing/render';

describe('start page', () => {
  it('tells a pending employer what the review means', async () => {
    loginAs(pendingHrUser);
    renderApp({ route: '/' });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Willkommen, Jana Neumann' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { name: 'Ihr Unternehmen wird geprüft' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Vorabprüfungen für Fachkräfte können Sie einreichen, sobald/),
    ).toBeVisible();
    expect(screen.getByText('In Prüfung')).toBeInTheDocument();
    expect(screen.getByText('Neu Logistik UG', { selector: 'dd' })).toBeInTheDocument();
  });

  it('shows a rejected employer the reason', async () => {
    loginAs(rejectedHrUser);
    renderApp({ route: '/' });

    expect(
      await screen.findByRole('heading', { name: 'Ihr Unternehmen wurde nicht freigegeben' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('Die Handelsregisternummer gehört zu einem anderen Unternehmen.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Abgelehnt')).toBeInTheDocument();
  });

  it('shows an advisor the organisation, the role and the tasks, without admin data', async () => {
    loginAs(ihkUser);
    renderApp({ route: '/' });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Willkommen, Thomas Berger' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('Niederrheinische IHK', { selector: 'dd' })).toBeInTheDocument();
    expect(screen.getByText('Beratung der IHK')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Ihre Aufgaben im Portal' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Meine Organisation' })).toBeInTheDocument();
    expect(screen.queryByText('In Prüfung')).not.toBeInTheDocument();
    expect(recordedRequests('GET', '/api/admin/organizations')).toHaveLength(0);
  });
});
