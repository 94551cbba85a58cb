import type { RetentionPreview } from '@itc/shared';
import { screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { adminUser } from '../../../testing/fixtures';
import { loginAs } from '../../../testing/mock-api';
import { renderApp } from '../../../testing/render';
import { server } from '../../../testing/server';

const preview: RetentionPreview = {
  retentionDays: 365,
  windowDays: 30,
  cases: {
    items: [
      {
        id: 'case-old',
        reference: 'ITC-2025-000007',
        status: 'rejected',
        closedAt: '2025-12-10T10:00:00.000Z',
        deletionDate: '2026-12-10',
      },
    ],
    total: 1,
  },
  hires: {
    items: [
      {
        id: 'hire-old',
        name: 'Amara Okafor',
        organizationName: 'Rhein-Stahl GmbH',
        archivedAt: '2025-12-01T08:00:00.000Z',
        since: '2025-12-01T08:00:00.000Z',
        deletionDate: '2026-12-01',
      },
    ],
    total: 3,
  },
};

function answerPreview(body: RetentionPreview) {
  server.use(http.get('/api/admin/retention/preview', () => HttpResponse.json(body)));
}

describe('[ADMIN][RETENTION] retention page', () => {
  beforeEach(() => loginAs(adminUser));

  it('shows the period and what the nightly run deletes in the next 30 days', async () => {
    answerPreview(preview);
    const { user } = renderApp({ route: '/' });
    await user.click(await screen.findByRole('button', { name: 'Verwaltung' }));
    await user.click(screen.getByRole('link', { name: 'Aufbewahrung' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Aufbewahrung und Löschung' }),
    ).toBeVisible();
    // The heading stands while the preview is still loading.
    expect(await screen.findByText(/werden 365 Tage nach Abschluss eines Falls/)).toBeVisible();
    expect(screen.getByText(/in den nächsten 30 Tagen entfernt/)).toBeVisible();

    const cases = screen.getByRole('table', { name: '1 Fall, dessen Daten gelöscht werden' });
    const caseRow = within(within(cases).getByRole('rowheader').closest('tr')!);
    expect(caseRow.getByRole('link', { name: 'ITC-2025-000007' })).toHaveAttribute(
      'href',
      '/cases/case-old',
    );
    expect(caseRow.getByText('10.12.2025')).toBeVisible();
    expect(caseRow.getByText('10.12.2026')).toBeVisible();

    const hires = screen.getByRole('table', { name: '3 Fachkräfte, deren Daten gelöscht werden' });
    const hireRow = within(
      within(hires).getByRole('rowheader', { name: 'Amara Okafor' }).closest('tr')!,
    );
    expect(hireRow.getByText('Rhein-Stahl GmbH')).toBeVisible();
    expect(hireRow.getByText(/archiviert/)).toBeVisible();
    expect(hireRow.getByText('01.12.2026')).toBeVisible();
    // The preview is capped; the page says so.
    expect(screen.getByText('Angezeigt werden die 1 frühesten von 3.')).toBeVisible();
  });

  it('explains what happens when nothing is due', async () => {
    answerPreview({
      ...preview,
      cases: { items: [], total: 0 },
      hires: { items: [], total: 0 },
    });
    renderApp({ route: '/admin/retention' });

    expect(
      await screen.findByText('In den nächsten 30 Tagen wird kein Fall gelöscht'),
    ).toBeVisible();
    expect(
      screen.getByText('In den nächsten 30 Tagen wird keine Fachkraft gelöscht'),
    ).toBeVisible();
    expect(screen.getByText(/Der Fall behält nur Aktenzeichen/)).toBeVisible();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
