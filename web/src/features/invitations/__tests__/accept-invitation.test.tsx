import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { recordedRequests, validInvitationToken } from '../../../testing/mock-api';
import { renderApp } from '../../../testing/render';

describe('accept invitation', () => {
  it('shows who is invited where, sets the password and logs in', async () => {
    const { user, router } = renderApp({ route: `/invitation/${validInvitationToken}` });

    expect(await screen.findByText(/für „Rhein-Stahl GmbH“ mitzuarbeiten/)).toBeInTheDocument();
    expect(screen.getByText('neu@rhein-stahl.example')).toBeInTheDocument();
    expect(screen.getByText('Personalverantwortliche Person im Unternehmen')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Passwort'), 'kurz');
    await user.click(screen.getByRole('button', { name: 'Einladung annehmen' }));
    expect(screen.getByLabelText('Passwort')).toHaveAccessibleDescription(
      expect.stringContaining('Das Passwort muss mindestens 12 Zeichen lang sein.'),
    );

    await user.clear(screen.getByLabelText('Passwort'));
    await user.type(screen.getByLabelText('Passwort'), 'Rhein-Ufer-Sonne');
    await user.click(screen.getByRole('button', { name: 'Einladung annehmen' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Willkommen, Lena Schulz' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
    expect(recordedRequests('POST', '/api/invitations/accept')[0]?.body).toEqual({
      token: validInvitationToken,
      password: 'Rhein-Ufer-Sonne',
    });
  });

  it('explains an invalid link', async () => {
    renderApp({ route: '/invitation/abgelaufener-link-0000000000' });

    expect(
      await screen.findByRole('heading', { name: 'Dieser Einladungslink ist nicht mehr gültig' }),
    ).toBeInTheDocument();
    expect(screen.queryByLabelText('Passwort')).not.toBeInTheDocument();
  });
});
