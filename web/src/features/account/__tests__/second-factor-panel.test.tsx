import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { adminUser, hrUser, testPassword } from '../../../testing/fixtures';
import { loginAs, recordedRequests } from '../../../testing/mock-api';
import { testTotpCode } from '../../../testing/mock-second-factor-api';
import { renderApp } from '../../../testing/render';
import { server } from '../../../testing/server';

beforeEach(() => {
  server.use(http.get('/api/account/sessions', () => HttpResponse.json({ items: [] })));
});

function panel() {
  return screen.getByRole('region', { name: 'Zwei-Faktor-Anmeldung' });
}

describe('second factor on the account page', () => {
  it('lets an employer set it up and turn it off again with the password', async () => {
    loginAs(hrUser);
    const { user } = renderApp({ route: '/account' });

    await screen.findByRole('heading', { level: 2, name: 'Zwei-Faktor-Anmeldung' });
    expect(within(panel()).getByText(/^Ausgeschaltet/)).toBeInTheDocument();
    await user.click(
      within(panel()).getByRole('button', { name: 'Zwei-Faktor-Anmeldung einrichten' }),
    );
    await user.click(await screen.findByRole('button', { name: 'Einrichtung beginnen' }));
    await user.type(await screen.findByLabelText('Code aus der Authenticator-App'), testTotpCode);
    await user.click(screen.getByRole('button', { name: 'Einrichtung abschließen' }));
    await screen.findByRole('list', { name: 'Ihre Wiederherstellungscodes' });
    await user.click(screen.getByRole('button', { name: 'Weiter' }));

    const enabled = await screen.findByText('Die Zwei-Faktor-Anmeldung ist eingerichtet.');
    expect(enabled.closest('[role="status"]')).toHaveFocus();
    expect(within(panel()).getByText(/^Eingeschaltet/)).toBeInTheDocument();

    await user.click(
      within(panel()).getByRole('button', { name: 'Zwei-Faktor-Anmeldung ausschalten' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Zwei-Faktor-Anmeldung ausschalten' });
    const password = within(dialog).getByLabelText('Ihr Passwort');
    await user.type(password, 'falsches-passwort');
    await user.click(
      within(dialog).getByRole('button', { name: 'Zwei-Faktor-Anmeldung ausschalten' }),
    );
    await waitFor(() => expect(password).toHaveAttribute('aria-invalid', 'true'));
    expect(password).toHaveAccessibleDescription('Das aktuelle Passwort stimmt nicht.');

    await user.clear(password);
    await user.type(password, testPassword);
    await user.click(
      within(dialog).getByRole('button', { name: 'Zwei-Faktor-Anmeldung ausschalten' }),
    );
    expect(
      await screen.findByText('Die Zwei-Faktor-Anmeldung ist ausgeschaltet.'),
    ).toBeInTheDocument();
    expect(recordedRequests('DELETE', '/api/auth/second-factor/totp').at(-1)?.body).toEqual({
      password: testPassword,
    });
  });

  it('offers city staff no way to turn it off', async () => {
    loginAs({ ...adminUser, secondFactorEnabled: true });
    renderApp({ route: '/account' });

    await screen.findByRole('heading', { level: 2, name: 'Zwei-Faktor-Anmeldung' });
    expect(within(panel()).getByText(/Pflicht/)).toBeInTheDocument();
    expect(
      within(panel()).queryByRole('button', { name: 'Zwei-Faktor-Anmeldung ausschalten' }),
    ).not.toBeInTheDocument();
  });
});
