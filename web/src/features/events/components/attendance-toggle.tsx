import type { EventParticipant } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { useRecordAttendance } from '../api/record-attendance';

type AttendanceToggleProps = {
  eventId: string;
  participant: EventParticipant;
  onError: (error: unknown) => void;
};

/**
 * Check-in as a button whose label names what it does next ("Als anwesend markieren" /
 * "Anwesend – rückgängig"). The label changes with the state, so there is no aria-pressed.
 */
export function AttendanceToggle({ eventId, participant, onError }: AttendanceToggleProps) {
  const { t } = useTranslation();
  const record = useRecordAttendance(eventId);
  const isPresent = participant.attended === true;
  const action = isPresent
    ? t('events.participants.undoPresent')
    : t('events.participants.markPresent');
  return (
    <Button
      variant={isPresent ? 'primary' : 'secondary'}
      size="small"
      icon={isPresent ? 'check' : undefined}
      aria-label={t('events.participants.checkInLabel', { name: participant.name, action })}
      disabled={record.isPending}
      onClick={() =>
        record.mutate({ registrationId: participant.id, attended: !isPresent }, { onError })
      }
    >
      {action}
    </Button>
  );
}
