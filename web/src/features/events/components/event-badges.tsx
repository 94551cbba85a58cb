import type { Event } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../../components/ui/badge';

type BadgeEvent = Pick<Event, 'status' | 'seats' | 'registrationOpen' | 'viewer'>;

/** Draft, cancelled, full, waiting list, registration closed and the caller's own registrations. */
export function EventBadges({ event }: { event: BadgeEvent }) {
  const { t } = useTranslation();
  const { status, seats, registrationOpen, viewer } = event;
  const badges: React.ReactNode[] = [];
  switch (status) {
    case 'draft':
      badges.push(
        <Badge key="draft" variant="neutral">
          {t('events.badge.draft')}
        </Badge>,
      );
      break;
    case 'cancelled':
      badges.push(
        <Badge key="cancelled" variant="danger">
          {t('events.badge.cancelled')}
        </Badge>,
      );
      break;
    case 'published':
      if (seats.free === 0) {
        badges.push(
          <Badge key="full" variant="warning">
            {t('events.badge.full')}
          </Badge>,
        );
        if (registrationOpen) {
          badges.push(
            <Badge key="waiting" variant="info">
              {t('events.badge.waitingList')}
            </Badge>,
          );
        }
      }
      if (!registrationOpen) {
        badges.push(
          <Badge key="closed" variant="neutral">
            {t('events.badge.closed')}
          </Badge>,
        );
      }
      break;
    default: {
      const unhandled: never = status;
      return unhandled;
    }
  }
  if (viewer.confirmed > 0) {
    badges.push(
      <Badge key="registered" variant="success">
        {t('events.badge.registered', { count: viewer.confirmed })}
      </Badge>,
    );
  }
  if (viewer.waitlisted > 0) {
    badges.push(
      <Badge key="waitlisted" variant="info">
        {t('events.badge.waitlisted', { count: viewer.waitlisted })}
      </Badge>,
    );
  }
  if (badges.length === 0) return null;
  return <div className="app-event-badges">{badges}</div>;
}
