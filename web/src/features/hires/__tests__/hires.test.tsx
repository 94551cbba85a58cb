import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { adminUser, hrUser, ihkUser } from '../../../testing/fixtures';
import { getMockState, loginAs, recordedRequests } from '../../../testing/mock-api';
import { renderApp } from '../../../testing/render';
import { testClock } from '../../../testing/test-clock';

function setDate(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe('hires', () => {
  it('lists the employer’s hires and searches by name without accents', async () => {
    loginAs(hrUser);
    const { user } = renderApp({ route: '/hires' });

    const table = await screen.findByRole('table', { name: 'Internationale Fachkräfte' });
    expect(within(table).getByRole('link', { name: 'Iyer, Rohan Venkatesh' })).toBeVisible();
    expect(within(table).getByRole('link', { name: 'Adeyemi, Olusegun' })).toBeVisible();
    // The pending employer's hire belongs to someone else.
    expect(within(table).queryByText(/Souza/)).not.toBeInTheDocument();

    await user.type(screen.getByLabelText('Nach Namen suchen'), 'ADEYEMI');
    await user.click(screen.getByRole('button', { name: 'Suchen' }));
    await waitFor(() =>
      expect(screen.queryByRole('link', { name: 'Iyer, Rohan Venkatesh' })).not.toBeInTheDocument(),
    );
    expect(screen.getByRole('link', { name: 'Adeyemi, Olusegun' })).toBeVisible();

    await user.selectOptions(screen.getByLabelText('Status'), 'archived');
    expect(
      await screen.findByText('Keine Fachkräfte für diese Suche oder Auswahl.'),
    ).toBeInTheDocument();
  });

  it('lists every form error in the summary, linked to its field', async () => {
    loginAs(hrUser);
    const { user } = renderApp({ route: '/hires/new' });

    await screen.findByRole('heading', { level: 1, name: 'Fachkraft erfassen' });
    await user.type(screen.getByLabelText('Vornamen'), 'Maria');
    await user.type(screen.getByLabelText('Nachname'), 'Silva');
    // 8 years old today, and a passport that expired years ago.
    setDate('Geburtsdatum', `${testClock.now().getFullYear() - 8}-01-15`);
    setDate('Pass gültig bis', '2020-01-31');
    await user.selectOptions(screen.getByLabelText('Staatsangehörigkeit'), 'BR');
    await user.type(screen.getByLabelText('Passnummer'), 'FX123456');
    await user.selectOptions(screen.getByLabelText('Aktuelles Wohnsitzland'), 'BR');
    await user.click(screen.getByRole('radio', { name: /Berufsausbildung/ }));
    await user.click(
      within(
        screen.getByRole('group', {
          name: 'Ist der Abschluss in diesem Land staatlich anerkannt?',
        }),
      ).getByRole('radio', { name: 'Ja' }),
    );
    await user.click(screen.getByRole('radio', { name: /Voll anerkannt/ }));
    await user.selectOptions(screen.getByLabelText('Deutschkenntnisse'), 'B1');
    await user.type(screen.getByLabelText('Jahre einschlägiger Berufserfahrung'), '3');
    await user.click(screen.getByRole('button', { name: 'Fachkraft speichern' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'Bitte prüfen Sie Ihre Angaben' }));
    const ageLink = within(summary).getByRole('link', {
      name: /Geburtsdatum: Das Geburtsdatum ergibt ein Alter außerhalb von 16 bis 70 Jahren/,
    });
    expect(
      within(summary).getByRole('link', { name: /Pass gültig bis: Der Reisepass ist abgelaufen/ }),
    ).toBeInTheDocument();
    await user.click(ageLink);
    expect(screen.getByLabelText('Geburtsdatum')).toHaveFocus();
    expect(screen.getByLabelText('Geburtsdatum')).toHaveAttribute('aria-invalid', 'true');
    expect(recordedRequests('POST', '/api/hires')).toHaveLength(0);
  });

  it('says at once that EU citizens need no procedure, and does not save them', async () => {
    loginAs(hrUser);
    const { user } = renderApp({ route: '/hires/new' });

    const nationality = await screen.findByLabelText('Staatsangehörigkeit');
    await user.selectOptions(nationality, 'PL');
    expect(screen.getByRole('status')).toHaveTextContent(
      'Für diese Staatsangehörigkeit ist kein Verfahren nötig',
    );

    await user.type(screen.getByLabelText('Vornamen'), 'Anna');
    await user.type(screen.getByLabelText('Nachname'), 'Nowak');
    setDate('Geburtsdatum', '1990-05-01');
    setDate('Pass gültig bis', '2034-05-01');
    await user.type(screen.getByLabelText('Passnummer'), 'EK1234567');
    await user.selectOptions(screen.getByLabelText('Aktuelles Wohnsitzland'), 'PL');
    await user.click(screen.getByRole('radio', { name: /Kein formaler Abschluss/ }));
    await user.selectOptions(screen.getByLabelText('Deutschkenntnisse'), 'A2');
    await user.type(screen.getByLabelText('Jahre einschlägiger Berufserfahrung'), '4');
    await user.click(screen.getByRole('button', { name: 'Fachkraft speichern' }));

    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', {
        name: /Staatsangehörigkeit: Staatsangehörige der EU, des EWR und der Schweiz brauchen kein Verfahren/,
      }),
    ).toBeInTheDocument();
    expect(recordedRequests('POST', '/api/hires')).toHaveLength(0);

    // Another nationality: the notice goes, and the hire is saved.
    await user.selectOptions(nationality, 'UA');
    expect(
      screen.queryByText('Für diese Staatsangehörigkeit ist kein Verfahren nötig'),
    ).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Fachkraft speichern' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Anna Nowak' })).toBeVisible();
    expect(recordedRequests('POST', '/api/hires')[0]?.body).toMatchObject({
      givenNames: 'Anna',
      nationality: 'UA',
      passportNumber: 'EK1234567',
      qualification: { level: 'none', completedYear: null, recognition: 'none' },
      experienceYears: 4,
      email: null,
      familyMembers: [],
    });
  });

  it('lets city staff browse hires without changing them', async () => {
    loginAs(adminUser);
    const { user } = renderApp({ route: '/hires' });

    const table = await screen.findByRole('table', { name: 'Internationale Fachkräfte' });
    expect(within(table).getByText('Neu Logistik UG')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Fachkraft erfassen' })).not.toBeInTheDocument();

    await user.click(within(table).getByRole('link', { name: 'Iyer, Rohan Venkatesh' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Rohan Venkatesh Iyer' }),
    ).toBeVisible();
    expect(screen.queryByRole('link', { name: 'Angaben bearbeiten' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Vorab-Check starten' })).not.toBeInTheDocument();
  });

  it('says why archiving is refused once a case has been opened meanwhile', async () => {
    loginAs(hrUser);
    const { user } = renderApp({ route: '/hires/hire-adeyemi' });

    await screen.findByRole('heading', { level: 1, name: 'Olusegun Adeyemi' });
    // A colleague submits a pre-check in another tab: the hire now has an open case.
    const hires = getMockState().hires;
    const index = hires.findIndex((hire) => hire.id === 'hire-adeyemi');
    hires[index] = { ...hires[index]!, status: 'in_procedure' };
    await user.click(screen.getByRole('button', { name: 'Archivieren' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Archivieren' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(
      'Für diese Person läuft noch ein Verfahren. Sie können sie erst archivieren, wenn der Fall abgeschlossen ist.',
    );
    expect(alert).not.toHaveTextContent(/Seite neu/);
    expect(recordedRequests('POST', '/api/hires/hire-adeyemi/archive')).toHaveLength(1);
  });

  it('asks a partner which mandating employer a new hire belongs to', async () => {
    loginAs(ihkUser);
    const { user } = renderApp({ route: '/hires' });

    const table = await screen.findByRole('table', { name: 'Internationale Fachkräfte' });
    expect(within(table).getAllByText('Rhein-Stahl GmbH')).toHaveLength(2);
    expect(screen.getByLabelText('Arbeitgeber')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Fachkraft erfassen' }));
    const employer = await screen.findByLabelText('Arbeitgeber');
    expect(within(employer).getByRole('option', { name: 'Rhein-Stahl GmbH' })).toBeInTheDocument();
    expect(within(employer).queryByRole('option', { name: 'Neu Logistik UG' })).toBeNull();
  });
});
