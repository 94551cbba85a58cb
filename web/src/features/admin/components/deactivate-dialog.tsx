import type { User } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { useErrorMessage } from '../../../lib/errors';
import { useDeactivateUser } from '../api/deactivate-user';

type DeactivateDialogProps = {
  user: User;
  onClose: () => void;
  onDeactivated: (user: User) => void;
};

/** Confirms a deactivation; the person can no longer log in afterwards. */
export function DeactivateDialog({ user, onClose, onDeactivated }: DeactivateDialogProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const deactivate = useDeactivateUser();
  return (
    <Dialog
      title={t('admin.users.deactivateDialog.title')}
      onClose={onClose}
      describedBy="deactivate-dialog-text"
      footer={
        <>
          <Button
            variant="primary"
            disabled={deactivate.isPending}
            onClick={() => deactivate.mutate(user.id, { onSuccess: onDeactivated })}
          >
            {deactivate.isPending
              ? t('admin.users.deactivating')
              : t('admin.users.deactivateConfirm')}
          </Button>
          <Button variant="secondary" onClick={onClose} data-autofocus="">
            {t('common.cancel')}
          </Button>
        </>
      }
    >
      <p className="kern-body" id="deactivate-dialog-text">
        {t('admin.users.deactivateDialog.text', {
          name: user.name,
          email: user.email,
          organization: user.organization.name,
        })}
      </p>
      {deactivate.isError ? (
        <Alert variant="danger" role="alert" title={errorMessage(deactivate.error)} />
      ) : null}
    </Dialog>
  );
}
