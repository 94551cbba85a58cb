import { useTranslation } from 'react-i18next';
import { useNavigation } from 'react-router';

/**
 * While the next page's code downloads, the old page stays and a bar at the top says so. The
 * live region is always there, so screen readers announce the text when it appears (a polite
 * region without the status role: pages have their own status messages).
 */
export function NavigationProgress() {
  const { t } = useTranslation();
  const isLoading = useNavigation().state === 'loading';
  return (
    <div className="app-navigation-progress" aria-live="polite" data-loading={isLoading}>
      {isLoading ? <span className="kern-sr-only">{t('common.loading')}</span> : null}
    </div>
  );
}
