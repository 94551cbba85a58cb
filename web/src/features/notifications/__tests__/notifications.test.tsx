import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { hrUser } from '../../../testing/fixtures';
import { loginAs, recordedRequests } from '../../../testing/mock-api';
import { renderApp } from '../../../testing/render';

describe('notifications', () => {
  it('shows the unread count in the header and marks all read', async () => {
    loginAs(hrUser);
    const { user } = renderApp({ route: '/notifications' });
    expect(
      await screen.findByRole('link', { name: 'Benachrichtigungen, 1 ungelesen' }),
    ).toBeVisible();
    expect(
      await screen.findByRole('link', { name: 'ITC-2026-000042: In Prüfung beim ITC' }),
    ).toHaveAttribute('href', '/cases/case-iyer');

    await user.click(screen.getByRole('button', { name: 'Alle als gelesen markieren' }));
    await waitFor(() =>
      expect(screen.getByRole('link', { name: 'Benachrichtigungen, 0 ungelesen' })).toBeVisible(),
    );
    expect(recordedRequests('POST', '/api/notifications/read-all')).toHaveLength(1);
  });
});
