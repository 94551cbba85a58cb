import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { engineerCase, listItemOf } from '../../../testing/case-fixtures';
import { adminUser, verifiedEmployer } from '../../../testing/fixtures';
import { loginAs, problem } from '../../../testing/mock-api';
import { renderApp } from '../../../testing/render';
import { captureSavedFiles } from '../../../testing/saved-files';
import { server } from '../../../testing/server';

/** The query of every queue request, to see what the page asked for. */
function recordQueueQueries(): URLSearchParams[] {
  const queries: URLSearchParams[] = [];
  server.use(
    http.get('/api/cases', ({ request }) => {
      queries.push(new URL(request.url).searchParams);
      return HttpResponse.json({ items: [listItemOf(engineerCase)], nextCursor: null });
    }),
  );
  return queries;
}

const csvHeader = '\uFEFFAktenzeichen;Status;Fachkraft\r\n';
const csvRows = [
  'ITC-2026-000042;In Prüfung beim ITC;Rohan Iyer\r\n',
  'ITC-2026-000043;Eingereicht;Ana Lima\r\n',
];

/**
 * A CSV export that sends its header and first row, then waits for `release()` before the last
 * row, so that the test sees the progress in between.
 */
function streamExport() {
  const queries: URLSearchParams[] = [];
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  server.use(
    http.get('/api/cases/export.csv', ({ request }) => {
      queries.push(new URL(request.url).searchParams);
      const encoder = new TextEncoder();
      const body = new ReadableStream<Uint8Array>({
        async start(controller) {
          controller.enqueue(encoder.encode(csvHeader + csvRows[0]));
          await released;
          controller.enqueue(encoder.encode(csvRows[1]));
          controller.close();
        },
      });
      return new HttpResponse(body, {
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="Verfahren-2026-11-25.csv"; filename*=UTF-8''Verfahren-2026-11-25.csv`,
          'X-Total-Count': String(csvRows.length),
        },
      });
    }),
  );
  return { queries, release };
}

const search = (router: { state: { location: { search: string } } }) =>
  new URLSearchParams(router.state.location.search);

describe('[CITY] reviewer queue filters', () => {
  beforeEach(() => loginAs(adminUser));
  afterEach(() => vi.restoreAllMocks());

  it('narrows the queue by employer, nationality, field and period, in the URL and the request', async () => {
    const queries = recordQueueQueries();
    const { user, router } = renderApp({ route: '/cases' });
    await screen.findByRole('table', { name: 'Fälle' });

    const employer = screen.getByLabelText('Arbeitgeber');
    await within(employer).findByRole('option', { name: verifiedEmployer.name });
    await user.selectOptions(employer, verifiedEmployer.name);
    await user.selectOptions(screen.getByLabelText('Staatsangehörigkeit'), 'Indien');
    await user.selectOptions(screen.getByLabelText('Berufsfeld'), 'Ingenieurwesen und Architektur');
    await user.type(screen.getByLabelText(/^von/), '2026-11-01');
    await user.type(screen.getByLabelText(/^bis/), '2026-11-30');
    await user.click(screen.getByRole('button', { name: 'Zeitraum anwenden' }));

    const expected = {
      organizationId: verifiedEmployer.id,
      nationality: 'IN',
      occupationField: 'engineering',
      submittedFrom: '2026-11-01',
      submittedTo: '2026-11-30',
    };
    await waitFor(() => expect(Object.fromEntries(search(router))).toEqual(expected));
    await waitFor(() => expect(Object.fromEntries(queries.at(-1)!)).toMatchObject(expected));
    expect(screen.getByLabelText('Arbeitgeber')).toHaveValue(verifiedEmployer.id);
    expect(screen.getByLabelText(/^von/)).toHaveValue('2026-11-01');

    await user.click(screen.getByRole('button', { name: 'Alle Filter zurücksetzen' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(screen.getByLabelText('Staatsangehörigkeit')).toHaveValue('');
    expect(screen.getByLabelText(/^von/)).toHaveValue('');
  });

  it('keeps keyboard focus in the filters when a period is applied or the filters are reset', async () => {
    recordQueueQueries();
    const { user, router } = renderApp({ route: '/cases?q=Iyer' });
    await screen.findByRole('table', { name: 'Fälle' });

    await user.type(screen.getByLabelText(/^von/), '2026-11-01');
    const apply = screen.getByRole('button', { name: 'Zeitraum anwenden' });
    await user.click(apply);
    await waitFor(() => expect(router.state.location.search).toContain('submittedFrom=2026-11-01'));
    // The same button, still in the page and focused: the form follows the URL without a remount.
    expect(apply).toBeInTheDocument();
    expect(apply).toHaveFocus();
    expect(screen.getByLabelText(/^von/)).toHaveValue('2026-11-01');

    await user.click(screen.getByRole('button', { name: 'Alle Filter zurücksetzen' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    const search = screen.getByLabelText('Suchen nach Aktenzeichen, Name oder Firma');
    expect(search).toHaveFocus();
    expect(search).toHaveValue('');
    expect(screen.getByLabelText(/^von/)).toHaveValue('');
  });

  it('keeps an employer filter from a link visible when the employer list cannot be loaded', async () => {
    recordQueueQueries();
    server.use(http.get('/api/cases/employers', () => problem(500, 'internal_error')));
    renderApp({ route: `/cases?organizationId=${verifiedEmployer.id}` });
    await screen.findByRole('table', { name: 'Fälle' });
    const employer = screen.getByLabelText('Arbeitgeber');
    await waitFor(() =>
      expect(
        within(employer).getByRole('option', { name: /Liste gerade nicht verfügbar/ }),
      ).toBeInTheDocument(),
    );
    expect(employer).toHaveDisplayValue('Gewählter Arbeitgeber');
  });

  it('shows an error at “bis” when the period ends before it starts, and keeps the list', async () => {
    const queries = recordQueueQueries();
    const { user, router } = renderApp({ route: '/cases' });
    await screen.findByRole('table', { name: 'Fälle' });

    await user.type(screen.getByLabelText(/^von/), '2026-11-20');
    await user.type(screen.getByLabelText(/^bis/), '2026-11-10');
    await user.click(screen.getByRole('button', { name: 'Zeitraum anwenden' }));

    const to = screen.getByLabelText(/^bis/);
    expect(to).toHaveAttribute('aria-invalid', 'true');
    expect(to).toHaveAccessibleDescription(/liegt vor dem Beginn des Zeitraums/);
    const summary = screen.getByRole('alert');
    expect(
      within(summary).getByRole('link', { name: /^Eingereicht bis: Dieses Datum liegt vor/ }),
    ).toBeVisible();
    expect(router.state.location.search).toBe('');
    expect(queries.every((query) => !query.has('submittedTo'))).toBe(true);
    expect(screen.getByRole('table', { name: 'Fälle' })).toBeVisible();
  });

  it('reads the filters of a shared link, leaving out what does not pass the shared schema', async () => {
    const queries = recordQueueQueries();
    renderApp({
      route: `/cases?organizationId=${verifiedEmployer.id}&nationality=in&status=bogus&occupationField=it&submittedFrom=2026-11-20&submittedTo=2026-11-10`,
    });
    await screen.findByRole('table', { name: 'Fälle' });
    expect(Object.fromEntries(queries.at(-1)!)).toEqual({
      organizationId: verifiedEmployer.id,
      nationality: 'IN',
      occupationField: 'it',
      limit: '20',
    });
    expect(screen.getByLabelText('Berufsfeld')).toHaveValue('it');
  });
});

describe('[CITY] CSV export', () => {
  beforeEach(() => loginAs(adminUser));
  afterEach(() => vi.restoreAllMocks());

  it('exports the filtered queue with progress, then saves it under the server’s name', async () => {
    recordQueueQueries();
    const saved = captureSavedFiles();
    const csv = streamExport();
    const { user } = renderApp({
      route: '/cases?nationality=IN&overdue=true&sort=dueAt&order=asc',
    });
    await screen.findByRole('table', { name: 'Fälle' });

    await user.click(screen.getByRole('button', { name: 'CSV exportieren' }));
    const bar = await screen.findByRole('progressbar');
    expect(bar).toHaveValue(50);
    expect(screen.getByText('CSV-Export: 1 von 2 Fällen (50 %)')).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('CSV-Export: 50 % geschrieben.');
    expect(Object.fromEntries(csv.queries[0]!)).toEqual({
      nationality: 'IN',
      overdue: 'true',
      sort: 'dueAt',
      order: 'asc',
    });

    csv.release();
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'Fertig: 2 Fälle als „Verfahren-2026-11-25.csv“ gespeichert.',
      ),
    );
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(saved).toHaveLength(1);
    expect(saved[0]!.fileName).toBe('Verfahren-2026-11-25.csv');
    // Byte for byte, with the BOM that German Excel needs.
    const bytes = new Uint8Array(await saved[0]!.blob.arrayBuffer());
    expect([...bytes]).toEqual([...new TextEncoder().encode(csvHeader + csvRows.join(''))]);
  });

  it('says in words why the export failed', async () => {
    recordQueueQueries();
    server.use(http.get('/api/cases/export.csv', () => problem(400, 'validation_failed')));
    const { user } = renderApp({ route: '/cases' });
    await screen.findByRole('table', { name: 'Fälle' });

    await user.click(screen.getByRole('button', { name: 'CSV exportieren' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Der CSV-Export ist fehlgeschlagen.');
    expect(alert).toHaveTextContent('Einige Angaben sind nicht gültig.');
    expect(screen.getByRole('button', { name: 'CSV exportieren' })).toBeEnabled();
  });
});
