import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

type DialogProps = {
  title: string;
  onClose: () => void;
  children: ReactNode;
  footer?: ReactNode;
  /** id of the element that describes the dialog (e.g. its first paragraph). */
  describedBy?: string;
};

/**
 * A modal KERN dialog on the native <dialog> element: focus stays inside, Escape closes it and
 * focus returns to the button that opened it. Render it only while it is open.
 * An element marked `data-autofocus` receives focus first.
 */
export function Dialog({ title, onClose, children, footer, describedBy }: DialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    const autofocus = dialog.querySelector<HTMLElement>('[data-autofocus]');
    autofocus?.focus();
    const handleCancel = (event: Event) => {
      // Escape: let React state close the dialog, so that both stay in step.
      event.preventDefault();
      onCloseRef.current();
    };
    dialog.addEventListener('cancel', handleCancel);
    return () => {
      dialog.removeEventListener('cancel', handleCancel);
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className="kern-dialog app-dialog"
      aria-labelledby={titleId}
      aria-describedby={describedBy}
    >
      <header className="kern-dialog__header">
        <h2 className="kern-title" id={titleId}>
          {title}
        </h2>
        <button
          type="button"
          className="kern-btn kern-btn--tertiary"
          onClick={() => onCloseRef.current()}
        >
          <span className="kern-icon kern-icon--close" aria-hidden="true" />
          <span className="kern-label kern-sr-only">{t('common.closeDialog')}</span>
        </button>
      </header>
      <div className="kern-dialog__body">{children}</div>
      {footer ? <footer className="kern-dialog__footer">{footer}</footer> : null}
    </dialog>
  );
}
