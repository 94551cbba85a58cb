import type { EventParticipant } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { useRecordAttendance } from '../api/record-attendance';

type AttendanceToggleProps = {
  eventId: string;
  participant: EventParticipant;
  onError: (error: unknown) => void;
};

/** "Anwesend" as a toggle button: pressed once the person is checked in. */
export function AttendanceToggle({ eventId, participant, onError }: AttendanceToggleProps) {
  const { t } = useTranslation();
  const record = useRecordAttendance(eventId);
  const isPresent = participant.attended === true;
  return (
    <Button
      variant={isPresent ? 'primary' : 'secondary'}
      size="small"
      icon={isPresent ? 'check' : undefined}
      aria-pressed={isPresent}
      aria-label={t('events.participants.checkInLabel', { name: participant.name })}
      disabled={record.isPending}
      onClick={() =>
        record.mutate({ registrationId: participant.id, attended: !isPresent }, { onError })
      }
    >
      {t('events.participants.present')}
    </Button>
  );
}
