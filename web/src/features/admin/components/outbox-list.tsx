import type { OutboxMessage } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadMore } from '../../../components/ui/load-more';
import { QueryError } from '../../../components/ui/query-error';
import { Spinner } from '../../../components/ui/spinner';
import { formatDateTime } from '../../../lib/format';
import { useOutbox } from '../api/get-outbox';
import { LinkifiedText } from './linkified-text';

function OutboxItem({ message }: { message: OutboxMessage }) {
  const { t } = useTranslation();
  const headingId = `outbox-${message.id}-subject`;
  return (
    <article className="kern-card kern-card--hug app-outbox-item" aria-labelledby={headingId}>
      <div className="kern-card__container">
        <header className="kern-stack-xs">
          <h2 className="kern-heading-small" id={headingId}>
            {message.subject}
          </h2>
          <dl className="app-inline-meta">
            <div>
              <dt>{t('admin.mailbox.to')}</dt>
              <dd>{message.to}</dd>
            </div>
            <div>
              <dt>{t('admin.mailbox.createdAt')}</dt>
              <dd>
                <time dateTime={message.createdAt}>{formatDateTime(message.createdAt)}</time>
              </dd>
            </div>
            <div>
              <dt>{t('admin.mailbox.sentAt')}</dt>
              <dd>
                {message.sentAt ? (
                  <time dateTime={message.sentAt}>{formatDateTime(message.sentAt)}</time>
                ) : (
                  t('admin.mailbox.notSent')
                )}
              </dd>
            </div>
          </dl>
        </header>
        <div className="app-outbox-text kern-body">
          <LinkifiedText text={message.text} />
        </div>
      </div>
    </article>
  );
}

export function OutboxList() {
  const { t } = useTranslation();
  const outbox = useOutbox();

  if (outbox.isPending) return <Spinner />;
  if (outbox.isError) return <QueryError error={outbox.error} onRetry={() => outbox.refetch()} />;

  const messages = outbox.data.pages.flatMap((page) => page.items);
  if (messages.length === 0) {
    return (
      <EmptyState title={t('admin.mailbox.emptyTitle')}>{t('admin.mailbox.emptyText')}</EmptyState>
    );
  }
  return (
    <div className="kern-stack">
      {messages.map((message) => (
        <OutboxItem key={message.id} message={message} />
      ))}
      <LoadMore
        shown={messages.length}
        hasMore={outbox.hasNextPage}
        isLoading={outbox.isFetchingNextPage}
        onLoadMore={() => outbox.fetchNextPage()}
      />
    </div>
  );
}
