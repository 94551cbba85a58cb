import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError, NetworkError } from '../../lib/api-client';
import { renderWithProviders } from '../../testing/render';
import { QueryError } from './query-error';

const notFound = new ApiError({
  type: 'about:blank',
  title: 'Not Found',
  status: 404,
  code: 'not_found',
});

describe('query error', () => {
  it('offers to try again when loading failed', async () => {
    const onRetry = vi.fn();
    const { user } = renderWithProviders(
      <QueryError error={new NetworkError(new Error('offline'))} onRetry={onRetry} />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Die Daten konnten nicht geladen werden');
    await user.click(screen.getByRole('button', { name: 'Erneut versuchen' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('says a record is gone or no longer accessible, and leads back instead of retrying', () => {
    renderWithProviders(<QueryError error={notFound} onRetry={() => undefined} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Nicht gefunden');
    expect(alert).toHaveTextContent('weil eine Freigabe oder Vollmacht beendet wurde');
    expect(screen.queryByRole('button', { name: 'Erneut versuchen' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Zur Startseite' })).toHaveAttribute('href', '/');
  });
});
