import { type Organization, rejectEmployerSchema } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { Form } from '../../../components/ui/form';
import { TextareaField } from '../../../components/ui/textarea-field';
import { useRejectOrganization } from '../api/reject-organization';

type RejectDialogProps = {
  organization: Organization;
  onClose: () => void;
  onRejected: (organization: Organization) => void;
};

/** Asks for the reason, which the employer will read on its start page. */
export function RejectDialog({ organization, onClose, onRejected }: RejectDialogProps) {
  const { t } = useTranslation();
  const reject = useRejectOrganization();
  return (
    <Dialog
      title={t('admin.employers.rejectDialog.title', { name: organization.name })}
      onClose={onClose}
      describedBy="reject-dialog-text"
    >
      <p className="kern-body" id="reject-dialog-text">
        {t('admin.employers.rejectDialog.text')}
      </p>
      <Form
        schema={rejectEmployerSchema}
        idPrefix="reject"
        defaultValues={{ reason: '' }}
        submitLabel={t('admin.employers.reject')}
        submittingLabel={t('admin.employers.rejecting')}
        secondaryActions={
          <Button variant="secondary" onClick={onClose}>
            {t('common.cancel')}
          </Button>
        }
        onSubmit={async (body) => {
          const rejected = await reject.mutateAsync({ id: organization.id, body });
          onRejected(rejected);
        }}
      >
        <TextareaField
          name="reason"
          label={t('admin.employers.rejectDialog.reasonLabel')}
          hint={t('admin.employers.rejectDialog.reasonHint')}
          maxLength={2000}
          autoFocusOnOpen
        />
      </Form>
    </Dialog>
  );
}
