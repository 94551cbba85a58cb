import type { Mandate } from '@itc/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button, ButtonGroup } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { useErrorMessage } from '../../../lib/errors';
import { useRevokeMandate } from '../api/revoke-mandate';

type RevokeMandateDialogProps = {
  mandate: Mandate;
  onClose: () => void;
  onRevoked: (mandate: Mandate) => void;
};

/** Revoking ends the partner's access at once, so it is confirmed first. */
export function RevokeMandateDialog({ mandate, onClose, onRevoked }: RevokeMandateDialogProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const revoke = useRevokeMandate();
  const [error, setError] = useState<unknown>(null);
  const partner = mandate.partner.name;
  return (
    <Dialog
      title={t('mandates.revoke.title', { partner })}
      onClose={onClose}
      describedBy="revoke-mandate-text"
      footer={
        <ButtonGroup>
          <Button
            icon="close"
            disabled={revoke.isPending}
            onClick={() => revoke.mutate(mandate.id, { onSuccess: onRevoked, onError: setError })}
          >
            {revoke.isPending ? t('mandates.revoke.revoking') : t('mandates.revoke.confirm')}
          </Button>
          <Button variant="secondary" onClick={onClose} data-autofocus="">
            {t('common.cancel')}
          </Button>
        </ButtonGroup>
      }
    >
      <p className="kern-body" id="revoke-mandate-text">
        {t('mandates.revoke.text', { partner })}
      </p>
      {error ? (
        <Alert variant="danger" role="alert" title={t('mandates.revoke.failed')}>
          <p className="kern-body">{errorMessage(error)}</p>
        </Alert>
      ) : null}
    </Dialog>
  );
}
