import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  cityOrganization,
  ihkUser,
  makeCurrentUser,
  pendingHrUser,
  rejectedHrUser,
} from '../../../testing/fixtures';
import { loginAs, recordedRequests } from '../../../testing/mock-api';
import { renderApp } from '../../../testing/render';

const reviewerUser = makeCurrentUser(cityOrganization, {
  id: 'user-city',
  email: 'sachbearbeitung@stadt.example',
  name: 'Petra Schmitz',
  role: 'city_reviewer',
});

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
      screen.getByText(/Vorab-Checks für Fachkräfte können Sie einreichen, sobald/),
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
    expect(recordedRequests('GET', '/api/cases/overview')).toHaveLength(0);
    expect(screen.queryByText(/schrittweise/)).not.toBeInTheDocument();
  });

  it('shows a reviewer the queue counts, each a link into the queue with its filter', async () => {
    loginAs(reviewerUser);
    const { user, router } = renderApp({ route: '/' });

    const counts = await screen.findByRole('region', { name: 'Fälle auf einen Blick' });
    const queueLinks = [
      ['3 Fälle neu eingereicht', '/cases?status=submitted&sort=submittedAt&order=asc'],
      ['1 offener Fall Ihnen zugewiesen', '/cases?assigned=me&open=true&sort=dueAt&order=asc'],
      [
        '2 Fälle mit Frist in den nächsten 7 Tagen bis 08.12.2026',
        '/cases?dueSoon=true&sort=dueAt&order=asc',
      ],
      ['4 Fälle mit überschrittener Frist', '/cases?overdue=true&sort=dueAt&order=asc'],
      ['Alle Fälle in der Fallübersicht', '/cases'],
    ];
    expect(within(counts).getAllByRole('link')).toHaveLength(queueLinks.length);
    for (const [name, href] of queueLinks) {
      expect(within(counts).getByRole('link', { name })).toHaveAttribute('href', href);
    }
    // The tasks lead to the queue, not to the skilled workers; nothing is "coming soon".
    expect(screen.getByRole('link', { name: 'Zur Fallübersicht' })).toHaveAttribute(
      'href',
      '/cases',
    );
    expect(screen.queryByRole('link', { name: 'Zu den Fachkräften' })).not.toBeInTheDocument();
    expect(screen.queryByText(/schrittweise/)).not.toBeInTheDocument();

    // The queue opens with the filter checked that selects what was counted.
    await user.click(within(counts).getByRole('link', { name: /Frist in den nächsten 7 Tagen/ }));
    expect(await screen.findByLabelText('Nur fällig in den nächsten 7 Tagen')).toBeChecked();
    expect(router.state.location.search).toBe('?dueSoon=true&sort=dueAt&order=asc');
  });
});
