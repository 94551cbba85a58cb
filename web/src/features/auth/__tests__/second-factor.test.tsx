import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { adminUser, hrUser, testPassword } from '../../../testing/fixtures';
import { getMockState, loginAs, recordedRequests } from '../../../testing/mock-api';
import {
  testRecoveryCodes,
  testTotpCode,
  testTotpSecret,
} from '../../../testing/mock-second-factor-api';
import { renderApp } from '../../../testing/render';

function giveFactor(email: string) {
  const row = getMockState().users.find((u) => u.email === email);
  if (!row) throw new Error(`no user ${email}`);
  row.secondFactorEnabled = true;
}

async function submitPassword(user: ReturnType<typeof renderApp>['user'], email: string) {
  await user.type(await screen.findByLabelText('E-Mail-Adresse'), email);
  await user.type(screen.getByLabelText('Passwort'), testPassword);
  await user.click(screen.getByRole('button', { name: 'Anmelden' }));
}

describe('sign-in with a second factor', () => {
  it('asks for the app code after the password, with the one-time-code hints', async () => {
    giveFactor(adminUser.email);
    const { user, router } = renderApp({ route: '/login' });
    await submitPassword(user, adminUser.email);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Anmeldung bestätigen' }),
    ).toBeInTheDocument();
    const code = screen.getByLabelText('Code aus der Authenticator-App');
    expect(code).toHaveAttribute('autocomplete', 'one-time-code');
    expect(code).toHaveAttribute('inputmode', 'numeric');

    await user.type(code, '000000');
    await user.click(screen.getByRole('button', { name: 'Bestätigen' }));
    await waitFor(() => expect(code).toHaveAttribute('aria-invalid', 'true'));
    expect(code).toHaveAccessibleDescription(/Der Code stimmt nicht oder ist schon benutzt/);

    await user.clear(code);
    await user.type(code, testTotpCode);
    await user.click(screen.getByRole('button', { name: 'Bestätigen' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: /Willkommen/ }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
    expect(recordedRequests('POST', '/api/auth/login/second-factor').at(-1)?.body).toEqual({
      code: testTotpCode,
    });
  });

  it('takes a recovery code instead', async () => {
    giveFactor(hrUser.email);
    const { user } = renderApp({ route: '/login' });
    await submitPassword(user, hrUser.email);

    await user.click(
      await screen.findByRole('button', { name: 'Wiederherstellungscode verwenden' }),
    );
    await user.type(screen.getByLabelText('Wiederherstellungscode'), testRecoveryCodes[0] ?? '');
    await user.click(screen.getByRole('button', { name: 'Bestätigen' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: /Willkommen/ }),
    ).toBeInTheDocument();
  });
});

describe('enrolment of city staff', () => {
  it('shows only the setup page until the factor is set up, then the recovery codes once', async () => {
    const { user, router } = renderApp({ route: '/login' });
    await submitPassword(user, adminUser.email);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Zwei-Faktor-Anmeldung einrichten' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/second-factor/setup');
    expect(screen.queryByRole('navigation', { name: /Hauptnavigation/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Einrichtung beginnen' }));
    expect(
      await screen.findByRole('img', { name: /QR-Code zum Einrichten der Authenticator-App/ }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Schlüssel zur Eingabe von Hand')).toHaveValue(
      testTotpSecret.match(/.{4}/g)?.join(' '),
    );

    const code = screen.getByLabelText('Code aus der Authenticator-App');
    expect(code).toHaveAttribute('autocomplete', 'one-time-code');
    await user.type(code, testTotpCode);
    await user.click(screen.getByRole('button', { name: 'Einrichtung abschließen' }));

    const list = await screen.findByRole('list', { name: 'Ihre Wiederherstellungscodes' });
    expect(list.querySelectorAll('li')).toHaveLength(10);
    expect(list).toHaveTextContent(testRecoveryCodes[0] ?? '');
    expect(screen.getByRole('button', { name: 'Als Textdatei herunterladen' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Weiter' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: /Willkommen/ }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
  });

  it('sends every other path of a staff member without a factor to the setup page', async () => {
    loginAs({ ...adminUser, mustEnrolSecondFactor: true });
    const { router } = renderApp({ route: '/cases' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Zwei-Faktor-Anmeldung einrichten' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/second-factor/setup');
  });
});
