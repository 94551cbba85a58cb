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
  });

  it('lets city staff write internal notes and move the case with its version', async () => {
    loginAs(adminUser);
    const { user } = renderApp({ route: '/cases/case-iyer' });
    await screen.findByRole('heading', { level: 1, name: /ITC-2026-000042/ });
    expect(document.querySelector('[aria-current="step"]')).toBeNull();
    expect(screen.getByLabelText(/Interne Notiz/)).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'An die ZFE NRW weitergeleitet' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('Notiz (optional)'), 'Vollständig.');
    await user.click(within(dialog).getByRole('button', { name: 'Bestätigen' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(recordedRequests('POST', '/api/cases/case-iyer/transitions')[0]?.body).toEqual({
      to: 'forwarded',
      version: 3,
      note: 'Vollständig.',
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: /An die ZFE NRW weitergeleitet/ }),
    ).toBeVisible();
  });

  it('explains a stale version and reloads the case', async () => {
    loginAs(adminUser);
    const { user } = renderApp({ route: '/cases/case-iyer' });
    await screen.findByRole('heading', { level: 1, name: /ITC-2026-000042/ });
    bumpMockCaseVersion('case-iyer');

    await user.click(screen.getByRole('button', { name: 'Abgelehnt' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('Begründung'), 'Kein Arbeitsvertrag vorgelegt.');
    await user.click(within(dialog).getByRole('button', { name: 'Bestätigen' }));

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
    await user.click(within(dialog).getByRole('button', { name: 'Bestätigen' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(recordedRequests('POST', '/api/cases/case-iyer/transitions')[1]?.body).toMatchObject({
      to: 'rejected',
      version: 4,
    });
  });
});
