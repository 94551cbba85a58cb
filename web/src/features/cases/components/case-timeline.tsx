import type { CaseEvent } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import { useStageLabel } from './case-stage';

/** Who moved the case when, from which stage to which (or what they reported), with the note. */
export function CaseTimeline({ events }: { events: CaseEvent[] }) {
  const { t } = useTranslation();
  const stageLabel = useStageLabel();

  const eventTitle = (event: CaseEvent): string => {
    switch (event.kind) {
      case 'status_changed':
        return event.fromStatus
          ? t('cases.detail.fromTo', {
              from: stageLabel(event.fromStatus),
              to: stageLabel(event.toStatus),
            })
          : stageLabel(event.toStatus);
      // The status stays on this event, so "from → to" would say nothing.
      case 'employment_ended':
        return t('cases.employmentEnded.timelineTitle');
      default: {
        const unhandled: never = event.kind;
        return unhandled;
      }
    }
  };

  return (
    <section className="kern-stack" aria-labelledby="case-timeline-heading">
      <h2 className="kern-heading-medium" id="case-timeline-heading">
        {t('cases.detail.timelineHeading')}
      </h2>
      {events.length === 0 ? (
        <p className="kern-body">{t('cases.detail.noTimeline')}</p>
      ) : (
        <ol className="app-plain-list kern-stack">
          {events.map((event) => (
            <li key={event.id} className="kern-stack-xs">
              <p className="kern-body">
                <strong>{eventTitle(event)}</strong>
              </p>
              <p className="kern-body kern-body--small">
                <time dateTime={event.createdAt}>{formatDateTime(event.createdAt)}</time> ·{' '}
                {t('cases.detail.actor', {
                  name: event.actor.name,
                  organization: event.actor.organizationName,
                })}
              </p>
              {event.note ? <p className="kern-body">{event.note}</p> : null}
              {event.details.reason ? <p className="kern-body">{event.details.reason}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
