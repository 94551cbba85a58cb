import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadMore } from '../../../components/ui/load-more';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryError } from '../../../components/ui/query-error';
import { Spinner } from '../../../components/ui/spinner';
import { formatDateTime } from '../../../lib/format';
import { useNotifications } from '../api/get-notifications';
import { useMarkAllNotificationsRead, useMarkNotificationRead } from '../api/mark-read';

/** The caller's notifications, newest first, each linking to its case. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const list = useNotifications();
  const markRead = useMarkNotificationRead();
  const markAll = useMarkAllNotificationsRead();

  let content: React.ReactNode;
  if (list.isPending) content = <Spinner />;
  else if (list.isError) content = <QueryError error={list.error} onRetry={() => list.refetch()} />;
  else {
    const items = list.data.pages.flatMap((page) => page.items);
    const unreadCount = list.data.pages[0]?.unreadCount ?? 0;
    content =
      items.length === 0 ? (
        <EmptyState title={t('notifications.empty')} />
      ) : (
        <>
          {unreadCount > 0 ? (
            <div>
              <Button
                variant="secondary"
                icon="check"
                disabled={markAll.isPending}
                onClick={() => markAll.mutate()}
              >
                {t('notifications.markAllRead')}
              </Button>
            </div>
          ) : null}
          <ul className="app-plain-list kern-stack">
            {items.map((item) => (
              <li key={item.id} className="kern-stack-xs">
                <p className="kern-body">
                  {item.readAt ? null : (
                    <>
                      <Badge variant="info">{t('notifications.unread')}</Badge>{' '}
                    </>
                  )}
                  {item.link.startsWith('/') ? (
                    <Link
                      className="kern-link"
                      to={item.link}
                      onClick={() => {
                        if (!item.readAt) markRead.mutate(item.id);
                      }}
                    >
                      {item.title}
                    </Link>
                  ) : (
                    item.title
                  )}
                </p>
                <p className="kern-body kern-body--small">
                  <time dateTime={item.createdAt}>{formatDateTime(item.createdAt)}</time>
                  {item.readAt ? null : (
                    <>
                      {' · '}
                      <button
                        type="button"
                        className="kern-link app-link-button"
                        onClick={() => markRead.mutate(item.id)}
                      >
                        {t('notifications.markRead')}
                      </button>
                    </>
                  )}
                </p>
              </li>
            ))}
          </ul>
          <LoadMore
            shown={items.length}
            hasMore={list.hasNextPage}
            isLoading={list.isFetchingNextPage}
            onLoadMore={() => list.fetchNextPage()}
          />
        </>
      );
  }

  return (
    <div className="kern-stack-lg">
      <PageHeading title={t('notifications.title')}>{t('notifications.intro')}</PageHeading>
      {content}
    </div>
  );
}
