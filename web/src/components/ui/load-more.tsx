import { useTranslation } from 'react-i18next';
import { Button } from './button';

type LoadMoreProps = {
  shown: number;
  hasMore: boolean;
  isLoading: boolean;
  onLoadMore: () => void;
};

/** "Weitere laden" below a cursor-paged list, with a live count for screen readers. */
export function LoadMore({ shown, hasMore, isLoading, onLoadMore }: LoadMoreProps) {
  const { t } = useTranslation();
  return (
    <div className="app-load-more">
      <p className="kern-body kern-body--small" aria-live="polite">
        {t('common.shownCount', { count: shown })}
      </p>
      {hasMore ? (
        <Button variant="secondary" onClick={onLoadMore} disabled={isLoading} icon="arrow-down">
          {isLoading ? t('common.loadingMore') : t('common.loadMore')}
        </Button>
      ) : null}
    </div>
  );
}
