import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { Alert } from '../../components/ui/alert';
import { useDocumentTitle } from '../../lib/use-document-title';
import { NotFoundRoute } from './not-found';

/**
 * Shown when rendering a page failed. Inside the layout the shell stays; `standalone` is the
 * last resort when the layout itself failed.
 */
export function RouteErrorBoundary({ standalone = false }: { standalone?: boolean }) {
  const { t } = useTranslation();
  const error = useRouteError();
  useDocumentTitle(t('routeError.title'));
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundRoute />;

  const content = (
    <div className="app-narrow kern-stack">
      <h1 className="kern-heading-large" tabIndex={-1}>
        {t('routeError.title')}
      </h1>
      <Alert variant="danger" title={t('routeError.heading')} role="alert">
        <p className="kern-body">{t('routeError.text')}</p>
        <p className="kern-body">
          <a className="kern-link" href="/">
            {t('routeError.reload')}
          </a>
        </p>
      </Alert>
    </div>
  );
  if (!standalone) return content;
  return (
    <main id="main-content" className="kern-container app-main">
      {content}
    </main>
  );
}
