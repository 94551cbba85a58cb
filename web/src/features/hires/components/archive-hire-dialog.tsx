import type { Hire } from '@itc/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button, ButtonGroup } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { useErrorMessage } from '../../../lib/errors';
import { useArchiveHire } from '../api/archive-hire';

type ArchiveHireDialogProps = {
  hire: Hire;
  onClose: () => void;
  onArchived: (hire: Hire) => void;
};

/** Archiving hides the hire from the active list; asked for first. */
export function ArchiveHireDialog({ hire, onClose, onArchived }: ArchiveHireDialogProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const archive = useArchiveHire();
  const [error, setError] = useState<unknown>(null);
  const name = `${hire.givenNames} ${hire.familyName}`;
  return (
    <Dialog
      title={t('hires.archive.title', { name })}
      onClose={onClose}
      describedBy="archive-hire-text"
      footer={
        <ButtonGroup>
          <Button
            icon="check"
            disabled={archive.isPending}
            onClick={() =>
              archive.mutate(hire.id, {
                onSuccess: onArchived,
                onError: setError,
              })
            }
          >
            {archive.isPending ? t('hires.archive.archiving') : t('hires.archive.confirm')}
          </Button>
          <Button variant="secondary" onClick={onClose} data-autofocus="">
            {t('common.cancel')}
          </Button>
        </ButtonGroup>
      }
    >
      <p className="kern-body" id="archive-hire-text">
        {t('hires.archive.text', { name })}
      </p>
      {error ? (
        <Alert variant="danger" role="alert" title={t('hires.archive.failed')}>
          <p className="kern-body">{errorMessage(error)}</p>
        </Alert>
      ) : null}
    </Dialog>
  );
}
