import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { adminUser, hrUser, ihkOrganization, ihkUser, toUserRow } from '../../../testing/fixtures';
import {
  accountHandlers,
  accountRequests,
  resetAccountRequests,
} from '../../../testing/mock-accounts-api';
import { getMockState, loginAs } from '../../../testing/mock-api';
import { renderApp } from '../../../testing/render';
import { server } from '../../../testing/server';

function update(id: string, changes: { active?: boolean; secondFactorEnabled?: boolean }) {
  const { users } = getMockState();
  const index = users.findIndex((u) => u.id === id);
  const user = users[index];
  if (user) users.splice(index, 1, { ...user, ...changes });
}

beforeEach(() => {
  server.use(...accountHandlers);
  resetAccountRequests();
  update(hrUser.id, { secondFactorEnabled: true });
  update(ihkUser.id, { active: false });
});

async function rowOf(name: string) {
  const cell = await screen.findByRole('rowheader', { name });
  return cell.closest('tr') as HTMLElement;
}

describe('account actions (city_admin)', () => {
  it('resets a second factor after a warning and shows it in the column', async () => {
    loginAs(adminUser);
    const { user } = renderApp({ route: '/admin/users' });
    const row = await rowOf(hrUser.name);
    expect(within(row).getByText('Zweiter Faktor eingerichtet')).toBeInTheDocument();
    expect(within(await rowOf(ihkUser.name)).getByText('Kein zweiter Faktor')).toBeInTheDocument();

    await user.click(within(row).getByRole('button', { name: 'Zweiten Faktor zurücksetzen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Zweiten Faktor zurücksetzen?' });
    expect(within(dialog).getByRole('button', { name: 'Abbrechen' })).toHaveFocus();
    const confirm = within(dialog).getByRole('button', { name: 'Zweiten Faktor zurücksetzen' });
    expect(confirm).toHaveClass('app-btn-destructive');
    await user.click(confirm);

    const notice = await screen.findByText(
      'Der zweite Faktor von Sabine Krüger ist zurückgesetzt.',
    );
    await waitFor(() => expect(notice.closest('[role="status"]')).toHaveFocus());
    await waitFor(() => expect(within(row).getByText('Kein zweiter Faktor')).toBeInTheDocument());
    expect(
      within(row).queryByRole('button', { name: 'Zweiten Faktor zurücksetzen' }),
    ).not.toBeInTheDocument();
    expect(accountRequests).toEqual([`POST /api/admin/users/${hrUser.id}/second-factor/reset`]);
  });

  it('reactivates a deactivated account', async () => {
    loginAs(adminUser);
    const { user } = renderApp({ route: '/admin/users' });
    const row = await rowOf(ihkUser.name);
    expect(within(row).getByText('Deaktiviert')).toBeInTheDocument();
    expect(within(row).queryByRole('button', { name: 'Deaktivieren' })).not.toBeInTheDocument();

    await user.click(within(row).getByRole('button', { name: 'Reaktivieren' }));
    const dialog = await screen.findByRole('dialog', { name: 'Konto reaktivieren?' });
    await user.click(within(dialog).getByRole('button', { name: 'Konto reaktivieren' }));

    expect(await screen.findByText('Das Konto von Thomas Berger ist wieder aktiv.')).toBeVisible();
    await waitFor(() => expect(within(row).getByText('Aktiv')).toBeInTheDocument());
    expect(accountRequests).toEqual([`POST /api/admin/users/${ihkUser.id}/reactivate`]);
  });

  it('resends a pending invitation of any organisation', async () => {
    getMockState().users.push(
      toUserRow(
        { ...ihkUser, id: 'user-invited', email: 'eva@ihk.example', name: 'Eva Lindner' },
        ihkOrganization,
        { invitationPending: true },
      ),
    );
    loginAs(adminUser);
    const { user } = renderApp({ route: '/admin/users' });
    const row = await rowOf('Eva Lindner');
    await user.click(within(row).getByRole('button', { name: 'Einladung erneut senden' }));
    const dialog = await screen.findByRole('dialog', { name: 'Einladung erneut senden?' });
    await user.click(within(dialog).getByRole('button', { name: 'Einladung senden' }));
    expect(
      await screen.findByText(
        'Die Einladung an Eva Lindner (eva@ihk.example) wurde erneut gesendet.',
      ),
    ).toBeVisible();
    expect(accountRequests).toEqual(['POST /api/admin/users/user-invited/invitation/resend']);
  });

  it('explains a refused reset in the dialog', async () => {
    loginAs(adminUser);
    const { user } = renderApp({ route: '/admin/users' });
    const row = await rowOf(hrUser.name);
    // Reset meanwhile by another admin: the server answers 409.
    update(hrUser.id, { secondFactorEnabled: false });
    await user.click(within(row).getByRole('button', { name: 'Zweiten Faktor zurücksetzen' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Zweiten Faktor zurücksetzen' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Für dieses Konto ist keine Zwei-Faktor-Anmeldung eingerichtet.',
    );
  });
});
