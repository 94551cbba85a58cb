import { messageParticipantsSchema } from '@itc/shared';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Form } from '../../../components/ui/form';
import { TextField } from '../../../components/ui/text-field';
import { TextareaField } from '../../../components/ui/textarea-field';
import { useMessageParticipants } from '../api/message-participants';

/** "Nachricht an alle": an email to every confirmed and waitlisted participant. */
export function MessageParticipantsForm({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const send = useMessageParticipants();
  const [recipients, setRecipients] = useState<number | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  return (
    <section className="kern-stack app-narrow" aria-labelledby="event-message-heading">
      <h2 className="kern-heading-medium" id="event-message-heading">
        {t('events.participants.messageHeading')}
      </h2>
      <p className="kern-body">{t('events.participants.messageIntro')}</p>
      <div role="status" className="app-live-region">
        {recipients !== null ? (
          <Alert
            ref={noticeRef}
            tabIndex={-1}
            variant="success"
            title={t('events.participants.sent', { count: recipients })}
          />
        ) : null}
      </div>
      <Form
        schema={messageParticipantsSchema}
        idPrefix="event-message"
        defaultValues={{ subject: '', body: '' }}
        submitLabel={t('events.participants.send')}
        submittingLabel={t('events.participants.sending')}
        resetOnSuccess
        onSubmit={async (body) => {
          setRecipients(null);
          const result = await send.mutateAsync({ eventId, body });
          setRecipients(result.recipients);
          setTimeout(() => noticeRef.current?.focus(), 0);
        }}
      >
        <TextField name="subject" label={t('events.participants.subject')} maxLength={200} />
        <TextareaField
          name="body"
          label={t('events.participants.body')}
          rows={6}
          maxLength={5000}
        />
      </Form>
    </section>
  );
}
