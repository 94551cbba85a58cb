const offsetFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Berlin',
  timeZoneName: 'longOffset',
});

const wallClockFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Minutes Germany is ahead of UTC at an instant: 60 in winter, 120 in summer. */
function berlinOffsetMinutes(at: Date): number {
  const name = offsetFormat.formatToParts(at).find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  const hours = String(Math.floor(absolute / 60)).padStart(2, '0');
  return `${sign}${hours}:${String(absolute % 60).padStart(2, '0')}`;
}

/**
 * Events are planned in German wall-clock time ("10:00 in Duisburg"): `2026-12-10T10:00` →
 * `2026-12-10T10:00:00+01:00`, with the summer or winter offset of that day.
 */
export function berlinLocalToIso(local: string): string {
  const asIfUtc = new Date(`${local.slice(0, 16)}:00Z`).getTime();
  const guess = berlinOffsetMinutes(new Date(asIfUtc));
  const offset = berlinOffsetMinutes(new Date(asIfUtc - guess * 60_000));
  return `${local.slice(0, 16)}:00${formatOffset(offset)}`;
}

/** The German calendar day and time of an instant, as `{ date: 'YYYY-MM-DD', time: 'HH:mm' }`. */
export function berlinWallClock(at: Date): { date: string; time: string } {
  const parts = Object.fromEntries(
    wallClockFormat.formatToParts(at).map((part) => [part.type, part.value]),
  );
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
  };
}
