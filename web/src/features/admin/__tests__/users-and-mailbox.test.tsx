import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { adminUser, hrUser, ihkOrganization } from '../../../testing/fixtures';
import { getMockState, loginAs, recordedRequests } from '../../../testing/mock-api';
import { renderApp } from '../../../testing/render';

describe('user accounts (city_admin)', () => {
  it('deactivates an account after confirmation', async () => {
    loginAs(adminUser);
    const { user } = renderApp({ route: '/admin/users' });

    const cell = await screen.findByRole('rowheader', { name: hrUser.name });
    const row = cell.closest('tr') as HTMLElement;
    expect(within(row).getByText('Aktiv')).toBeInTheDocument();
    // Nobody deactivates themselves by accident.
    const ownRow = screen
      .getByRole('rowheader', { name: adminUser.name })
      .closest('tr') as HTMLElement;
    expect(within(ownRow).queryByRole('button', { name: 'Deaktivieren' })).not.toBeInTheDocument();

    await user.click(within(row).getByRole('button', { name: 'Deaktivieren' }));
    const dialog = await screen.findByRole('dialog', { name: 'Konto deaktivieren?' });
    expect(within(dialog).getByRole('button', { name: 'Abbrechen' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Konto deaktivieren' }));

    await waitFor(() => expect(within(row).getByText('Deaktiviert')).toBeInTheDocument());
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(recordedRequests('POST', `/api/admin/users/${hrUser.id}/deactivate`)).toHaveLength(1);
    expect(screen.getByText('Das Konto von Sabine Krüger ist deaktiviert.')).toBeInTheDocument();
  });

  it('invites a partner advisor with a role that fits the organisation', async () => {
    loginAs(adminUser);
    const { user } = renderApp({ route: '/admin/users' });

    const form = (await screen.findByRole('heading', { name: 'Person einladen' }))
      .parentElement as HTMLElement;
    await user.type(await within(form).findByLabelText('Name'), 'Eva Lindner');
    await user.type(within(form).getByLabelText('E-Mail-Adresse'), 'eva.lindner@ihk.example');
    await user.selectOptions(within(form).getByLabelText('Organisation'), ihkOrganization.id);
    await waitFor(() => expect(within(form).getByLabelText('Rolle')).toHaveValue('ihk_advisor'));
    await user.click(within(form).getByRole('button', { name: 'Einladung senden' }));

    expect(
      await screen.findByText(
        'Die Einladung an Eva Lindner (eva.lindner@ihk.example) ist unterwegs.',
      ),
    ).toBeInTheDocument();
    expect(recordedRequests('POST', '/api/admin/invitations')[0]?.body).toEqual({
      name: 'Eva Lindner',
      email: 'eva.lindner@ihk.example',
      organizationId: ihkOrganization.id,
      role: 'ihk_advisor',
      locale: 'de',
    });
    expect(getMockState().users.some((u) => u.email === 'eva.lindner@ihk.example')).toBe(true);
  });
});

describe('organisations (city_admin)', () => {
  it('creates a partner organisation and lists it', async () => {
    loginAs(adminUser);
    const { user } = renderApp({ route: '/admin/organizations' });

    const form = (await screen.findByRole('heading', { name: 'Partnerorganisation anlegen' }))
      .parentElement as HTMLElement;
    await user.selectOptions(within(form).getByLabelText('Art der Organisation'), 'jobcenter');
    await user.type(within(form).getByLabelText('Name der Organisation'), 'Jobcenter Duisburg');
    await user.type(within(form).getByLabelText('Straße und Hausnummer'), 'Wintgensstraße 29–33');
    await user.type(within(form).getByLabelText('Postleitzahl'), '47058');
    await user.type(within(form).getByLabelText('Ort'), 'Duisburg');
    await user.click(within(form).getByRole('button', { name: 'Organisation anlegen' }));

    expect(await screen.findByText(/„Jobcenter Duisburg“ wurde angelegt/)).toBeInTheDocument();
    expect(
      await screen.findByRole('rowheader', { name: 'Jobcenter Duisburg' }),
    ).toBeInTheDocument();
    expect(recordedRequests('POST', '/api/admin/organizations')[0]?.body).toEqual({
      type: 'jobcenter',
      name: 'Jobcenter Duisburg',
      address: { street: 'Wintgensstraße 29–33', postalCode: '47058', city: 'Duisburg' },
    });
  });
});

describe('development mailbox (city_admin)', () => {
  it('shows stored e-mails with clickable links', async () => {
    loginAs(adminUser);
    renderApp({ route: '/admin/mailbox' });

    const message = await screen.findByRole('article', { name: 'Einladung zum Partnerportal' });
    expect(within(message).getByText('neu@rhein-stahl.example')).toBeInTheDocument();
    expect(within(message).getByText('20.11.2026, 10:30')).toBeInTheDocument();
    expect(within(message).getByText('nicht versendet')).toBeInTheDocument();
    expect(
      within(message).getByRole('link', {
        name: 'http://localhost:3000/invitation/abcdefghijklmnopqrstuvwxyz',
      }),
    ).toHaveAttribute('href', 'http://localhost:3000/invitation/abcdefghijklmnopqrstuvwxyz');
  });

  it('finds e-mails by recipient or subject and offers their attachments', async () => {
    loginAs(adminUser);
    const { user } = renderApp({ route: '/admin/mailbox' });
    await screen.findByRole('article', { name: 'Einladung zum Partnerportal' });

    await user.type(screen.getByLabelText('E-Mails durchsuchen'), 'bestätigt');
    await user.click(screen.getByRole('button', { name: 'Suchen' }));
    const message = await screen.findByRole('article', {
      name: 'Anmeldung bestätigt: Sprechstunde',
    });
    expect(screen.queryByRole('article', { name: 'Einladung zum Partnerportal' })).toBeNull();
    await user.click(within(message).getByText('Anmeldung bestätigt: Sprechstunde'));
    expect(message.querySelector('details')).toHaveAttribute('open');
    const file = within(message).getByRole('link', { name: 'termin.ics' });
    expect(file).toHaveAttribute('href', '/api/admin/outbox/mail-2/attachments/0');
    expect(file.closest('li')).toHaveTextContent('termin.ics (text/calendar, 1,2 kB)');

    await user.clear(screen.getByLabelText('E-Mails durchsuchen'));
    await user.type(screen.getByLabelText('E-Mails durchsuchen'), 'nichts');
    await user.click(screen.getByRole('button', { name: 'Suchen' }));
    expect(await screen.findByText('Keine passenden E-Mails')).toBeInTheDocument();
  });
});
