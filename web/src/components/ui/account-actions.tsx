import { type ReactNode, useRef, useState } from 'react';
import { Alert } from './alert';
import { Button } from './button';
import { ConfirmActionDialog } from './confirm-action-dialog';

/** One thing that can be done to an account, confirmed in a dialog first. */
export type AccountAction = {
  /** Stable per action, e.g. "deactivate". */
  key: string;
  label: string;
  dialogTitle: string;
  dialogText: ReactNode;
  confirmLabel: string;
  pendingLabel: string;
  destructive?: boolean;
  run: () => Promise<unknown>;
  /** Shown, and focused, once the action has succeeded. */
  successMessage: string;
};

export type AccountActionText = 'action' | 'title' | 'text' | 'confirm' | 'pending' | 'success';

/** An action whose texts come from one translation group (`text('title')` and so on). */
export function accountAction(options: {
  key: string;
  text: (part: AccountActionText) => string;
  run: () => Promise<unknown>;
  destructive?: boolean;
}): AccountAction {
  const { key, text, run, destructive = false } = options;
  return {
    key,
    label: text('action'),
    dialogTitle: text('title'),
    dialogText: text('text'),
    confirmLabel: text('confirm'),
    pendingLabel: text('pending'),
    successMessage: text('success'),
    destructive,
    run,
  };
}

/**
 * Row buttons for account actions, with their confirm dialog and a success message that takes
 * the focus (the row's button may be gone afterwards). Render `notice` above the table,
 * `buttons(...)` in each row and `dialog` anywhere.
 */
export function useAccountActions() {
  const [chosen, setChosen] = useState<AccountAction | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);

  function buttons(actions: AccountAction[], describedBy: string) {
    if (actions.length === 0) return null;
    return (
      <div className="kern-btn-wrapper app-row-actions">
        {actions.map((action) => (
          <Button
            key={action.key}
            size="small"
            variant="secondary"
            aria-describedby={describedBy}
            onClick={() => setChosen(action)}
          >
            {action.label}
          </Button>
        ))}
      </div>
    );
  }

  return {
    buttons,
    notice: notice ? (
      <Alert ref={noticeRef} tabIndex={-1} variant="success" role="status" title={notice} />
    ) : null,
    dialog: chosen ? (
      <ConfirmActionDialog
        title={chosen.dialogTitle}
        confirmLabel={chosen.confirmLabel}
        pendingLabel={chosen.pendingLabel}
        destructive={chosen.destructive}
        onClose={() => setChosen(null)}
        onConfirm={async () => {
          await chosen.run();
          setChosen(null);
          setNotice(chosen.successMessage);
          // After the dialog has closed and handed focus back, move it to the message.
          setTimeout(() => noticeRef.current?.focus(), 0);
        }}
      >
        <p>{chosen.dialogText}</p>
      </ConfirmActionDialog>
    ) : null,
  };
}
