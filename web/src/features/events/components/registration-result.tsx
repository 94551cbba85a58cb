import type { RegisterAttendeesResponse } from '@itc/shared';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';

/** What became of each attendee just registered: a seat or a place on the waiting list. */
export function RegistrationResult({
  result,
  ref,
}: {
  result: RegisterAttendeesResponse;
  ref?: Ref<HTMLDivElement>;
}) {
  const { t } = useTranslation();
  const hasWaitlisted = result.registrations.some((r) => r.status === 'waitlisted');
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      variant={hasWaitlisted ? 'info' : 'success'}
      title={t('events.register.resultTitle')}
    >
      <ul className="kern-list">
        {result.registrations.map((registration) => (
          <li key={registration.id} className="kern-body">
            {registration.status === 'waitlisted'
              ? t('events.register.resultWaitlisted', {
                  name: registration.name,
                  position: registration.waitlistPosition,
                })
              : t('events.register.resultConfirmed', { name: registration.name })}
          </li>
        ))}
      </ul>
      <p className="kern-body">{t('events.register.resultMail')}</p>
    </Alert>
  );
}
