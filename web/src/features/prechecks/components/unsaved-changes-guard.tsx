import { type RefObject, useCallback, useRef } from 'react';
import { useFormState } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useBeforeUnload, useBlocker } from 'react-router';
import { Button, ButtonGroup } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';

/**
 * Asks before leaving a step with unsaved changes (links, the step list, the browser's back
 * button; closing the tab gets the browser's own question). `bypass` is set right before the
 * form navigates after saving.
 */
export function UnsavedChangesGuard({ bypass }: { bypass: RefObject<boolean> }) {
  const { t } = useTranslation();
  const { isDirty } = useFormState();
  const isDirtyRef = useRef(isDirty);
  isDirtyRef.current = isDirty;

  const blocker = useBlocker(
    useCallback(
      ({ currentLocation, nextLocation }) =>
        isDirtyRef.current &&
        !bypass.current &&
        (currentLocation.pathname !== nextLocation.pathname ||
          currentLocation.search !== nextLocation.search),
      [bypass],
    ),
  );

  useBeforeUnload(
    useCallback(
      (event) => {
        if (isDirtyRef.current && !bypass.current) event.preventDefault();
      },
      [bypass],
    ),
  );

  if (blocker.state !== 'blocked') return null;
  return (
    <Dialog
      title={t('prechecks.unsaved.title')}
      onClose={() => blocker.reset()}
      describedBy="unsaved-changes-text"
      footer={
        <ButtonGroup>
          <Button onClick={() => blocker.reset()} data-autofocus="">
            {t('prechecks.unsaved.stay')}
          </Button>
          <Button variant="secondary" onClick={() => blocker.proceed()}>
            {t('prechecks.unsaved.leave')}
          </Button>
        </ButtonGroup>
      }
    >
      <p className="kern-body" id="unsaved-changes-text">
        {t('prechecks.unsaved.text')}
      </p>
    </Dialog>
  );
}
