import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { adminUser, hrUser, ihkUser } from '../../../testing/fixtures';
import { loginAs, recordedRequests } from '../../../testing/mock-api';
import { bumpMockCaseVersion, mockCaseFetches } from '../../../testing/mock-cases-api';
import { renderApp } from '../../../testing/render';

describe('cases', () => {
  it('lists the employer’s cases with stage and days left', async () => {
    loginAs(hrUser);
    renderApp({ route: '/cases' });
    const table = await screen.findByRole('table', { name: 'Fälle' });
    expect(within(table).getByRole('link', { name: 'ITC-2026-000042' })).toBeVisible();
    expect(within(table).getByText('In Prüfung beim ITC')).toBeVisible();
    expect(within(table).getByText('noch 9 Tage')).toBeVisible();
    // Only city staff export the queue.
    expect(screen.queryByRole('button', { name: /CSV exportieren/ })).not.toBeInTheDocument();
    // Every case is the employer's own, so no column repeats its name.
    expect(within(table).queryByRole('columnheader', { name: 'Unternehmen' })).toBeNull();
  });

  it.each([
    ['city staff', adminUser],
    ['a partner holding the employer’s mandate', ihkUser],
  ])('names each case’s company for %s', async (_who, user) => {
    loginAs(user);
    renderApp({ route: '/cases' });
    const table = await screen.findByRole('table', { name: 'Fälle' });
    expect(within(table).getByRole('columnheader', { name: 'Unternehmen' })).toBeVisible();
    const row = within(table).getByRole('rowheader', { name: 'ITC-2026-000042' }).closest('tr')!;
    expect(within(row).getByRole('cell', { name: 'Rhein-Stahl GmbH' })).toBeVisible();
  });

  it('shows the employer the stepper with the current stage and no internal notes', async () => {
    loginAs(hrUser);
    renderApp({ route: '/cases/case-iyer' });
    await screen.findByRole('heading', { level: 1, name: /ITC-2026-000042/ });
    const stepper = screen.getByRole('list', { name: 'Fortschritt Ihres Verfahrens' });
    const steps = within(stepper).getAllByRole('listitem');
    expect(steps).toHaveLength(10);
    expect(steps[1]).toHaveAttribute('aria-current', 'step');
    expect(steps[1]).toHaveTextContent('In Prüfung beim ITC');
    expect(steps[0]).not.toHaveAttribute('aria-current');
    expect(steps[0]).toHaveTextContent('erledigt');
    expect(screen.getByRole('heading', { name: 'Was Sie als Nächstes tun müssen' })).toBeVisible();
    expect(await screen.findByText('Vielen Dank, wir prüfen die Unterlagen.')).toBeVisible();
    expect(screen.getByLabelText('Nachricht')).toBeVisible();
    expect(screen.queryByLabelText(/Interne Notiz/)).not.toBeInTheDocument();
    const applied = screen.getByText('Beantragter Aufenthaltstitel').nextElementSibling;
    expect(applied).toHaveTextContent('Blaue Karte EU (§ 18g AufenthG)');
  });

  it('lets city staff write internal notes and move the case with its version', async () => {
    loginAs(adminUser);
    const { user } = renderApp({ route: '/cases/case-iyer' });
    await screen.findByRole('heading', { level: 1, name: /ITC-2026-000042/ });
    expect(document.querySelector('[aria-current="step"]')).toBeNull();
    expect(screen.getByLabelText(/Interne Notiz/)).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'An die ZFE NRW weiterleiten…' }));
    const dialog = await screen.findByRole('dialog', { name: 'An die ZFE NRW weiterleiten' });
    // The note has the focus, never the button that confirms.
    expect(within(dialog).getByLabelText('Notiz (optional)')).toHaveFocus();
    await user.type(within(dialog).getByLabelText('Notiz (optional)'), 'Vollständig.');
    await user.click(within(dialog).getByRole('button', { name: 'An die ZFE NRW weiterleiten' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(recordedRequests('POST', '/api/cases/case-iyer/transitions')[0]?.body).toEqual({
      to: 'forwarded',
      version: 3,
      note: 'Vollständig.',
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: /An die ZFE NRW weitergeleitet/ }),
    ).toBeVisible();
    // Keyboard users land on the confirmation.
    await waitFor(() =>
      expect(
        screen
          .getByText('Der Fall steht jetzt auf „An die ZFE NRW weitergeleitet“.')
          .closest('.kern-alert'),
      ).toHaveFocus(),
    );
  });

  it('sets rejecting apart and marks each missing field of a document request', async () => {
    loginAs(adminUser);
    const { user } = renderApp({ route: '/cases/case-iyer' });
    await screen.findByRole('heading', { level: 1, name: /ITC-2026-000042/ });
    const moves = screen.getByRole('region', { name: 'Fall weiterführen' });
    const ending = within(moves).getByRole('list', { name: 'Fall beenden' });
    expect(within(ending).getByRole('button', { name: 'Ablehnen…' })).toBeVisible();
    expect(within(moves).getByRole('button', { name: 'Unterlagen nachfordern…' })).toBeVisible();
    // Staff close a request answered otherwise with a move; the employer's answer form is not theirs.
    expect(screen.queryByRole('button', { name: 'Antwort senden' })).not.toBeInTheDocument();

    await user.click(within(moves).getByRole('button', { name: 'Unterlagen nachfordern…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Unterlagen nachfordern' });
    await user.click(within(dialog).getByRole('button', { name: 'Unterlagen nachfordern' }));

    const summary = await within(dialog).findByRole('alert');
    expect(summary).toHaveTextContent('Der Fall wurde nicht weitergeführt.');
    const documents = within(dialog).getByRole('group', { name: 'Angeforderte Unterlagen' });
    expect(documents).toHaveTextContent(
      'Bitte wählen Sie mindestens eine Unterlage oder nennen Sie eine weitere.',
    );
    const message = within(dialog).getByLabelText('Nachricht an den Arbeitgeber');
    expect(message).toHaveAttribute('aria-invalid', 'true');
    expect(message).toHaveAccessibleDescription('Bitte füllen Sie dieses Feld aus.');
    expect(recordedRequests('POST', '/api/cases/case-iyer/transitions')).toHaveLength(0);

    // Fixed fields lose their error at once.
    await user.type(message, 'Bitte den Vertrag unterschrieben nachreichen.');
    expect(message).not.toHaveAttribute('aria-invalid');
    await user.type(within(dialog).getByLabelText('Weitere Unterlage (optional)'), 'Vertrag');
    expect(documents).not.toHaveTextContent('Bitte wählen Sie mindestens eine Unterlage');
    await user.click(within(dialog).getByRole('button', { name: 'Unterlagen nachfordern' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(recordedRequests('POST', '/api/cases/case-iyer/transitions')[0]?.body).toEqual({
      to: 'documents_requested',
      version: 3,
      documents: [{ code: 'other', label: 'Vertrag' }],
      message: 'Bitte den Vertrag unterschrieben nachreichen.',
    });
  });

  it('explains a stale version and reloads the case', async () => {
    loginAs(adminUser);
    const { user } = renderApp({ route: '/cases/case-iyer' });
    await screen.findByRole('heading', { level: 1, name: /ITC-2026-000042/ });
    bumpMockCaseVersion('case-iyer');

    await user.click(screen.getByRole('button', { name: 'Ablehnen…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ablehnen' });
    const reason = within(dialog).getByLabelText('Begründung');
    expect(reason).toHaveFocus();
    await user.type(reason, 'Kein Arbeitsvertrag vorgelegt.');
    await user.click(within(dialog).getByRole('button', { name: 'Ablehnen' }));

    expect(
      await within(dialog).findByText(/von jemand anderem geändert. Wir haben den aktuellen Stand/),
    ).toBeVisible();
    expect(recordedRequests('POST', '/api/cases/case-iyer/transitions')[0]?.body).toMatchObject({
      to: 'rejected',
      version: 3,
      reason: 'Kein Arbeitsvertrag vorgelegt.',
    });
    // The case was fetched again: a second attempt sends the current version.
    await waitFor(() => expect(mockCaseFetches()).toBe(2));
    await user.click(within(dialog).getByRole('button', { name: 'Ablehnen' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(recordedRequests('POST', '/api/cases/case-iyer/transitions')[1]?.body).toMatchObject({
      to: 'rejected',
      version: 4,
    });
  });
});
