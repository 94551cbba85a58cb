import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api-client';
import { useErrorMessage } from '../../lib/errors';
import { Alert } from './alert';
import { Button } from './button';
import { TextLink } from './text-link';

/**
 * Shown when data could not be loaded, with a way to try again. A record that is gone, or that
 * the caller may no longer see (a share or mandate ended), cannot come back by retrying: it says
 * so and leads back to the start.
 */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  if (error instanceof ApiError && error.status === 404) {
    return (
      <Alert variant="warning" title={t('common.notFoundTitle')} role="alert">
        <p className="kern-body">{t('common.notFoundText')}</p>
        <p className="kern-body">
          <TextLink to="/">{t('common.backToStart')}</TextLink>
        </p>
      </Alert>
    );
  }
  return (
    <Alert variant="danger" title={t('common.loadFailed')} role="alert">
      <p className="kern-body">{errorMessage(error)}</p>
      {onRetry ? (
        <div>
          <Button variant="secondary" size="small" onClick={onRetry} icon="autorenew">
            {t('common.retry')}
          </Button>
        </div>
      ) : null}
    </Alert>
  );
}
