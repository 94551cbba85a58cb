import { type DeadlineRule, employmentEndedReportDeadline, stageDeadlines } from '@itc/shared';
import { describe, expect, it } from 'vitest';
import { addCalendarMonths, daysBetween } from './calendar-days';
import { computeDueDate } from './due-date';
import { isNrwHoliday } from './nrw-holidays';
import { addWorkingDays, isWorkingDay, onOrAfterWorkingDay } from './working-days';

describe('NRW public holidays', () => {
  it('knows the NRW holidays and none of the other states’', () => {
    for (const day of ['2026-06-04', '2026-11-01', '2026-10-03', '2026-12-26', '2027-03-26']) {
      expect(isNrwHoliday(day), day).toBe(true);
    }
    // Reformation Day and Repentance Day are holidays elsewhere in Germany, not in NRW.
    for (const day of ['2026-10-31', '2026-11-18', '2026-06-05']) {
      expect(isNrwHoliday(day), day).toBe(false);
    }
  });
});

describe('working days', () => {
  it('skips weekends', () => {
    expect(addWorkingDays('2026-06-12', 1)).toBe('2026-06-15'); // Friday → Monday
    expect(addWorkingDays('2026-06-13', 1)).toBe('2026-06-15'); // Saturday → Monday
    expect(addWorkingDays('2026-06-08', 5)).toBe('2026-06-15');
  });

  it('skips Corpus Christi (Fronleichnam) and All Saints’ Day (Allerheiligen)', () => {
    expect(isWorkingDay('2026-06-04')).toBe(false);
    expect(addWorkingDays('2026-06-03', 1)).toBe('2026-06-05');
    expect(addWorkingDays('2026-06-01', 5)).toBe('2026-06-09');
    // 1 November 2027 is a Monday.
    expect(addWorkingDays('2027-10-29', 1)).toBe('2027-11-02');
  });

  it('moves a day off a weekend or holiday, leaves a working day alone', () => {
    expect(onOrAfterWorkingDay('2026-06-03')).toBe('2026-06-03');
    expect(onOrAfterWorkingDay('2026-06-04')).toBe('2026-06-05');
    expect(onOrAfterWorkingDay('2026-12-25')).toBe('2026-12-28');
  });
});

describe('month arithmetic (§ 188 BGB)', () => {
  it('ends on the same day number, or the last day of a shorter month', () => {
    expect(addCalendarMonths('2026-03-15', 2)).toBe('2026-05-15');
    expect(addCalendarMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addCalendarMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addCalendarMonths('2026-12-31', 2)).toBe('2027-02-28');
    expect(addCalendarMonths('2026-11-30', 3)).toBe('2027-02-28');
  });

  it('counts whole days either way', () => {
    expect(daysBetween('2026-11-25', '2026-12-02')).toBe(7);
    expect(daysBetween('2026-12-02', '2026-11-25')).toBe(-7);
    // Across the change to winter time.
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
  });
});

describe('stage due dates', () => {
  it('gives recognition two months, ending on a working day', () => {
    expect(computeDueDate(stageDeadlines.recognition_pending, '2026-03-16')).toBe('2026-05-18');
    // 31 August + 2 months = Saturday 31 October; Sunday 1 November is a holiday anyway.
    expect(computeDueDate(stageDeadlines.recognition_pending, '2026-08-31')).toBe('2026-11-02');
  });

  it('deems the BA’s consent given after one week, after Corpus Christi if it falls on it', () => {
    expect(computeDueDate(stageDeadlines.ba_consent_pending, '2026-05-27')).toBe('2026-06-03');
    expect(computeDueDate(stageDeadlines.ba_consent_pending, '2026-05-28')).toBe('2026-06-05');
  });

  it('gives three weeks for the visa appointment and for the decision', () => {
    expect(computeDueDate(stageDeadlines.pre_approval_issued, '2026-11-25')).toBe('2026-12-16');
    expect(computeDueDate(stageDeadlines.visa_appointment_booked, '2026-12-07')).toBe('2026-12-28');
  });

  it('gives the employer 14 days for requested documents, past Christmas', () => {
    expect(computeDueDate(stageDeadlines.documents_requested, '2026-11-25')).toBe('2026-12-09');
    expect(computeDueDate(stageDeadlines.documents_requested, '2026-12-11')).toBe('2026-12-28');
  });

  it('gives four weeks to report the end of employment', () => {
    expect(computeDueDate(employmentEndedReportDeadline, '2027-02-01')).toBe('2027-03-01');
    // Four weeks from 1 March 2027 end on Easter Monday.
    expect(computeDueDate(employmentEndedReportDeadline, '2027-03-01')).toBe('2027-03-30');
  });

  it('counts working days when a rule says so', () => {
    const rule: DeadlineRule = {
      ...stageDeadlines.documents_requested,
      amount: 10,
      unit: 'business_days',
    };
    // Ten working days from Friday 29 May 2026, Corpus Christi (4 June) not counted.
    expect(computeDueDate(rule, '2026-05-29')).toBe('2026-06-15');
  });
});
