import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { adminUser, pendingEmployer, secondPendingEmployer } from '../../../testing/fixtures';
import { getMockState, loginAs, recordedRequests } from '../../../testing/mock-api';
import { renderApp } from '../../../testing/render';

async function findRow(name: string) {
  const cell = await screen.findByRole('rowheader', { name });
  return cell.closest('tr') as HTMLElement;
}

describe('verify employers (city_admin)', () => {
  it('lists the pending employers and verifies one in place', async () => {
    loginAs(adminUser);
    const { user } = renderApp({ route: '/' });

    // From the start page: the pending count and the way to the queue.
    expect(await screen.findByText('2 Unternehmen warten auf die Prüfung.')).toBeInTheDocument();
    await user.click(
      within(screen.getByRole('region', { name: 'Neue Registrierungen' })).getByRole('link', {
        name: 'Zur Warteliste',
      }),
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Unternehmen prüfen' }),
    ).toBeInTheDocument();

    const row = await findRow(pendingEmployer.name);
    expect(within(row).getByText('In Prüfung')).toBeInTheDocument();
    expect(within(row).getByText('34567890', { exact: false })).toBeInTheDocument();
    // Who registered: the first account of the company.
    expect(within(row).getByText('Jana Neumann')).toBeInTheDocument();
    expect(within(row).getByText('hr@neu-logistik.example')).toBeInTheDocument();
    expect(await findRow(secondPendingEmployer.name)).toBeInTheDocument();

    const verify = within(row).getByRole('button', { name: 'Freigeben…' });
    expect(verify).toHaveAccessibleDescription(pendingEmployer.name);
    await user.click(verify);

    // Approving asks first; Cancel has the focus, so Enter alone never approves.
    const confirm = await screen.findByRole('dialog', { name: '„Neu Logistik UG“ freigeben?' });
    expect(within(confirm).getByRole('button', { name: 'Abbrechen' })).toHaveFocus();
    expect(
      within(confirm).getByText('Wir schreiben das an hr@neu-logistik.example.'),
    ).toBeVisible();
    await user.click(within(confirm).getByRole('button', { name: 'Freigeben' }));

    await waitFor(() => expect(within(row).getByText('Geprüft')).toBeInTheDocument());
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(within(row).queryByRole('button', { name: 'Freigeben…' })).not.toBeInTheDocument();
    // The registrant stays in the row that changed in place.
    expect(within(row).getByText('hr@neu-logistik.example')).toBeInTheDocument();
    const notice = screen.getByText(
      '„Neu Logistik UG“ ist jetzt freigegeben und kann alle Funktionen des Portals nutzen.',
    );
    await waitFor(() => expect(notice.closest('.kern-alert')).toHaveFocus());
    expect(
      recordedRequests('POST', `/api/admin/organizations/${pendingEmployer.id}/verify`),
    ).toHaveLength(1);
    expect(
      getMockState().organizations.find((o) => o.id === pendingEmployer.id)?.verificationStatus,
    ).toBe('verified');
    // The other pending employer is untouched.
    const other = await findRow(secondPendingEmployer.name);
    expect(within(other).getByRole('button', { name: 'Freigeben…' })).toBeEnabled();
  });

  // Escape is tested in Chromium (tests/e2e/start-pages.test.ts): jsdom's <dialog> ignores it.
  it('asks before approving: Abbrechen sends nothing and returns to the button', async () => {
    loginAs(adminUser);
    const { user } = renderApp({ route: '/admin/employers' });

    const row = await findRow(pendingEmployer.name);
    const verify = within(row).getByRole('button', { name: 'Freigeben…' });
    await user.click(verify);
    const confirm = await screen.findByRole('dialog');
    await user.click(within(confirm).getByRole('button', { name: 'Abbrechen' }));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(verify).toHaveFocus();
    expect(within(row).getByText('In Prüfung')).toBeInTheDocument();
    expect(recordedRequests('POST')).toHaveLength(0);
  });

  it('shows everything the checklist asks about in the details, and approves from there', async () => {
    loginAs(adminUser);
    const { user } = renderApp({ route: '/admin/employers' });

    const row = await findRow(pendingEmployer.name);
    await user.click(within(row).getByRole('button', { name: 'Angaben' }));
    const details = await screen.findByRole('dialog', {
      name: 'Registrierung von „Neu Logistik UG“',
    });
    const check = (name: string) => within(details).getByRole('region', { name });
    expect(within(check('Unternehmen und Handelsregister')).getByText('HRB 34567')).toBeVisible();
    expect(
      within(check('Unternehmen und Handelsregister')).getByRole('link', {
        name: 'Registerportal der Länder öffnen (neues Fenster)',
      }),
    ).toHaveAttribute('target', '_blank');
    expect(within(check('Betriebsnummer')).getByText('34567890')).toBeVisible();
    expect(within(check('Anschrift')).getByText('Hafenstraße 3')).toBeVisible();
    expect(within(check('Anschrift')).getByText('47119 Duisburg')).toBeVisible();
    const registrant = check('Registrierende Person');
    expect(within(registrant).getByText('Jana Neumann')).toBeVisible();
    expect(
      within(registrant).getByRole('link', { name: 'hr@neu-logistik.example' }),
    ).toHaveAttribute('href', 'mailto:hr@neu-logistik.example');
    expect(within(registrant).getByText('neu-logistik.example')).toBeVisible();
    expect(within(registrant).getByText('Deutsch')).toBeVisible();

    await user.click(within(details).getByRole('button', { name: 'Freigeben…' }));
    const confirm = await screen.findByRole('dialog', { name: '„Neu Logistik UG“ freigeben?' });
    await user.click(within(confirm).getByRole('button', { name: 'Freigeben' }));
    await waitFor(() => expect(within(row).getByText('Geprüft')).toBeInTheDocument());
    expect(
      recordedRequests('POST', `/api/admin/organizations/${pendingEmployer.id}/verify`),
    ).toHaveLength(1);
  });

  it('rejects with a reason given in a dialog', async () => {
    loginAs(adminUser);
    const { user } = renderApp({ route: '/admin/employers' });

    const row = await findRow(secondPendingEmployer.name);
    await user.click(within(row).getByRole('button', { name: 'Ablehnen…' }));

    const dialog = await screen.findByRole('dialog', {
      name: 'Registrierung von „Pflege Plus Ruhr GmbH“ nicht freigeben',
    });
    const reason = within(dialog).getByLabelText('Begründung');
    expect(reason).toHaveFocus();

    // Too short: the shared rule (at least 5 characters) is checked before sending.
    await user.type(reason, 'Nein');
    await user.click(within(dialog).getByRole('button', { name: 'Ablehnen' }));
    expect(
      await within(dialog).findByRole('link', {
        name: 'Begründung: Bitte nennen Sie einen Grund (mindestens 5 Zeichen).',
      }),
    ).toBeInTheDocument();
    expect(
      recordedRequests('POST', `/api/admin/organizations/${secondPendingEmployer.id}/reject`),
    ).toHaveLength(0);

    await user.clear(reason);
    await user.type(reason, 'Die Betriebsnummer gehört zu einem anderen Betrieb.');
    await user.click(within(dialog).getByRole('button', { name: 'Ablehnen' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(within(row).getByText('Abgelehnt')).toBeInTheDocument();
    expect(within(row).queryByRole('button', { name: 'Ablehnen…' })).not.toBeInTheDocument();
    expect(
      recordedRequests('POST', `/api/admin/organizations/${secondPendingEmployer.id}/reject`)[0]
        ?.body,
    ).toEqual({ reason: 'Die Betriebsnummer gehört zu einem anderen Betrieb.' });
    expect(
      screen.getByText(
        '„Pflege Plus Ruhr GmbH“ wurde nicht freigegeben. Das Unternehmen sieht Ihre Begründung auf seiner Startseite.',
      ),
    ).toBeInTheDocument();
  });

  it('closes the reject dialog with Abbrechen without sending anything', async () => {
    loginAs(adminUser);
    const { user } = renderApp({ route: '/admin/employers' });

    const row = await findRow(pendingEmployer.name);
    await user.click(within(row).getByRole('button', { name: 'Ablehnen…' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Abbrechen' }));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(within(row).getByRole('button', { name: 'Ablehnen…' })).toHaveFocus();
    expect(recordedRequests('POST')).toHaveLength(0);
  });
});
