import { todayInGermany } from '@itc/shared';
import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { engineerCase, enteredView, jobcenterShare } from '../../../testing/case-fixtures';
import { adminUser, hrUser, ihkOrganization } from '../../../testing/fixtures';
import { loginAs, problem, recordedRequests } from '../../../testing/mock-api';
import { putMockCase, revokeMockShare } from '../../../testing/mock-cases-api';
import { renderApp } from '../../../testing/render';
import { server } from '../../../testing/server';
import { testClock } from '../../../testing/test-clock';

async function openCase() {
  const rendered = renderApp({ route: '/cases/case-iyer' });
  await screen.findByRole('heading', { level: 1, name: /ITC-2026-000042/ });
  return rendered;
}

type User = Awaited<ReturnType<typeof openCase>>['user'];

/** Chooses a partner in the share form and submits it; returns the form's section and field. */
async function submitShare(user: User, partnerOption: string) {
  const section = screen.getByRole('region', { name: 'Fall mit IHK oder Jobcenter teilen' });
  const partner = await within(section).findByLabelText(/Partnerorganisation/);
  await user.selectOptions(partner, partnerOption);
  await user.click(within(section).getByRole('button', { name: 'Fall teilen' }));
  return { section, partner };
}

function expectFieldMessage(field: HTMLElement, text: string) {
  return waitFor(() => expect(field).toHaveAccessibleDescription(expect.stringContaining(text)));
}

/** The success notice of an action takes the focus, since the button used may be gone. */
async function expectFocusedNotice(text: string) {
  const title = await screen.findByText(text);
  await waitFor(() => expect(title.closest('.kern-alert')).toHaveFocus());
}

