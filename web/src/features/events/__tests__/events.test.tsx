import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { hrUser, ihkUser } from '../../../testing/fixtures';
import { loginAs, recordedRequests } from '../../../testing/mock-api';
import { renderApp } from '../../../testing/render';
import { testClock } from '../../../testing/test-clock';

function setValue(label: string | RegExp, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe('events', () => {
  it('lists upcoming events with free seats and badges', async () => {
    loginAs(hrUser);
    renderApp({ route: '/events' });

    const link = await screen.findByRole('link', {
      name: 'Beschleunigtes Fachkräfteverfahren kompakt',
    });
    const card = link.closest('li')!;
    expect(within(card).getByText('1 von 20 Plätzen frei')).toBeInTheDocument();
    expect(within(card).getByText(/Donnerstag, 10\.12\.2026, 10:00–12:00 Uhr/)).toBeInTheDocument();
    const full = screen
      .getByRole('link', { name: 'Die Blaue Karte EU in der Praxis' })
      .closest('li')!;
    expect(within(full).getByText('Ausgebucht')).toBeInTheDocument();
    expect(within(full).getByText('Warteliste offen')).toBeInTheDocument();
    // Employers do not organise events.
    expect(screen.queryByRole('link', { name: 'Veranstaltung anlegen' })).not.toBeInTheDocument();
  });

  it('shows an event on its day in the month view', async () => {
    loginAs(hrUser);
    const { user } = renderApp({ route: '/events?month=2026-12' });

    await user.click(await screen.findByRole('button', { name: 'Monatsansicht' }));
    const table = await screen.findByRole('table', { name: 'Veranstaltungen im Dezember 2026' });
    const day = within(table).getByText('10.12.2026').closest('td')!;
    expect(
      within(day).getByRole('link', { name: /10:00 Uhr Beschleunigtes Fachkräfteverfahren/ }),
    ).toHaveAttribute('href', '/events/event-ihk');
    const otherDay = within(table).getByText('11.12.2026').closest('td')!;
    expect(within(otherDay).queryByRole('link')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Monatsansicht' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    await user.click(screen.getByRole('button', { name: 'Nächster Monat' }));
    const january = await screen.findByRole('table', { name: 'Veranstaltungen im Januar 2027' });
    expect(
      await within(january).findByRole('link', { name: /Die Blaue Karte EU/ }),
    ).toBeInTheDocument();
  });

  it('opens the month view on the current month of the app clock', async () => {
    testClock.set('2027-01-05T09:00:00.000Z');
    loginAs(hrUser);
    const { user } = renderApp({ route: '/events' });

    await user.click(await screen.findByRole('button', { name: 'Monatsansicht' }));
    const january = await screen.findByRole('table', { name: 'Veranstaltungen im Januar 2027' });
    expect(
      await within(january).findByRole('link', { name: /Die Blaue Karte EU/ }),
    ).toBeInTheDocument();
  });

  it('lists every error of the event form in the summary, linked to its field', async () => {
    loginAs(ihkUser);
    const { user } = renderApp({ route: '/events/new' });

    await screen.findByRole('heading', { level: 1, name: 'Veranstaltung anlegen' });
    await user.click(screen.getByRole('button', { name: 'Als Entwurf speichern' }));

    const summary = await screen.findByRole('alert');
    expect(summary.closest('.app-error-summary')).toHaveFocus();
    for (const label of [
      'Titel (Deutsch)',
      'Beschreibung (Deutsch)',
      'Themen',
      'Beginn',
      'Adresse',
    ]) {
      expect(
        within(summary).getByRole('link', {
          name: new RegExp(`^${label.replace(/[()]/g, '\\$&')}:`),
        }),
      ).toBeVisible();
    }
    expect(recordedRequests('POST', '/api/events')).toHaveLength(0);

    // Online: the address goes, the join link must be https; the end must follow the start.
    await user.click(screen.getByRole('radio', { name: 'Online' }));
    expect(screen.queryByLabelText('Adresse')).not.toBeInTheDocument();
    await user.type(screen.getByLabelText('Titel (Deutsch)'), 'Anerkennung kompakt');
    await user.type(screen.getByLabelText('Beschreibung (Deutsch)'), 'Wege zur Anerkennung.');
    await user.click(
      screen.getByRole('checkbox', { name: 'Anerkennung ausländischer Berufsabschlüsse' }),
    );
    setValue('Beginn', '2026-12-15T10:00');
    setValue('Ende', '2026-12-15T09:00');
    setValue('Anmeldeschluss', '2026-12-14T12:00');
    await user.type(screen.getByLabelText('Zugangslink'), 'http://meet.example.org/x');
    await user.type(screen.getByLabelText('Anzahl der Plätze'), '20');
    await user.click(screen.getByRole('button', { name: 'Als Entwurf speichern' }));

    await waitFor(() =>
      expect(
        within(screen.getByRole('alert')).getByRole('link', { name: /^Ende:/ }),
      ).toBeInTheDocument(),
    );
    const endLink = within(screen.getByRole('alert')).getByRole('link', { name: /^Ende:/ });
    expect(
      within(screen.getByRole('alert')).getByRole('link', { name: /^Zugangslink:/ }),
    ).toBeVisible();
    await user.click(endLink);
    expect(screen.getByLabelText('Ende')).toHaveFocus();

    setValue('Ende', '2026-12-15T12:00');
    await user.clear(screen.getByLabelText('Zugangslink'));
    await user.type(screen.getByLabelText('Zugangslink'), 'https://meet.example.org/x');
    await user.click(screen.getByRole('button', { name: 'Als Entwurf speichern' }));

    await screen.findByRole('heading', { level: 1, name: 'Anerkennung kompakt' });
    const [sent] = recordedRequests('POST', '/api/events');
    // Duisburg wall-clock time with the winter offset.
    expect(sent?.body).toMatchObject({
      startsAt: '2026-12-15T10:00:00+01:00',
      format: 'online',
      location: null,
      capacity: 20,
      topics: ['recognition'],
    });
    expect(screen.getByText('Entwurf – noch nicht veröffentlicht')).toBeInTheDocument();
  });

  it('registers two attendees: one gets the last seat, one goes on the waiting list', async () => {
    loginAs(hrUser);
    const { user } = renderApp({ route: '/events/event-ihk' });

    await screen.findByRole('heading', {
      level: 1,
      name: 'Beschleunigtes Fachkräfteverfahren kompakt',
    });
    // The join link is for confirmed participants only.
    expect(
      screen.getByText(
        'Den Zugangslink sehen bestätigte Teilnehmende hier und in der Bestätigungs-E-Mail.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Name')).toHaveValue('Sabine Krüger');
    expect(screen.getByLabelText('E-Mail-Adresse')).toHaveValue('hr@rhein-stahl.example');

    await user.click(screen.getByRole('button', { name: 'Weitere Person hinzufügen' }));
    const second = screen.getByRole('group', { name: 'Person 2' });
    expect(within(second).getByLabelText('Name')).toHaveFocus();
    await user.type(within(second).getByLabelText('Name'), 'Murat Yilmaz');
    await user.type(
      within(second).getByLabelText('E-Mail-Adresse'),
      'murat.yilmaz@rhein-stahl.example',
    );
    await user.click(screen.getByRole('button', { name: 'Anmelden' }));

    const result = await screen.findByText('Ihre Anmeldung ist eingegangen');
    const alert = result.closest('.kern-alert') as HTMLElement;
    await waitFor(() => expect(alert).toHaveFocus());
    expect(alert.parentElement).toHaveAttribute('aria-live', 'polite');
    expect(within(alert).getByText('Sabine Krüger: Platz bestätigt')).toBeInTheDocument();
    expect(
      within(alert).getByText('Murat Yilmaz: auf der Warteliste, Platz 1'),
    ).toBeInTheDocument();

    const mine = await screen.findByRole('table', { name: 'Anmeldungen Ihrer Organisation' });
    expect(within(mine).getByText('Warteliste, Platz 1')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: '.ics herunterladen' })).toHaveAttribute(
      'href',
      '/api/events/event-ihk/calendar.ics',
    );
    expect(
      await screen.findByRole('link', { name: 'https://meet.example.org/ihk-81a' }),
    ).toBeVisible();

    // Cancel one attendee after confirming in the dialog.
    // "Abmelden" is kept for logging out: a seat is cancelled with "Anmeldung stornieren".
    expect(within(mine).queryByRole('button', { name: /abmelden/i })).not.toBeInTheDocument();
    await user.click(
      within(mine).getByRole('button', { name: 'Anmeldung von Murat Yilmaz stornieren' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Anmeldung von Murat Yilmaz stornieren?' });
    await user.click(within(dialog).getByRole('button', { name: 'Ja, Anmeldung stornieren' }));
    expect(
      await screen.findByText('Die Anmeldung von Murat Yilmaz ist storniert.'),
    ).toBeInTheDocument();
    expect(recordedRequests('DELETE')).toHaveLength(1);
  });

  it('opens check-in only from the day before the event', async () => {
    loginAs(ihkUser);
    renderApp({ route: '/events/event-ihk/participants' });

    expect(
      await screen.findByText('Der Check-in öffnet am Vortag der Veranstaltung, am 09.12.2026.'),
    ).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Teilnehmende' });
    expect(within(table).queryByRole('button', { name: /anwesend/i })).not.toBeInTheDocument();
  });

  it('checks a participant in with a toggle and filters the list as one types', async () => {
    testClock.set('2026-12-09T07:30:00.000Z');
    loginAs(ihkUser);
    const { user } = renderApp({ route: '/events/event-ihk/participants' });

    const table = await screen.findByRole('table', { name: 'Teilnehmende' });
    await user.click(
      within(table).getByRole('button', { name: 'Anna Schmidt: Als anwesend markieren' }),
    );
    // The label says the new state and offers the way back.
    const undo = await within(table).findByRole('button', {
      name: 'Anna Schmidt: Anwesend – rückgängig',
    });
    expect(undo).toHaveTextContent('Anwesend – rückgängig');
    expect(recordedRequests('POST', '/api/events/event-ihk/attendance')[0]?.body).toEqual({
      registrationId: 'reg-anna',
      attended: true,
    });
    await waitFor(() =>
      expect(screen.getByText('Anwesend', { selector: 'dt' }).nextElementSibling).toHaveTextContent(
        '1',
      ),
    );

    await user.type(screen.getByLabelText('Suchen'), 'weber');
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: /^Anna Schmidt:/ })).not.toBeInTheDocument(),
    );
    expect(
      screen.getByRole('button', { name: 'Jonas Weber: Als anwesend markieren' }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'CSV exportieren' })).toHaveAttribute(
      'href',
      '/api/events/event-ihk/participants.csv',
    );
  });
});
