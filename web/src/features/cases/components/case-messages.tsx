import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { QueryError } from '../../../components/ui/query-error';
import { Spinner } from '../../../components/ui/spinner';
import { useErrorMessage } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { useCaseMessages } from '../api/get-case-messages';
import { usePostCaseMessage } from '../api/post-case-message';

type CaseMessagesProps = {
  caseId: string;
  canWrite: boolean;
  /** City staff may write internal notes the employer side never sees. */
  canWriteInternal: boolean;
};

/** The message thread, oldest first, with a form to write on the case. */
export function CaseMessages({ caseId, canWrite, canWriteInternal }: CaseMessagesProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const messages = useCaseMessages(caseId);
  const post = usePostCaseMessage();
  const [body, setBody] = useState('');
  const [internal, setInternal] = useState(false);
  const [missing, setMissing] = useState(false);
  const bodyId = useId();
  const errorId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) {
      setMissing(true);
      return;
    }
    setMissing(false);
    post.mutate(
      { id: caseId, body: { body: body.trim(), internal: canWriteInternal && internal } },
      {
        onSuccess: () => {
          setBody('');
          setInternal(false);
        },
      },
    );
  };

  return (
    <section className="kern-stack" aria-labelledby="case-messages-heading">
      <h2 className="kern-heading-medium" id="case-messages-heading">
        {t('cases.messages.heading')}
      </h2>
      {messages.isPending ? (
        <Spinner />
      ) : messages.isError ? (
        <QueryError error={messages.error} onRetry={() => messages.refetch()} />
      ) : messages.data.items.length === 0 ? (
        <p className="kern-body">{t('cases.messages.empty')}</p>
      ) : (
        <ol className="app-plain-list kern-stack">
          {messages.data.items.map((message) => (
            <li key={message.id} className="kern-stack-xs">
              <p className="kern-body kern-body--small">
                <strong>{message.author.name}</strong> ({message.author.organizationName}) ·{' '}
                <time dateTime={message.createdAt}>{formatDateTime(message.createdAt)}</time>
                {message.internal ? (
                  <>
                    {' '}
                    <Badge variant="warning">{t('cases.messages.internalBadge')}</Badge>
                  </>
                ) : null}
              </p>
              <p className="kern-body app-pre-wrap">{message.body}</p>
            </li>
          ))}
        </ol>
      )}
      {canWrite ? (
        <form onSubmit={submit} className="kern-stack" noValidate>
          <div className={`kern-form-input${missing ? ' kern-form-input--error' : ''}`}>
            <label className="kern-label" htmlFor={bodyId}>
              {t('cases.messages.body')}
            </label>
            {missing ? (
              <p className="kern-error" id={errorId} role="alert">
                <span className="kern-icon kern-icon--danger" aria-hidden="true" />
                <span className="kern-body">{t('cases.messages.required')}</span>
              </p>
            ) : null}
            <textarea
              id={bodyId}
              className="kern-form-input__input"
              rows={4}
              maxLength={5000}
              aria-invalid={missing || undefined}
              aria-describedby={missing ? errorId : undefined}
              value={body}
              onChange={(event) => setBody(event.target.value)}
            />
          </div>
          {canWriteInternal ? (
            <div className="kern-form-check">
              <input
                id={`${bodyId}-internal`}
                type="checkbox"
                className="kern-form-check__checkbox"
                checked={internal}
                onChange={(event) => setInternal(event.target.checked)}
              />
              <label className="kern-label" htmlFor={`${bodyId}-internal`}>
                {t('cases.messages.internal')}
              </label>
            </div>
          ) : null}
          {post.isError ? (
            <Alert variant="danger" role="alert" title={t('cases.messages.failed')}>
              <p className="kern-body">{errorMessage(post.error)}</p>
            </Alert>
          ) : null}
          <div>
            <Button type="submit" disabled={post.isPending}>
              {post.isPending ? t('cases.messages.sending') : t('cases.messages.send')}
            </Button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
