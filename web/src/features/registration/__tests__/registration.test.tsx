import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { hrUser } from '../../../testing/fixtures';
import { recordedRequests } from '../../../testing/mock-api';
import { renderApp } from '../../../testing/render';

async function fillCompany(user: UserEvent) {
  await user.type(screen.getByLabelText('Name des Unternehmens'), 'Hafen Pflege GmbH');
  await user.type(screen.getByLabelText('Straße und Hausnummer'), 'Ruhrorter Straße 7');
  await user.type(screen.getByLabelText('Postleitzahl'), '47119');
  await user.type(screen.getByLabelText('Ort'), 'Duisburg');
  await user.type(screen.getByLabelText('Handelsregisternummer'), 'HRB 98765');
  await user.type(screen.getByLabelText('Betriebsnummer'), '87654321');
}

async function fillPerson(user: UserEvent, email: string) {
  await user.type(screen.getByLabelText('Ihr Name'), 'Miriam Okafor');
  await user.type(screen.getByLabelText('E-Mail-Adresse'), email);
  await user.type(screen.getByLabelText('Passwort'), 'Hafen-Kran-Morgen');
}

describe('employer registration', () => {
  it('lists every error in a focused summary whose links lead to the fields', async () => {
    const { user } = renderApp({ route: '/register' });
    await screen.findByRole('heading', { level: 1, name: 'Unternehmen registrieren' });

    await user.type(screen.getByLabelText('Postleitzahl'), '4711');
    await user.type(screen.getByLabelText('Betriebsnummer'), '1234');
    await user.click(screen.getByRole('button', { name: 'Registrierung absenden' }));

    const summaryHeading = await screen.findByRole('heading', {
      name: 'Bitte prüfen Sie Ihre Angaben',
    });
    const summary = summaryHeading.closest('.app-error-summary') as HTMLElement;
    await waitFor(() => expect(summary).toHaveFocus());

    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'Name des Unternehmens: Bitte füllen Sie dieses Feld aus.',
      'Straße und Hausnummer: Bitte füllen Sie dieses Feld aus.',
      'Postleitzahl: Die Postleitzahl hat 5 Ziffern.',
      'Ort: Bitte füllen Sie dieses Feld aus.',
      'Handelsregisternummer: Bitte im Format „HRB 12345“ oder „HRA 1234“ angeben.',
      'Betriebsnummer: Die Betriebsnummer hat genau 8 Ziffern.',
      'Ihr Name: Bitte füllen Sie dieses Feld aus.',
      'E-Mail-Adresse: Bitte eine gültige E-Mail-Adresse angeben.',
      'Passwort: Das Passwort muss mindestens 12 Zeichen lang sein.',
    ]);

    // Field-level messages, tied to the inputs for screen readers.
    const betriebsnummer = screen.getByLabelText('Betriebsnummer');
    expect(betriebsnummer).toHaveAttribute('aria-invalid', 'true');
    expect(betriebsnummer).toHaveAccessibleDescription(
      expect.stringContaining('Die Betriebsnummer hat genau 8 Ziffern.'),
    );

    // A link in the summary moves focus to its field.
    await user.click(within(summary).getByRole('link', { name: /^Betriebsnummer:/ }));
    expect(betriebsnummer).toHaveFocus();
    expect(links[5]).toHaveAttribute('href', `#${betriebsnummer.id}`);

    expect(recordedRequests('POST', '/api/registrations/employer')).toHaveLength(0);
  });

  it('maps the server’s 409 email_taken onto the e-mail field', async () => {
    const { user, router } = renderApp({ route: '/register' });
    await screen.findByRole('heading', { level: 1, name: 'Unternehmen registrieren' });

    await fillCompany(user);
    await fillPerson(user, hrUser.email);
    await user.click(screen.getByRole('button', { name: 'Registrierung absenden' }));

    const email = screen.getByLabelText('E-Mail-Adresse');
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    const message =
      'Mit dieser E-Mail-Adresse gibt es bereits ein Konto. Melden Sie sich damit an oder nutzen Sie eine andere Adresse.';
    expect(email).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(screen.getByRole('link', { name: `E-Mail-Adresse: ${message}` })).toBeInTheDocument();
    expect(recordedRequests('POST', '/api/registrations/employer')).toHaveLength(1);
    expect(router.state.location.pathname).toBe('/register');
  });

  it('registers, logs in and explains the pending review on the start page', async () => {
    const { user, router } = renderApp({ route: '/register' });
    await screen.findByRole('heading', { level: 1, name: 'Unternehmen registrieren' });

    await fillCompany(user);
    await fillPerson(user, 'Miriam.Okafor@Hafen-Pflege.example');
    await user.click(screen.getByRole('button', { name: 'Registrierung absenden' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Willkommen, Miriam Okafor' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
    expect(screen.getByText('Vielen Dank für Ihre Registrierung')).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { name: 'Ihr Unternehmen wird geprüft' }),
    ).toBeInTheDocument();
    expect(screen.getByText('In Prüfung')).toBeInTheDocument();

    const [request] = recordedRequests('POST', '/api/registrations/employer');
    expect(request?.body).toEqual({
      company: {
        name: 'Hafen Pflege GmbH',
        address: { street: 'Ruhrorter Straße 7', postalCode: '47119', city: 'Duisburg' },
        handelsregisterNumber: 'HRB 98765',
        betriebsnummer: '87654321',
      },
      user: {
        name: 'Miriam Okafor',
        email: 'miriam.okafor@hafen-pflege.example',
        password: 'Hafen-Kran-Morgen',
        locale: 'de',
      },
    });
  });
});
