import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { hrUser, ihkUser } from '../../../testing/fixtures';
import { loginAs, recordedRequests } from '../../../testing/mock-api';
import { renderApp } from '../../../testing/render';

describe('partner mandates', () => {
  it('lets HR grant a mandate to the Jobcenter and revoke the IHK’s after confirming', async () => {
    loginAs(hrUser);
    const { user } = renderApp({ route: '/mandates' });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Vollmachten für Partner' }),
    ).toBeVisible();
    const table = await screen.findByRole('table', { name: 'Vollmachten Ihres Unternehmens' });
    const ihkRow = within(table).getByRole('rowheader', { name: 'Niederrheinische IHK' })
      .parentElement as HTMLElement;
    expect(within(ihkRow).getByText('Aktiv')).toBeInTheDocument();

    // The IHK already holds a mandate, so only the Jobcenter is offered.
    const partner = await screen.findByLabelText('Partnerorganisation');
    expect(within(partner).queryByRole('option', { name: /Niederrheinische IHK/ })).toBeNull();
    await user.selectOptions(partner, 'org-jobcenter');
    await user.click(screen.getByRole('button', { name: 'Vollmacht erteilen' }));

    expect(
      await screen.findByText('„Jobcenter Duisburg“ hat jetzt eine Vollmacht für Ihr Unternehmen.'),
    ).toBeInTheDocument();
    expect(recordedRequests('POST', '/api/mandates')[0]?.body).toEqual({
      partnerOrganizationId: 'org-jobcenter',
    });
    await waitFor(() =>
      expect(within(table).getByRole('rowheader', { name: 'Jobcenter Duisburg' })).toBeVisible(),
    );

    await user.click(within(ihkRow).getByRole('button', { name: 'Widerrufen' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Vollmacht für „Niederrheinische IHK“ widerrufen?',
    });
    // Cancelling changes nothing.
    await user.click(within(dialog).getByRole('button', { name: 'Abbrechen' }));
    expect(recordedRequests('POST', '/api/mandates/mandate-ihk/revoke')).toHaveLength(0);

    await user.click(within(ihkRow).getByRole('button', { name: 'Widerrufen' }));
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', {
        name: 'Vollmacht widerrufen',
      }),
    );
    expect(
      await screen.findByText('Die Vollmacht für „Niederrheinische IHK“ ist widerrufen.'),
    ).toBeInTheDocument();
    expect(recordedRequests('POST', '/api/mandates/mandate-ihk/revoke')).toHaveLength(1);
    await waitFor(() => expect(within(ihkRow).getByText(/Widerrufen am/)).toBeInTheDocument());
    expect(within(ihkRow).queryByRole('button', { name: 'Widerrufen' })).not.toBeInTheDocument();
  });

  it('shows an advisor the employers that mandated them, with a link to their hires', async () => {
    loginAs(ihkUser);
    const { user } = renderApp({ route: '/mandates' });

    const table = await screen.findByRole('table', {
      name: 'Unternehmen, die Ihrer Organisation eine Vollmacht erteilt haben',
    });
    expect(within(table).getByRole('rowheader', { name: 'Rhein-Stahl GmbH' })).toBeVisible();
    await user.click(within(table).getByRole('link', { name: 'Fachkräfte von Rhein-Stahl GmbH' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Internationale Fachkräfte' }));
    expect(screen.getByLabelText('Arbeitgeber')).toHaveValue('org-rhein-stahl');
  });
});
