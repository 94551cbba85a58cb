import { cancelEventSchema, type Event } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { Form } from '../../../components/ui/form';
import { TextareaField } from '../../../components/ui/textarea-field';
import { textOrBlank } from '../../../lib/form-values';
import { useCancelEvent } from '../api/cancel-event';

/** The reason may stay empty; it is then not sent. */
const cancelFormSchema = cancelEventSchema.extend({
  reason: textOrBlank(cancelEventSchema.shape.reason.unwrap().nullable()).transform(
    (reason) => reason ?? undefined,
  ),
});

type CancelEventDialogProps = {
  event: Event;
  title: string;
  onClose: () => void;
  onCancelled: (event: Event) => void;
};

/** Cancelling notifies every participant; asked for first, with an optional reason. */
export function CancelEventDialog({ event, title, onClose, onCancelled }: CancelEventDialogProps) {
  const { t } = useTranslation();
  const cancel = useCancelEvent();
  return (
    <Dialog
      title={t('events.cancelDialog.title', { title })}
      onClose={onClose}
      describedBy="cancel-event-text"
    >
      <p className="kern-body" id="cancel-event-text">
        {t('events.cancelDialog.text')}
      </p>
      <Form
        schema={cancelFormSchema}
        idPrefix="cancel-event"
        defaultValues={{ reason: '' }}
        submitLabel={t('events.cancelDialog.confirm')}
        submittingLabel={t('events.cancelDialog.cancelling')}
        secondaryActions={
          <Button variant="secondary" onClick={onClose}>
            {t('common.cancel')}
          </Button>
        }
        onSubmit={async (body: z.output<typeof cancelFormSchema>) => {
          const cancelled = await cancel.mutateAsync({ id: event.id, body });
          onCancelled(cancelled);
        }}
      >
        <TextareaField
          name="reason"
          label={t('events.cancelDialog.reason')}
          hint={t('events.cancelDialog.reasonHint')}
          optional
          maxLength={2000}
          autoFocusOnOpen
        />
      </Form>
    </Dialog>
  );
}
