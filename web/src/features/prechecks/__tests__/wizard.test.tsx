import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { hrUser } from '../../../testing/fixtures';
import { loginAs, recordedRequests } from '../../../testing/mock-api';
import { renderApp } from '../../../testing/render';

const startDate = '2026-12-01';

function assessmentPanel() {
  return screen.getByRole('complementary', { name: 'Ergebnis des Vorab-Checks' });
}

function pathway(name: string) {
  return within(assessmentPanel()).getByRole('listitem', { name });
}

async function answer(user: UserEvent, question: string, option: string) {
  await user.click(within(screen.getByRole('group', { name: question })).getByLabelText(option));
}

/** Every question of the job step, for an engineer (ISCO 2144, a Blue Card shortage group). */
async function fillJobStep(user: UserEvent, { isco = '2144', salary = '45000' } = {}) {
  await user.type(screen.getByLabelText('Bezeichnung der Stelle'), 'Konstrukteur Anlagenbau');
  await user.selectOptions(screen.getByLabelText('Beruf (ISCO-08)'), isco);
  await user.type(screen.getByLabelText('Wöchentliche Arbeitszeit in Stunden'), '40');
  await user.type(screen.getByLabelText('Bruttojahresgehalt in Euro'), salary);
  fireEvent.change(screen.getByLabelText('Geplanter Arbeitsbeginn'), {
    target: { value: startDate },
  });
  await user.type(screen.getByLabelText('Arbeitsort'), 'Duisburg');
  await answer(user, 'Art des Arbeitsvertrags', 'Unbefristet');
  await answer(user, 'Ist Ihr Unternehmen an einen Tarifvertrag gebunden?', 'Nein');
  await answer(user, 'Passt die Stelle zum Abschluss der Fachkraft?', 'Ja');
  await answer(
    user,
    'Erhält die Fachkraft zum ersten Mal einen Aufenthaltstitel zum Arbeiten in Deutschland?',
    'Ja',
  );
}

