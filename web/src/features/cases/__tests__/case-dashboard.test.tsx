import type { CaseDashboard } from '@itc/shared';
import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { caseDashboardFixture } from '../../../testing/case-fixtures';
import { adminUser } from '../../../testing/fixtures';
import { loginAs } from '../../../testing/mock-api';
import { renderApp } from '../../../testing/render';
import { server } from '../../../testing/server';

// The chart is loaded on demand; loaded here already, its first render does not wait for it.
await import('../components/dashboard-week-chart');

const dashboard: CaseDashboard = {
  ...caseDashboardFixture,
  total: 12_345,
  medianDaysPerStage: [
    { status: 'submitted', medianDays: 1.5, count: 3 },
    { status: 'in_review', medianDays: null, count: 0 },
  ],
  byOccupationField: [{ occupationField: 'nursing', count: 3 }],
};

/** Serves `data` and keeps the query string of every dashboard request. */
function serveDashboard(data = dashboard) {
  const queries: URLSearchParams[] = [];
  server.use(
    http.get('/api/cases/dashboard', ({ request }) => {
      queries.push(new URL(request.url).searchParams);
      return HttpResponse.json(data);
    }),
  );
  return queries;
}

describe('case dashboard', () => {
  it('shows every figure as a table behind its bars, with German numbers', async () => {
    loginAs(adminUser);
    serveDashboard();
    const { user } = renderApp({ route: '/cases/dashboard' });
    await screen.findByRole('heading', { name: 'Fälle je Stand' });
    // The tables wait one click away, below their bars.
    expect(screen.getByRole('table', { name: 'Fälle je Stand', hidden: true })).not.toBeVisible();
    for (const toggle of screen.getAllByText('Zahlen als Tabelle')) await user.click(toggle);
    const weeks = await screen.findByRole('table', {
      name: 'Eingereichte Fälle je Kalenderwoche',
    });
    expect(
      within(weeks).getByRole('rowheader', { name: '2026-W47 (ab 16.11.2026)' }),
    ).toBeVisible();
    expect(
      screen.getByText('Vom 27.08.2026 bis 25.11.2026 wurden 12.345 Fälle eingereicht.'),
    ).toBeVisible();

    const byStatus = screen.getByRole('table', { name: 'Fälle je Stand' });
    expect(within(byStatus).getByRole('row', { name: 'In Prüfung beim ITC 2' })).toBeVisible();

    const durations = screen.getByRole('table', { name: 'Mittlere Dauer je Stand' });
    expect(within(durations).getByRole('row', { name: 'Eingereicht 1,5 Tage 3' })).toBeVisible();
    expect(within(durations).getByText('noch keine Daten')).toBeVisible();

    const occupations = screen.getByRole('table', { name: 'Fälle je Berufsfeld' });
    expect(within(occupations).getByRole('rowheader', { name: 'Pflege' })).toBeVisible();
    const nationalities = screen.getByRole('table', { name: 'Fälle je Staatsangehörigkeit' });
    expect(within(nationalities).getByRole('rowheader', { name: 'Indien' })).toBeVisible();
  });

  it('draws the weeks of the period as columns, named and described for screen readers', async () => {
    loginAs(adminUser);
    serveDashboard();
    renderApp({ route: '/cases/dashboard' });

    const chart = await screen.findByRole('img', { name: 'Eingereichte Fälle je Kalenderwoche' });
    expect(chart).toHaveAccessibleDescription(
      'Säulendiagramm über 2 Kalenderwochen, 2026-W46 (ab 09.11.2026) bis 2026-W47 (ab 16.11.2026); die meisten Fälle in einer Woche: 2. Die Zahlen stehen auch in der Tabelle darunter.',
    );
    expect(chart.querySelectorAll('.app-week-chart__bar')).toHaveLength(2);
    expect(within(chart).getByText('KW 47')).toBeInTheDocument();
    // The other figures keep their simple bars.
    expect(screen.getAllByRole('img')).toHaveLength(1);
  });

  it('leads from the overdue count to the overdue cases in the queue', async () => {
    loginAs(adminUser);
    serveDashboard();
    const { user, router } = renderApp({ route: '/cases/dashboard' });
    await screen.findByRole('heading', { name: '1 offener Fall ist überfällig' });
    await user.click(
      screen.getByRole('link', { name: 'Überfällige Fälle in der Fallübersicht ansehen' }),
    );
    expect(router.state.location.pathname).toBe('/cases');
    expect(new URLSearchParams(router.state.location.search).get('overdue')).toBe('true');
  });

  it('says when nothing is overdue and when a period has no cases', async () => {
    loginAs(adminUser);
    serveDashboard({
      ...dashboard,
      total: 0,
      countsByStatus: [],
      casesPerWeek: [],
      overdueCount: 0,
      byOccupationField: [],
      byNationality: [],
    });
    renderApp({ route: '/cases/dashboard' });
    expect(
      await screen.findByRole('heading', { name: 'Kein offener Fall ist überfällig' }),
    ).toBeVisible();
    expect(screen.queryByRole('link', { name: /Überfällige Fälle/ })).not.toBeInTheDocument();
    expect(screen.getAllByText('Für diesen Zeitraum gibt es keine Fälle.').length).toBe(4);
  });

  it('asks for the period in the URL, and refuses one that ends before it starts', async () => {
    loginAs(adminUser);
    const queries = serveDashboard();
    const { user, router } = renderApp({ route: '/cases/dashboard' });
    await screen.findByRole('heading', { name: 'Fälle je Stand' });

    await user.type(screen.getByLabelText(/^Eingereicht ab/), '2026-10-01');
    await user.type(screen.getByLabelText(/^Eingereicht bis/), '2026-09-01');
    await user.click(screen.getByRole('button', { name: 'Zeitraum anzeigen' }));
    const to = screen.getByLabelText(/^Eingereicht bis/);
    expect(to).toHaveAttribute('aria-invalid', 'true');
    expect(to).toHaveAccessibleDescription(/liegt vor dem Beginn des Zeitraums/);
    expect(router.state.location.search).toBe('');

    await user.clear(to);
    await user.type(to, '2026-10-31');
    await user.click(screen.getByRole('button', { name: 'Zeitraum anzeigen' }));
    await waitFor(() =>
      expect(router.state.location.search).toBe('?from=2026-10-01&to=2026-10-31'),
    );
    await waitFor(() => expect(queries.at(-1)?.get('to')).toBe('2026-10-31'));
    expect(queries.at(-1)?.get('from')).toBe('2026-10-01');
  });

  it('refuses a start after today when no end is given, at the field', async () => {
    loginAs(adminUser);
    const queries = serveDashboard();
    const { user, router } = renderApp({ route: '/cases/dashboard' });
    await screen.findByRole('heading', { name: 'Fälle je Stand' });
    const requests = queries.length;

    await user.type(screen.getByLabelText(/^Eingereicht ab/), '2099-01-01');
    await user.click(screen.getByRole('button', { name: 'Zeitraum anzeigen' }));
    const from = screen.getByLabelText(/^Eingereicht ab/);
    expect(from).toHaveAttribute('aria-invalid', 'true');
    expect(from).toHaveAccessibleDescription(/liegt nach seinem Ende/);
    expect(router.state.location.search).toBe('');
    expect(queries).toHaveLength(requests);
    // The figures stay on the page.
    expect(screen.getByRole('heading', { name: 'Fälle je Stand' })).toBeVisible();
  });
});
