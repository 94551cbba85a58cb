import type { EventSeats } from '@itc/shared';
import { useTranslation } from 'react-i18next';

/** "3 von 20 Plätzen frei" and, when there is one, the length of the waiting list. */
export function SeatsText({ seats }: { seats: EventSeats }) {
  const { t } = useTranslation();
  return (
    <>
      {t('events.seats.free', { free: seats.free, capacity: seats.capacity })}
      {seats.waitlisted > 0
        ? `, ${t('events.seats.waitlisted', { count: seats.waitlisted })}`
        : null}
    </>
  );
}
