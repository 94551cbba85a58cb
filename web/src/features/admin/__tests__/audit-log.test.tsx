import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { adminUser, hrUser } from '../../../testing/fixtures';
import { loginAs } from '../../../testing/mock-api';
import { renderApp } from '../../../testing/render';
import { server } from '../../../testing/server';

/** The query of every audit log request; the mock API answers them as before. */
function recordAuditLogQueries(): URLSearchParams[] {
  const queries: URLSearchParams[] = [];
  server.use(
    http.get('/api/admin/audit-log', ({ request }) => {
      queries.push(new URL(request.url).searchParams);
    }),
  );
  return queries;
}

const tableName = 'Protokolleinträge, neueste zuerst';

describe('[ADMIN] audit log', () => {
  beforeEach(() => loginAs(adminUser));

  it('lists who did what, newest first, and loads more entries', async () => {
    const { user } = renderApp({ route: '/' });
    await user.click(await screen.findByRole('button', { name: 'Verwaltung' }));
    await user.click(screen.getByRole('link', { name: 'Protokoll' }));

    const table = await screen.findByRole('table', { name: tableName });
    const first = within(table).getByRole('rowheader', { name: '24.11.2026, 15:30' });
    const row = within(first.closest('tr')!);
    expect(row.getByText('Stefan Wagner')).toBeVisible();
    expect(row.getByText('admin@stadt.example')).toBeVisible();
    expect(row.getByText(/^Stadt Duisburg/)).toBeVisible();
    expect(row.getByText('für Rhein-Stahl GmbH')).toBeVisible();
    expect(row.getByText('Stand des Falls geändert')).toBeVisible();
    expect(row.getByRole('link', { name: 'ITC-2026-000042' })).toHaveAttribute(
      'href',
      '/cases/case-iyer',
    );
    expect(row.getByText('Arbeitsvertrag fehlt.')).toBeVisible();
    // What the move changed, in words; the version and other stored data are folded away.
    expect(row.getAllByRole('term').map((term) => term.textContent)).toEqual([
      'Stand:',
      'Fällig am:',
    ]);
    // The arrow is for the eye; a screen reader reads "zu" in its place.
    const [stage, due] = row.getAllByRole('definition');
    expect(stage).toHaveTextContent('In Prüfung beim ITC → zu Unterlagen nachgefordert');
    expect(due).toHaveTextContent('nicht gesetzt → zu 08.12.2026');
    expect(within(stage!).getByText('→')).toHaveAttribute('aria-hidden', 'true');
    const stored = row.getByText('Gespeicherte Daten');
    expect(row.getByText(/"version": 4/)).not.toBeVisible();
    await user.click(stored);
    expect(row.getByText(/"version": 4/)).toBeVisible();
    // An assignee stored by id is named.
    const assigned = within(within(table).getByText('Zuständigkeit geändert').closest('tr')!);
    expect(assigned.getByRole('definition')).toHaveTextContent('nicht gesetzt → zu Petra Schmitz');
    const submitted = within(within(table).getByText('Vorab-Check eingereicht').closest('tr')!);
    // The submission names the case it opened, not the pre-check's internal stages.
    expect(submitted.getAllByRole('term').map((term) => term.textContent)).toEqual([
      'Aktenzeichen:',
    ]);
    expect(submitted.getByRole('definition')).toHaveTextContent('ITC-2026-000042');
    expect(submitted.getByText('Gespeicherte Daten')).toBeVisible();

    expect(screen.getByText('50 Einträge angezeigt')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Weitere laden' }));
    expect(await screen.findByText('61 Einträge angezeigt')).toBeVisible();
    expect(within(table).getAllByRole('row')).toHaveLength(62);
    expect(screen.queryByRole('button', { name: 'Weitere laden' })).not.toBeInTheDocument();
  });

  it('filters by person, case reference and period, in the request and the URL', async () => {
    const queries = recordAuditLogQueries();
    const { user, router } = renderApp({ route: '/admin/audit-log' });
    await screen.findByRole('table', { name: tableName });

    await user.selectOptions(
      await screen.findByLabelText(/^Person/),
      `${adminUser.name} (${adminUser.organization.name})`,
    );
    await user.type(screen.getByLabelText(/^Aktenzeichen/), ' itc-2026-000042 ');
    await user.type(screen.getByLabelText(/^Von/), '2026-11-24');
    await user.type(screen.getByLabelText(/^Bis/), '2026-11-24');
    await user.click(screen.getByRole('button', { name: 'Filter anwenden' }));

    const expected = {
      actorUserId: adminUser.id,
      caseReference: 'ITC-2026-000042',
      from: '2026-11-24',
      to: '2026-11-24',
    };
    await waitFor(() =>
      expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual(
        expected,
      ),
    );
    await waitFor(() =>
      expect(Object.fromEntries(queries.at(-1)!)).toEqual({ ...expected, limit: '50' }),
    );
    const table = await screen.findByRole('table', { name: tableName });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(2));
    expect(within(table).getByText('Stand des Falls geändert')).toBeVisible();
    expect(screen.getByLabelText(/^Aktenzeichen/)).toHaveValue('ITC-2026-000042');
  });

  it('explains what to do when no entry matches', async () => {
    const { user } = renderApp({ route: '/admin/audit-log' });
    await screen.findByRole('table', { name: tableName });

    await user.type(screen.getByLabelText(/^Aktenzeichen/), 'ITC-2026-999999');
    await user.click(screen.getByRole('button', { name: 'Filter anwenden' }));

    expect(await screen.findByText('Keine Einträge für diese Auswahl')).toBeVisible();
    expect(screen.getByText(/Prüfen Sie das Aktenzeichen/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Filter zurücksetzen' }));
    expect(await screen.findByRole('table', { name: tableName })).toBeVisible();
    expect(screen.getByLabelText(/^Aktenzeichen/)).toHaveValue('');
  });

  it('shows field errors for a malformed reference and a period that ends before it starts', async () => {
    const queries = recordAuditLogQueries();
    const { user, router } = renderApp({ route: '/admin/audit-log' });
    await screen.findByRole('table', { name: tableName });

    await user.type(screen.getByLabelText(/^Aktenzeichen/), '2026-123');
    await user.type(screen.getByLabelText(/^Von/), '2026-11-24');
    await user.type(screen.getByLabelText(/^Bis/), '2026-11-20');
    await user.click(screen.getByRole('button', { name: 'Filter anwenden' }));

    expect(screen.getByLabelText(/^Aktenzeichen/)).toHaveAccessibleDescription(
      /im Format ITC-2026-000123/,
    );
    expect(screen.getByLabelText(/^Bis/)).toHaveAccessibleDescription(
      /liegt vor dem Beginn des Zeitraums/,
    );
    expect(
      within(screen.getByRole('alert')).getByRole('link', { name: /^Zeitraum bis:/ }),
    ).toBeVisible();
    expect(router.state.location.search).toBe('');
    expect(queries).toHaveLength(1);
  });

  it('is neither shown nor opened for other roles', async () => {
    loginAs(hrUser);
    renderApp({ route: '/admin/audit-log' });
    expect(await screen.findByRole('heading', { level: 1 })).not.toHaveTextContent('Protokoll');
    expect(screen.queryByRole('link', { name: 'Protokoll' })).not.toBeInTheDocument();
    expect(screen.queryByRole('table', { name: tableName })).not.toBeInTheDocument();
  });
});
