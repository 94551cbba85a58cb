export type SeatCandidate = { id: string; organizationId: string };

export type SeatState = {
  capacity: number;
  seatLimitPerOrganization: number | null;
  /** Confirmed seats per organisation right now. */
  confirmedByOrganization: ReadonlyMap<string, number>;
};

/**
 * Which candidates get a seat, first come first served: each in turn while seats are free,
 * unless its organisation has reached its seat limit — then it waits and keeps its place, and
 * the seat goes to the next candidate. New registrations and the waiting list both go through
 * here, so allocation and promotion cannot disagree.
 */
export function grantSeats(state: SeatState, candidates: readonly SeatCandidate[]): Set<string> {
  const byOrganization = new Map(state.confirmedByOrganization);
  let free = state.capacity - sum(byOrganization.values());
  const granted = new Set<string>();
  for (const candidate of candidates) {
    if (free <= 0) break;
    const held = byOrganization.get(candidate.organizationId) ?? 0;
    if (state.seatLimitPerOrganization !== null && held >= state.seatLimitPerOrganization) {
      continue;
    }
    granted.add(candidate.id);
    byOrganization.set(candidate.organizationId, held + 1);
    free -= 1;
  }
  return granted;
}

function sum(values: Iterable<number>): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}
