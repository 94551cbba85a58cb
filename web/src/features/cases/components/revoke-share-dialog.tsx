import type { CaseShare } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button, ButtonGroup } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { ApiError } from '../../../lib/api-client';
import { useErrorMessage } from '../../../lib/errors';
import { useRevokeCaseShare } from '../api/revoke-case-share';

type RevokeShareDialogProps = {
  caseId: string;
  share: CaseShare;
  onClose: () => void;
  onRevoked: (share: CaseShare) => void;
};

/** Ending a share takes the partner's access away at once, so it is confirmed first. */
export function RevokeShareDialog({ caseId, share, onClose, onRevoked }: RevokeShareDialogProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const revoke = useRevokeCaseShare();
  const partner = share.partner.name;
  // Ended meanwhile by someone else: nothing is left to confirm.
  const isAlreadyEnded =
    revoke.error instanceof ApiError && revoke.error.code === 'share_already_revoked';
  return (
    <Dialog
      title={t('cases.shares.revokeTitle', { partner })}
      onClose={onClose}
      describedBy="revoke-share-text"
      footer={
        <ButtonGroup>
          {isAlreadyEnded ? null : (
            <Button
              icon="close"
              disabled={revoke.isPending}
              onClick={() =>
                revoke.mutate({ id: caseId, shareId: share.id }, { onSuccess: onRevoked })
              }
            >
              {revoke.isPending ? t('cases.shares.revoking') : t('cases.shares.revokeConfirm')}
            </Button>
          )}
          <Button variant="secondary" onClick={onClose} data-autofocus="">
            {isAlreadyEnded ? t('common.close') : t('common.cancel')}
          </Button>
        </ButtonGroup>
      }
    >
      <p className="kern-body" id="revoke-share-text">
        {t('cases.shares.revokeText', { partner })}
      </p>
      {revoke.isError ? (
        <Alert variant="danger" role="alert" title={t('cases.shares.revokeFailed')}>
          <p className="kern-body">{errorMessage(revoke.error)}</p>
        </Alert>
      ) : null}
    </Dialog>
  );
}
