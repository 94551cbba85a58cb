import { describe, expect, it } from 'vitest';
import { grantSeats, type SeatCandidate } from './grant-seats.service';

const candidates = (...specs: [string, string][]): SeatCandidate[] =>
  specs.map(([id, organizationId]) => ({ id, organizationId }));

describe('seat allocation', () => {
  it('confirms while seats are free and lets the rest wait', () => {
    const granted = grantSeats(
      { capacity: 3, seatLimitPerOrganization: null, confirmedByOrganization: new Map([['a', 1]]) },
      candidates(['1', 'a'], ['2', 'b'], ['3', 'b']),
    );
    expect([...granted]).toEqual(['1', '2']);
  });

  it('grants nothing when the event is full, or overbooked after a capacity cut', () => {
    for (const confirmed of [3, 5]) {
      const state = {
        capacity: 3,
        seatLimitPerOrganization: null,
        confirmedByOrganization: new Map([['a', confirmed]]),
      };
      expect(grantSeats(state, candidates(['1', 'b'])).size).toBe(0);
    }
  });

  it('waitlists attendees beyond the seat limit of their organisation, even with free seats', () => {
    const granted = grantSeats(
      { capacity: 10, seatLimitPerOrganization: 2, confirmedByOrganization: new Map([['a', 1]]) },
      candidates(['1', 'a'], ['2', 'a'], ['3', 'b'], ['4', 'b'], ['5', 'b']),
    );
    expect([...granted]).toEqual(['1', '3', '4']);
  });
});

describe('promotion from the waiting list', () => {
  it('promotes strictly in waiting order, as many as seats became free', () => {
    const waiting = candidates(['w1', 'a'], ['w2', 'b'], ['w3', 'c'], ['w4', 'a']);
    const state = {
      capacity: 5,
      seatLimitPerOrganization: null,
      confirmedByOrganization: new Map([['x', 3]]),
    };
    expect([...grantSeats(state, waiting)]).toEqual(['w1', 'w2']);
  });

  it('skips a waiting attendee whose organisation is at its limit, who keeps the place', () => {
    const waiting = candidates(['w1', 'a'], ['w2', 'b'], ['w3', 'a']);
    const state = {
      capacity: 4,
      seatLimitPerOrganization: 2,
      confirmedByOrganization: new Map([
        ['a', 2],
        ['b', 1],
      ]),
    };
    expect([...grantSeats(state, waiting)]).toEqual(['w2']);
  });
});