describe('case collaboration', () => {
  it('lets city staff assign the case to themselves, to a colleague and to nobody', async () => {
    loginAs(adminUser);
    const { user } = await openCase();
    const section = screen.getByRole('region', { name: 'Zuständigkeit' });
    expect(within(section).getByText('Der Fall ist noch niemandem zugewiesen.')).toBeVisible();
    expect(within(section).queryByRole('button', { name: 'Zuweisung aufheben' })).toBeNull();

    await user.click(within(section).getByRole('button', { name: 'Mir zuweisen' }));
    await expectFocusedNotice('Der Fall ist jetzt Ihnen zugewiesen.');
    expect(within(section).getByText('Der Fall ist Ihnen zugewiesen.')).toBeVisible();
    expect(within(section).queryByRole('button', { name: 'Mir zuweisen' })).toBeNull();
    expect(recordedRequests('POST', '/api/cases/case-iyer/assignee')[0]?.body).toEqual({
      userId: adminUser.id,
    });

    // Oneself is not offered as a colleague.
    const colleague = within(section).getByLabelText(/Kollegin oder Kollege/);
    expect(within(colleague).queryByRole('option', { name: adminUser.name })).toBeNull();
    await user.selectOptions(colleague, 'Petra Schmitz');
    await user.click(within(section).getByRole('button', { name: 'Zuweisen' }));
    await expectFocusedNotice('Der Fall ist jetzt Petra Schmitz zugewiesen.');
    expect(within(section).getByText('Zuständig ist Petra Schmitz.')).toBeVisible();
    expect(recordedRequests('POST', '/api/cases/case-iyer/assignee')[1]?.body).toEqual({
      userId: 'user-city',
    });

    await user.click(within(section).getByRole('button', { name: 'Zuweisung aufheben' }));
    await expectFocusedNotice(
      'Die Zuweisung ist aufgehoben. Der Fall ist jetzt niemandem zugewiesen.',
    );
    expect(within(section).getByText('Der Fall ist noch niemandem zugewiesen.')).toBeVisible();
    expect(recordedRequests('POST', '/api/cases/case-iyer/assignee')[2]?.body).toEqual({
      userId: null,
    });
  });

  it('asks city staff to choose a colleague before assigning', async () => {
    loginAs(adminUser);
    const { user } = await openCase();
    const section = screen.getByRole('region', { name: 'Zuständigkeit' });
    await user.click(await within(section).findByRole('button', { name: 'Zuweisen' }));

    const colleague = within(section).getByLabelText(/Kollegin oder Kollege/);
    await waitFor(() => expect(colleague).toHaveAttribute('aria-invalid', 'true'));
    expect(colleague).toHaveAccessibleDescription(/Bitte füllen Sie dieses Feld aus/);
    expect(recordedRequests('POST', '/api/cases/case-iyer/assignee')).toHaveLength(0);
  });

  it('lets the employer share the case with the Jobcenter and end the share', async () => {
    loginAs(hrUser);
    const { user } = await openCase();
    const section = screen.getByRole('region', { name: 'Fall mit IHK oder Jobcenter teilen' });
    expect(
      within(section).getByText(/lesen und Nachrichten zum Fall schreiben – sonst nichts/),
    ).toBeVisible();
    expect(
      within(section).getByText('Der Fall ist mit keiner IHK und keinem Jobcenter geteilt.'),
    ).toBeVisible();

    await submitShare(user, 'Jobcenter Duisburg (Jobcenter)');
    await expectFocusedNotice('Der Fall ist jetzt mit „Jobcenter Duisburg“ geteilt.');
    expect(recordedRequests('POST', '/api/cases/case-iyer/shares')[0]?.body).toEqual({
      partnerOrganizationId: 'org-jobcenter',
    });
    const table = within(section).getByRole('table', { name: 'Geteilt mit' });
    expect(within(table).getByRole('rowheader', { name: 'Jobcenter Duisburg' })).toBeVisible();
    expect(within(table).getByText('Sabine Krüger')).toBeVisible();
    // A partner the case is shared with is not offered again.
    expect(
      within(section).queryByRole('option', { name: 'Jobcenter Duisburg (Jobcenter)' }),
    ).toBeNull();

    await user.click(within(table).getByRole('button', { name: 'Freigabe beenden' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Freigabe für „Jobcenter Duisburg“ beenden?',
    });
    expect(dialog).toHaveAccessibleDescription(/sofort nicht mehr lesen/);
    await user.click(within(dialog).getByRole('button', { name: 'Freigabe beenden' }));

    await expectFocusedNotice('„Jobcenter Duisburg“ hat keinen Zugriff mehr auf den Fall.');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(recordedRequests('POST', '/api/cases/case-iyer/shares/share-1/revoke')).toHaveLength(1);
    expect(
      within(section).getByText('Der Fall ist mit keiner IHK und keinem Jobcenter geteilt.'),
    ).toBeVisible();
  });

  it('does not offer a partner holding a mandate, and says why', async () => {
    loginAs(hrUser);
    putMockCase({ ...engineerCase, partnersWithMandate: [ihkOrganization] });
    await openCase();
    const section = screen.getByRole('region', { name: 'Fall mit IHK oder Jobcenter teilen' });
    expect(
      within(section).getByText(
        'Niederrheinische IHK hat eine Vollmacht Ihres Unternehmens und begleitet damit bereits alle Ihre Fälle. Eine Freigabe ist nicht nötig.',
      ),
    ).toBeVisible();
    const partner = await within(section).findByLabelText(/Partnerorganisation/);
    expect(
      within(partner).getByRole('option', { name: 'Jobcenter Duisburg (Jobcenter)' }),
    ).toBeVisible();
    expect(
      within(partner).queryByRole('option', { name: 'Niederrheinische IHK (IHK)' }),
    ).toBeNull();
  });

  it('explains at the field that a partner granted a mandate meanwhile needs no share', async () => {
    loginAs(hrUser);
    const { user } = await openCase();
    const { section, partner } = await submitShare(user, 'Niederrheinische IHK (IHK)');

    await waitFor(() => expect(partner).toHaveAttribute('aria-invalid', 'true'));
    const mandateText =
      'Diese Organisation hat eine Vollmacht Ihres Unternehmens und sieht damit ohnehin alle Ihre Fälle. Eine Freigabe ist nicht nötig.';
    expect(partner).toHaveAccessibleDescription(expect.stringContaining(mandateText));
    // The error summary takes the focus and links to the field.
    const summary = within(section).getByRole('alert');
    await waitFor(() => expect(document.activeElement).toContainElement(summary));
    expect(
      within(summary).getByRole('link', { name: `Partnerorganisation: ${mandateText}` }),
    ).toBeVisible();
    expect(within(section).queryByRole('table')).toBeNull();
  });

  it('keeps a server’s field message in the language the user switches to', async () => {
    loginAs(hrUser);
    server.use(
      http.post('/api/cases/case-iyer/shares', () =>
        problem(400, 'validation_failed', {
          errors: [
            {
              path: 'partnerOrganizationId',
              message: 'Bitte wählen Sie eine IHK oder ein Jobcenter aus der Liste.',
              code: 'partner_organization_invalid',
            },
          ],
        }),
      ),
    );
    const { user } = await openCase();
    const { partner } = await submitShare(user, 'Jobcenter Duisburg (Jobcenter)');
    await expectFieldMessage(
      partner,
      'Bitte wählen Sie eine IHK oder ein Jobcenter aus der Liste.',
    );

    await user.click(screen.getByRole('button', { name: 'English' }));
    await expectFieldMessage(
      partner,
      'Please choose a chamber of commerce (IHK) or a Jobcenter from the list.',
    );
  });

  it('tells the employer at the partner when a colleague shared the case with it meanwhile', async () => {
    loginAs(hrUser);
    const { user } = await openCase();
    putMockCase({ ...engineerCase, shares: [jobcenterShare] });
    const { section, partner } = await submitShare(user, 'Jobcenter Duisburg (Jobcenter)');

    await expectFieldMessage(
      partner,
      'Der Fall ist mit dieser Organisation schon geteilt, vielleicht gerade von jemand anderem.',
    );
    // The case is read again, so the list shows the colleague's share.
    const table = await within(section).findByRole('table', { name: 'Geteilt mit' });
    expect(within(table).getByRole('rowheader', { name: 'Jobcenter Duisburg' })).toBeVisible();
  });

  it('tells the employer in the dialog when the share had ended meanwhile', async () => {
    putMockCase({ ...engineerCase, shares: [jobcenterShare] });
    loginAs(hrUser);
    const { user } = await openCase();
    revokeMockShare(engineerCase.id, jobcenterShare.id);
    const section = screen.getByRole('region', { name: 'Fall mit IHK oder Jobcenter teilen' });
    await user.click(within(section).getByRole('button', { name: 'Freigabe beenden' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Freigabe für „Jobcenter Duisburg“ beenden?',
    });
    await user.click(within(dialog).getByRole('button', { name: 'Freigabe beenden' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Die Freigabe wurde nicht beendet');
    expect(alert).toHaveTextContent(
      'Diese Freigabe ist schon beendet, vielleicht gerade von jemand anderem. Die Liste zeigt jetzt den aktuellen Stand.',
    );
    expect(
      await within(section).findByText('Der Fall ist mit keiner IHK und keinem Jobcenter geteilt.'),
    ).toBeVisible();
    // Nothing is left to confirm, only to close.
    expect(within(dialog).queryByRole('button', { name: 'Freigabe beenden' })).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: /^Schließen$/ }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('lets the employer report an early end of employment after entry', async () => {
    putMockCase(enteredView(engineerCase));
    loginAs(hrUser);
    const { user } = await openCase();
    const section = screen.getByRole('region', { name: 'Vorzeitiges Ende der Beschäftigung' });
    expect(within(section).getByText(/Dafür haben Sie vier Wochen Zeit/)).toBeVisible();
    const learnedOn = within(section).getByLabelText(/Wann haben Sie vom Ende/);
    const submit = within(section).getByRole('button', { name: 'Ende der Beschäftigung melden' });

    await user.click(submit);
    await waitFor(() => expect(learnedOn).toHaveAttribute('aria-invalid', 'true'));
    expect(learnedOn).toHaveAccessibleDescription(/Bitte ein gültiges Datum angeben/);

    await user.type(learnedOn, '2999-01-01');
    await user.click(submit);
    await waitFor(() =>
      expect(learnedOn).toHaveAccessibleDescription(/Das Datum liegt in der Zukunft/),
    );
    expect(recordedRequests('POST', '/api/cases/case-iyer/employment-ended')).toHaveLength(0);

    await user.clear(learnedOn);
    await user.type(learnedOn, '2026-11-02');
    await user.type(within(section).getByLabelText(/Anmerkung/), 'Kündigung durch die Fachkraft.');
    await user.click(submit);

    await expectFocusedNotice('Das Ende der Beschäftigung ist gemeldet.');
    expect(recordedRequests('POST', '/api/cases/case-iyer/employment-ended')[0]?.body).toEqual({
      learnedOn: '2026-11-02',
      note: 'Kündigung durch die Fachkraft.',
    });
    expect(within(section).getByText('02.11.2026')).toBeVisible();
    expect(within(section).getByText('30.11.2026')).toBeVisible();
    expect(within(section).getByText('Verspätet gemeldet')).toBeVisible();
    const timeline = screen.getByRole('region', { name: 'Verlauf' });
    expect(within(timeline).getByText('Ende der Beschäftigung gemeldet')).toBeVisible();
    expect(within(timeline).getByText('Kündigung durch die Fachkraft.')).toBeVisible();
    expect(within(section).queryByRole('button', { name: 'Ende der Beschäftigung melden' })).toBe(
      null,
    );
  });

  it('tells the employer when the end of employment was reported meanwhile', async () => {
    const entered = enteredView(engineerCase);
    putMockCase(entered);
    loginAs(hrUser);
    const { user } = await openCase();
    putMockCase({
      ...entered,
      can: { ...entered.can, reportEmploymentEnded: false },
      employmentEnded: {
        learnedOn: '2026-11-02',
        reportDueAt: '2026-11-30',
        reportedAt: '2026-11-20T10:00:00.000Z',
        reportedLate: false,
      },
    });
    const section = screen.getByRole('region', { name: 'Vorzeitiges Ende der Beschäftigung' });
    await user.type(within(section).getByLabelText(/Wann haben Sie vom Ende/), '2026-11-03');
    await user.click(
      within(section).getByRole('button', { name: 'Ende der Beschäftigung melden' }),
    );

    // The alert outlasts the form, which goes once the case is read again with the report.
    const title = await within(section).findByText(
      'Das Ende der Beschäftigung wurde nicht gemeldet',
    );
    const alert = title.closest('.kern-alert');
    await waitFor(() => expect(alert).toHaveFocus());
    expect(alert).toHaveRole('alert');
    expect(alert).toHaveTextContent(
      'Das Ende der Beschäftigung ist für diesen Fall schon gemeldet, vielleicht gerade von jemand anderem. Die Seite zeigt jetzt die gespeicherte Meldung.',
    );
    expect(await within(section).findByText('30.11.2026')).toBeVisible();
    expect(within(section).getByText('Rechtzeitig gemeldet')).toBeVisible();
    expect(within(section).queryByRole('button', { name: 'Ende der Beschäftigung melden' })).toBe(
      null,
    );
  });

  it('reports an end learned of today as in time, without an empty note', async () => {
    putMockCase(enteredView(engineerCase));
    loginAs(hrUser);
    const { user } = await openCase();
    const section = screen.getByRole('region', { name: 'Vorzeitiges Ende der Beschäftigung' });
    await user.type(
      within(section).getByLabelText(/Wann haben Sie vom Ende/),
      todayInGermany(testClock.now()),
    );
    await user.click(
      within(section).getByRole('button', { name: 'Ende der Beschäftigung melden' }),
    );

    expect(await within(section).findByText('Rechtzeitig gemeldet')).toBeVisible();
    expect(recordedRequests('POST', '/api/cases/case-iyer/employment-ended')[0]?.body).toEqual({
      learnedOn: todayInGermany(testClock.now()),
    });
  });

  it('shows no controls the case does not allow', async () => {
    putMockCase({ ...engineerCase, shares: [jobcenterShare] });
    loginAs(adminUser);
    await openCase();
    // City staff see whom the employer shared the case with, but neither share nor report.
    const shares = screen.getByRole('region', { name: 'Fall mit IHK oder Jobcenter teilen' });
    expect(within(shares).getByRole('rowheader', { name: 'Jobcenter Duisburg' })).toBeVisible();
    expect(within(shares).queryByRole('button')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Fall teilen' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Vorzeitiges Ende der Beschäftigung' })).toBeNull();
  });

  it('shows the employer neither the assignment nor a report before entry', async () => {
    putMockCase({ ...engineerCase, can: { ...engineerCase.can, share: false } });
    loginAs(hrUser);
    await openCase();
    expect(screen.queryByRole('region', { name: 'Zuständigkeit' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Mir zuweisen' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Fall mit IHK oder Jobcenter teilen' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Vorzeitiges Ende der Beschäftigung' })).toBeNull();
  });
});
