import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../lib/errors';
import { Alert } from './alert';
import { Button } from './button';

/** Shown when data could not be loaded, with a way to try again. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
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
