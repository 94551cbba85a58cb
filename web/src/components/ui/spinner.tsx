import { useTranslation } from 'react-i18next';

/** KERN loader with a text for screen readers; announced politely. */
export function Spinner({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="app-spinner" role="status">
      <span className="kern-loader kern-loader--visible" aria-hidden="true" />
      <span className="kern-sr-only">{label ?? t('common.loading')}</span>
    </div>
  );
}
