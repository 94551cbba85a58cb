import type { OutboxMessage } from '@itc/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadMore } from '../../../components/ui/load-more';
import { QueryError } from '../../../components/ui/query-error';
import { SearchBox } from '../../../components/ui/search-box';
import { Spinner } from '../../../components/ui/spinner';
import { formatDateTime, formatFileSize } from '../../../lib/format';
import { outboxAttachmentUrl, useOutbox } from '../api/get-outbox';
import { LinkifiedText } from './linkified-text';

function OutboxAttachments({ message }: { message: OutboxMessage }) {
  const { t } = useTranslation();
  if (message.attachments.length === 0) return null;
  return (
    <section className="kern-stack-xs" aria-labelledby={`outbox-${message.id}-attachments`}>
      <h3 className="kern-heading-small" id={`outbox-${message.id}-attachments`}>
        {t('admin.mailbox.attachments')}
      </h3>
      <ul className="kern-list">
        {message.attachments.map((attachment, index) => (
          // The position is the attachment's address on the server and never changes.
          // biome-ignore lint/suspicious/noArrayIndexKey: attachments of a sent email are fixed
          <li key={index} className="kern-body">
            <a className="kern-link" href={outboxAttachmentUrl(message.id, index)} download>
              {attachment.filename}
            </a>{' '}
            <span className="kern-body--muted">
              ({attachment.contentType.split(';')[0]}, {formatFileSize(attachment.size)})
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** One email, collapsed to subject, recipient and date; the text and files open below. */
function OutboxItem({ message }: { message: OutboxMessage }) {
  const { t } = useTranslation();
  const headingId = `outbox-${message.id}-subject`;
  const [isOpen, setIsOpen] = useState(false);
  return (
    <article className="kern-card kern-card--hug app-outbox-item" aria-labelledby={headingId}>
      <details
        className="kern-card__container"
        onToggle={(event) => setIsOpen(event.currentTarget.open)}
      >
        <summary className="kern-stack-xs">
          <h2 className="kern-heading-small" id={headingId}>
            {/* The summary is laid out as a stack, which hides the browser's own triangle. */}
            <span
              className={`kern-icon kern-icon--${isOpen ? 'arrow-down' : 'chevron-right'}`}
              aria-hidden="true"
            />{' '}
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
            {message.attachments.length > 0 ? (
              <div>
                <dt>{t('admin.mailbox.attachments')}</dt>
                <dd>{message.attachments.length}</dd>
              </div>
            ) : null}
          </dl>
        </summary>
        <div className="kern-stack">
          <div className="app-outbox-text kern-body">
            <LinkifiedText text={message.text} />
          </div>
          <OutboxAttachments message={message} />
        </div>
      </details>
    </article>
  );
}

export function OutboxList() {
  const { t } = useTranslation();
  const [q, setQ] = useState<string | undefined>(undefined);
  const outbox = useOutbox(q);

  const search = (
    <SearchBox
      id="outbox-search"
      label={t('admin.mailbox.search')}
      hint={t('admin.mailbox.searchHint')}
      buttonLabel={t('admin.mailbox.searchButton')}
      value={q ?? ''}
      onSearch={setQ}
    />
  );
  if (outbox.isPending) {
    return (
      <div className="kern-stack">
        {search}
        <Spinner />
      </div>
    );
  }
  if (outbox.isError) return <QueryError error={outbox.error} onRetry={() => outbox.refetch()} />;

  const messages = outbox.data.pages.flatMap((page) => page.items);
  return (
    <div className="kern-stack">
      {search}
      {messages.length === 0 ? (
        q ? (
          <EmptyState title={t('admin.mailbox.noMatchTitle')}>
            {t('admin.mailbox.noMatchText', { q })}
          </EmptyState>
        ) : (
          <EmptyState title={t('admin.mailbox.emptyTitle')}>
            {t('admin.mailbox.emptyText')}
          </EmptyState>
        )
      ) : (
        messages.map((message) => <OutboxItem key={message.id} message={message} />)
      )}
      <LoadMore
        shown={messages.length}
        hasMore={outbox.hasNextPage}
        isLoading={outbox.isFetchingNextPage}
        onLoadMore={() => outbox.fetchNextPage()}
      />
    </div>
  );
}
