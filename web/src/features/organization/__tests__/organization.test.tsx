import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { hrUser, ihkUser } from '../../../testing/fixtures';
import { loginAs, recordedRequests } from '../../../testing/mock-api';
import { renderApp } from '../../../testing/render';

describe('my organisation', () => {
  it('shows the details and colleagues and lets HR invite a colleague', async () => {
    loginAs(hrUser);
    const { user } = renderApp({ route: '/organization' });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Mein Unternehmen' }),
    ).toBeVisible();
    expect(await screen.findByText('HRB 12345')).toBeInTheDocument();
    expect(screen.getByText('12345678')).toBeInTheDocument();
    expect(screen.getByText('20.11.2026', { selector: 'dd time' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Konten Ihrer Organisation' });
    expect(within(table).getByRole('rowheader', { name: /Sabine Krüger/ })).toBeInTheDocument();

    const form = screen.getByRole('heading', { name: 'Kollegin oder Kollegen einladen' })
      .parentElement as HTMLElement;
    await user.type(within(form).getByLabelText('Name'), 'Lars Becker');
    await user.type(
      within(form).getByLabelText('E-Mail-Adresse'),
      'lars.becker@rhein-stahl.example',
    );
    await user.click(within(form).getByRole('button', { name: 'Einladung senden' }));

    expect(
      await screen.findByText(
        'Die Einladung an Lars Becker (lars.becker@rhein-stahl.example) ist unterwegs.',
      ),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(within(table).getByRole('rowheader', { name: 'Lars Becker' })).toBeInTheDocument(),
    );
    expect(
      recordedRequests('POST', `/api/organizations/${hrUser.organization.id}/invitations`)[0]?.body,
    ).toEqual({
      name: 'Lars Becker',
      email: 'lars.becker@rhein-stahl.example',
      locale: 'de',
    });
    // The form is empty again for the next invitation.
    expect(within(form).getByLabelText('Name')).toHaveValue('');
  });

  it('offers no invitation form to advisors', async () => {
    loginAs(ihkUser);
    renderApp({ route: '/organization' });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Meine Organisation' }),
    ).toBeVisible();
    await screen.findByRole('table');
    expect(screen.queryByRole('button', { name: 'Einladung senden' })).not.toBeInTheDocument();
  });
});
