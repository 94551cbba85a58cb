import { TZDate } from '@date-fns/tz';
import { germanZone } from './german-time';

// Apart from german-time.ts, so that only the pages that plan by wall-clock time load the zone
// library.

/**
 * Events are planned in German wall-clock time ("10:00 in Duisburg"): `2026-12-10T10:00` →
 * `2026-12-10T10:00:00+01:00`, with the summer or winter offset of that day. A time the clocks
 * skip in spring moves on by the hour skipped; the hour repeated in autumn is read as winter time.
 */
export function berlinLocalToIso(local: string): string {
  const [year, month, day] = local.slice(0, 10).split('-').map(Number);
  const [hour, minute] = (local.slice(11, 16) || '00:00').split(':').map(Number);
  const german = new TZDate(
    year ?? 0,
    (month ?? 1) - 1,
    day ?? 1,
    hour ?? 0,
    minute ?? 0,
    germanZone,
  );
  return german.toISOString().replace(/\.\d{3}/, '');
}

/** The instant a German calendar day begins, as stored timestamps are compared (UTC ISO). */
export function startOfGermanDay(day: string): string {
  return new Date(berlinLocalToIso(`${day}T00:00`)).toISOString();
}
