import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { hrUser, ihkUser, toUserRow, verifiedEmployer } from '../../../testing/fixtures';
import {
  accountHandlers,
  accountRequests,
  resetAccountRequests,
} from '../../../testing/mock-accounts-api';
import { getMockState, loginAs } from '../../../testing/mock-api';
import { renderApp } from '../../../testing/render';
import { server } from '../../../testing/server';

const org = verifiedEmployer.id;
const invitee = toUserRow(
  { ...hrUser, id: 'user-invitee', email: 'lena.schulz@rhein-stahl.example', name: 'Lena Schulz' },
  verifiedEmployer,
  { invitationPending: true },
);
const colleague = toUserRow(
  { ...hrUser, id: 'user-colleague', email: 'jan.weber@rhein-stahl.example', name: 'Jan Weber' },
  verifiedEmployer,
);

beforeEach(() => {
  server.use(...accountHandlers);
  resetAccountRequests();
  getMockState().users.push(invitee, colleague);
});

async function rowOf(name: string | RegExp) {
  const cell = await screen.findByRole('rowheader', { name });
  return cell.closest('tr') as HTMLElement;
}

describe('colleagues (employer HR)', () => {
  it('resends a pending invitation after confirmation and announces it', async () => {
    loginAs(hrUser);
    const { user } = renderApp({ route: '/organization' });
    const row = await rowOf('Lena Schulz');
    expect(within(row).queryByRole('button', { name: 'Deaktivieren' })).not.toBeInTheDocument();
    const own = await rowOf(/Sabine Krüger/);
    expect(within(own).queryAllByRole('button')).toHaveLength(0);

    await user.click(within(row).getByRole('button', { name: 'Einladung erneut senden' }));
    const dialog = await screen.findByRole('dialog', { name: 'Einladung erneut senden?' });
    expect(within(dialog).getByRole('button', { name: 'Abbrechen' })).toHaveFocus();
    expect(dialog).toHaveAccessibleDescription(/Frühere Einladungslinks gelten danach nicht mehr/);
    await user.click(within(dialog).getByRole('button', { name: 'Einladung senden' }));

    const notice = await screen.findByText(
      'Die Einladung an Lena Schulz (lena.schulz@rhein-stahl.example) wurde erneut gesendet.',
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await waitFor(() => expect(notice.closest('[role="status"]')).toHaveFocus());
    expect(accountRequests).toEqual([
      `POST /api/organizations/${org}/invitations/user-invitee/resend`,
    ]);
  });

  it('withdraws an invitation: the row goes away', async () => {
    loginAs(hrUser);
    const { user } = renderApp({ route: '/organization' });
    const row = await rowOf('Lena Schulz');
    await user.click(within(row).getByRole('button', { name: 'Einladung zurückziehen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Einladung zurückziehen?' });
    const confirm = within(dialog).getByRole('button', { name: 'Einladung zurückziehen' });
    expect(confirm).toHaveClass('app-btn-destructive');
    await user.click(confirm);

    expect(
      await screen.findByText(
        'Die Einladung an Lena Schulz (lena.schulz@rhein-stahl.example) ist zurückgezogen.',
      ),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.queryByRole('rowheader', { name: 'Lena Schulz' })).not.toBeInTheDocument(),
    );
    expect(accountRequests).toEqual([`DELETE /api/organizations/${org}/invitations/user-invitee`]);
  });

  it('deactivates and reactivates a colleague; cancel sends nothing', async () => {
    loginAs(hrUser);
    const { user } = renderApp({ route: '/organization' });
    const row = await rowOf('Jan Weber');
    await user.click(within(row).getByRole('button', { name: 'Deaktivieren' }));
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Abbrechen' }),
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(accountRequests).toEqual([]);

    await user.click(within(row).getByRole('button', { name: 'Deaktivieren' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Kollegin oder Kollegen deaktivieren?',
    });
    await user.click(within(dialog).getByRole('button', { name: 'Konto deaktivieren' }));
    expect(await screen.findByText('Das Konto von Jan Weber ist deaktiviert.')).toBeInTheDocument();
    await waitFor(() => expect(within(row).getByText('Deaktiviert')).toBeInTheDocument());

    await user.click(within(row).getByRole('button', { name: 'Reaktivieren' }));
    const again = await screen.findByRole('dialog', { name: 'Konto reaktivieren?' });
    await user.click(within(again).getByRole('button', { name: 'Konto reaktivieren' }));
    expect(
      await screen.findByText('Das Konto von Jan Weber ist wieder aktiv.'),
    ).toBeInTheDocument();
    expect(accountRequests).toEqual([
      `POST /api/organizations/${org}/users/user-colleague/deactivate`,
      `POST /api/organizations/${org}/users/user-colleague/reactivate`,
    ]);
  });

  it('shows a refused action translated inside the dialog', async () => {
    loginAs(hrUser);
    const { user } = renderApp({ route: '/organization' });
    const row = await rowOf('Jan Weber');
    // Someone else deactivated Jan meanwhile; the list still shows him active.
    const { users } = getMockState();
    users.splice(users.indexOf(colleague), 1, { ...colleague, active: false });
    await user.click(within(row).getByRole('button', { name: 'Deaktivieren' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Konto deaktivieren' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Das Konto ist bereits deaktiviert.',
    );
  });

  it('offers no account actions to other roles', async () => {
    loginAs(ihkUser);
    renderApp({ route: '/organization' });
    await screen.findByRole('rowheader', { name: /Thomas Berger/ });
    expect(screen.queryByRole('button', { name: 'Deaktivieren' })).not.toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: 'Aktionen' })).not.toBeInTheDocument();
  });
});