describe('pre-check wizard', () => {
  it('counts the missing questions it lists; each link focuses its field', async () => {
    loginAs(hrUser);
    const { user } = renderApp({ route: '/prechecks/precheck-iyer/job' });
    const panel = await screen.findByRole('complementary', { name: 'Ergebnis des Vorab-Checks' });
    const links = within(within(panel).getByRole('list')).getAllByRole('link');
    expect(within(panel).getByText(/Für den Vorab-Check fehlen/)).toHaveTextContent(
      `fehlen noch ${links.length} Angaben`,
    );
    // The occupation stands for three flags but is one question.
    expect(links.filter((link) => link.textContent === 'Beruf (ISCO-08)')).toHaveLength(1);

    await user.click(within(panel).getByRole('link', { name: 'Bruttojahresgehalt in Euro' }));
    await waitFor(() => expect(screen.getByLabelText('Bruttojahresgehalt in Euro')).toHaveFocus());
  });

  it('updates the assessment live when the salary crosses the Blue Card threshold', async () => {
    loginAs(hrUser);
    const { user } = renderApp({ route: '/prechecks/precheck-iyer/job' });

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Vorab-Check für Rohan Venkatesh Iyer',
      }),
    ).toBeVisible();
    // The hire's data is summarised above the first step, with a way to change it.
    expect(screen.getByRole('link', { name: 'Angaben zur Fachkraft ändern' })).toHaveAttribute(
      'href',
      '/hires/hire-iyer/edit?returnTo=%2Fprechecks%2Fprecheck-iyer%2Fjob',
    );
    const summaryLine = within(assessmentPanel()).getByText(/Für den Vorab-Check fehlen/);
    expect(summaryLine).toHaveAttribute('aria-live', 'polite');

    await fillJobStep(user, { salary: '45000' });
    // The rules load once the answers are complete.
    const blueCard = await within(assessmentPanel()).findByRole('listitem', {
      name: 'Blaue Karte EU (§ 18g AufenthG)',
    });
    expect(within(blueCard).getByText('Nicht möglich')).toBeInTheDocument();
    // Engineers are a shortage occupation: the reduced threshold, in German money format.
    expect(within(blueCard).getByText('Gehaltsgrenze 2026: 45.934,20 €')).toBeInTheDocument();
    expect(summaryLine).toHaveTextContent(/Wege? möglich/);

    const salary = screen.getByLabelText('Bruttojahresgehalt in Euro');
    await user.clear(salary);
    await user.type(salary, '46.000');
    expect(
      within(pathway('Blaue Karte EU (§ 18g AufenthG)')).getByText('Möglich'),
    ).toBeInTheDocument();
    expect(
      within(assessmentPanel()).getByText('Das beschleunigte Fachkräfteverfahren ist möglich.', {
        exact: false,
      }),
    ).toBeInTheDocument();
    // Nothing was sent while typing: the assessment ran in the browser.
    expect(recordedRequests('PUT', '/api/prechecks/precheck-iyer')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Weiter' }));
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Qualifikation und Anerkennung' }),
    ).toBeVisible();
    expect(recordedRequests('PUT', '/api/prechecks/precheck-iyer')[0]?.body).toMatchObject({
      step: 'qualification',
      version: 1,
      answers: {
        job: {
          iscoCode: '2144',
          annualGrossSalaryEur: 46000,
          weeklyHours: 40,
          startDate,
          shortageOccupation: true,
          itSpecialist: false,
          regulated: false,
        },
        firstResidenceTitleForWork: true,
      },
    });
  });

  it('asks about the licence only for a regulated occupation', async () => {
    loginAs(hrUser);
    const { user } = renderApp({ route: '/prechecks/precheck-iyer/job' });
    const steps = await screen.findByRole('navigation', { name: 'Schritte des Vorab-Checks' });
    expect(within(steps).queryByRole('link', { name: /Berufserlaubnis/ })).toBeNull();

    await fillJobStep(user, { isco: '2221', salary: '52000' });
    expect(within(steps).getByRole('link', { name: /Berufserlaubnis/ })).toBeInTheDocument();
    expect(screen.getByText(/die Fachkraft braucht eine deutsche Berufserlaubnis/)).toBeVisible();

    await user.selectOptions(screen.getByLabelText('Beruf (ISCO-08)'), '2144');
    expect(within(steps).queryByRole('link', { name: /Berufserlaubnis/ })).toBeNull();

    await user.selectOptions(screen.getByLabelText('Beruf (ISCO-08)'), '2221');
    await user.click(screen.getByRole('button', { name: 'Weiter' }));
    await screen.findByRole('heading', { level: 2, name: 'Qualifikation und Anerkennung' });
    await user.click(screen.getByRole('button', { name: 'Weiter' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Berufserlaubnis' })).toBeVisible();
    expect(
      screen.getByRole('group', { name: 'Hat die Fachkraft die deutsche Berufserlaubnis?' }),
    ).toBeInTheDocument();
  });

  it('asks about pension provision only when the hire will be 45 or older', async () => {
    loginAs(hrUser);
    const pensionQuestion = 'Hat die Fachkraft eine angemessene Altersvorsorge?';

    const senior = renderApp({ route: '/prechecks/precheck-adeyemi/job' });
    const start = await screen.findByLabelText('Geplanter Arbeitsbeginn');
    expect(screen.queryByRole('group', { name: pensionQuestion })).toBeNull();
    fireEvent.change(start, { target: { value: startDate } });
    expect(await screen.findByRole('group', { name: pensionQuestion })).toBeVisible();
    expect(screen.getByText(/mindestens 55\.770 €/)).toBeInTheDocument();
    senior.unmount();

    renderApp({ route: '/prechecks/precheck-iyer/job' });
    fireEvent.change(await screen.findByLabelText('Geplanter Arbeitsbeginn'), {
      target: { value: startDate },
    });
    expect(screen.queryByRole('group', { name: pensionQuestion })).toBeNull();
  });

  it('lists unanswered questions in the error summary instead of moving on', async () => {
    loginAs(hrUser);
    const { user } = renderApp({ route: '/prechecks/precheck-iyer/job' });
    await user.type(await screen.findByLabelText('Wöchentliche Arbeitszeit in Stunden'), '80');
    await user.click(screen.getByRole('button', { name: 'Weiter' }));

    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(summary.parentElement).toHaveFocus());
    expect(
      within(summary).getByRole('link', { name: /^Wöchentliche Arbeitszeit in Stunden: / }),
    ).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Wöchentliche Arbeitszeit in Stunden'));
    await user.type(screen.getByLabelText('Wöchentliche Arbeitszeit in Stunden'), '38,5');
    await user.click(screen.getByRole('button', { name: 'Weiter' }));
    const link = await within(await screen.findByRole('alert')).findByRole('link', {
      name: 'Bezeichnung der Stelle: Bitte beantworten Sie diese Frage.',
    });
    await user.click(link);
    expect(screen.getByLabelText('Bezeichnung der Stelle')).toHaveFocus();
    expect(recordedRequests('PUT', '/api/prechecks/precheck-iyer')).toHaveLength(0);
  });

  it('saves a draft on request and asks before leaving with unsaved changes', async () => {
    loginAs(hrUser);
    const { user, router } = renderApp({ route: '/prechecks/precheck-iyer/job' });
    await user.type(await screen.findByLabelText('Bezeichnung der Stelle'), 'Schweißer');

    await user.click(screen.getByRole('link', { name: 'Zurück zu Rohan Venkatesh Iyer' }));
    const dialog = await screen.findByRole('dialog', { name: 'Änderungen noch nicht gespeichert' });
    await user.click(within(dialog).getByRole('button', { name: 'Auf der Seite bleiben' }));
    expect(router.state.location.pathname).toBe('/prechecks/precheck-iyer/job');

    await user.click(screen.getByRole('button', { name: 'Entwurf speichern' }));
    expect(await screen.findByText(/Entwurf gespeichert/)).toBeInTheDocument();
    expect(recordedRequests('PUT', '/api/prechecks/precheck-iyer')[0]?.body).toMatchObject({
      step: 'job',
      answers: { job: { title: 'Schweißer', weeklyHours: null } },
    });

    await user.click(screen.getByRole('link', { name: 'Zurück zu Rohan Venkatesh Iyer' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Rohan Venkatesh Iyer' }),
    ).toBeVisible();
    // The draft can be resumed from the hire's page.
    expect(await screen.findByRole('link', { name: 'Fortsetzen' })).toHaveAttribute(
      'href',
      '/prechecks/precheck-iyer/job',
    );
  });
});
