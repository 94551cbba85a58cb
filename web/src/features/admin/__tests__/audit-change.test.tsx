import { auditLogEntrySchema } from '@itc/shared';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/render';
import { AuditChange } from '../components/audit-change';

const base = {
  id: 1,
  actor: null,
  actingOrganization: null,
  onBehalfOfOrganization: null,
  targetType: 'user' as const,
  targetId: 'user-1',
  targetLabel: 'Anna Becker',
  reason: null,
  namesById: {},
  createdAt: '2026-11-24T14:30:00.000Z',
};

function renderChange(entry: unknown) {
  renderWithProviders(<AuditChange entry={auditLogEntrySchema.parse(entry)} />);
}

/** Each line as read: the arrow is hidden from screen readers, which read "zu" instead. */
const lines = async () =>
  (await screen.findAllByRole('term')).map((term, index) => ({
    term: term.textContent,
    definition: screen.getAllByRole('definition')[index]!.textContent.replace(/\s+/g, ' '),
  }));

describe('[ADMIN] audit entry details', () => {
  it('names the hire fields an edit changed, never their values', async () => {
    renderChange({
      ...base,
      targetType: 'hire',
      action: 'hire.updated',
      details: {
        before: { version: 1 },
        after: { version: 2, changedFields: ['familyName', 'passportExpiry'] },
      },
    });
    expect(await lines()).toEqual([
      { term: 'Geänderte Angaben:', definition: 'Nachname und Pass gültig bis' },
    ]);
  });

  it('shows whom an invitation was for, with the role and organisation named', async () => {
    renderChange({
      ...base,
      action: 'user.invited',
      namesById: { 'org-ihk': 'IHK Niederrhein' },
      details: {
        before: null,
        after: { email: 'neu@ihk.example', role: 'ihk_advisor', organizationId: 'org-ihk' },
      },
    });
    expect(await lines()).toEqual([
      { term: 'E-Mail-Adresse:', definition: 'neu@ihk.example' },
      { term: 'Rolle:', definition: 'Beratung der IHK' },
      { term: 'Organisation:', definition: 'IHK Niederrhein' },
    ]);
  });

  it('shows a changed e-mail address before and after', async () => {
    renderChange({
      ...base,
      action: 'user.profile_changed',
      details: { before: { email: 'alt@firma.example' }, after: { email: 'neu@firma.example' } },
    });
    expect(await lines()).toEqual([
      { term: 'E-Mail-Adresse:', definition: 'alt@firma.example → zu neu@firma.example' },
    ]);
  });

  it('says so when an entry’s details are stored in an older format', async () => {
    renderChange({ ...base, action: 'case.assigned', targetType: 'case', details: null });
    expect(await screen.findByText(/in einem älteren Format gespeichert/)).toBeVisible();
    expect(screen.queryByRole('term')).not.toBeInTheDocument();
    expect(screen.queryByText('Gespeicherte Daten')).not.toBeInTheDocument();
  });
});
