import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../lib/errors';
import { Alert } from './alert';
import { Button } from './button';
import { Dialog } from './dialog';

export type ConfirmActionDialogProps = {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  pendingLabel: string;
  /** Irreversible or locking someone out: the confirm button is styled as dangerous. */
  destructive?: boolean;
  /** Runs on confirm; a rejection is shown translated inside the dialog, which stays open. */
  onConfirm: () => Promise<unknown>;
  onClose: () => void;
};

/** Asks before an action; Cancel has the focus first, so Enter alone never confirms. */
export function ConfirmActionDialog({
  title,
  children,
  confirmLabel,
  pendingLabel,
  destructive = false,
  onConfirm,
  onClose,
}: ConfirmActionDialogProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const textId = useId();
  const [isPending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function confirm() {
    setPending(true);
    setError(null);
    try {
      await onConfirm();
    } catch (caught) {
      setError(caught);
      setPending(false);
    }
  }

  return (
    <Dialog
      title={title}
      onClose={onClose}
      describedBy={textId}
      footer={
        <>
          <Button
            variant="primary"
            className={destructive ? 'app-btn-destructive' : undefined}
            icon={destructive ? 'warning' : undefined}
            disabled={isPending}
            onClick={confirm}
          >
            {isPending ? pendingLabel : confirmLabel}
          </Button>
          <Button variant="secondary" onClick={onClose} data-autofocus="">
            {t('common.cancel')}
          </Button>
        </>
      }
    >
      <div className="kern-body" id={textId}>
        {children}
      </div>
      {error ? <Alert variant="danger" role="alert" title={errorMessage(error)} /> : null}
    </Dialog>
  );
}
