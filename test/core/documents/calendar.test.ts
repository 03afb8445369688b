/** Working days by the official calendar: holidays, 调休 make-up days, and years it does not know. */
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  addWorkingDays,
  calendarFromData,
  dayKind,
  dayNumber,
  workingDaysBetween,
} from '../../../src/core/documents/calendar.js';
import { officialCalendar } from '../../../src/io/official-calendar.js';

const calendar = officialCalendar();

describe('the bundled official calendar', () => {
  it('knows the years 2004 to at least 2026, and says where it comes from', () => {
    expect(calendar.firstYear).toBe(2004);
    expect(calendar.lastYear).toBeGreaterThanOrEqual(2026);
    expect(calendar.source).toMatch(/^chinese-days \d+\.\d+\.\d+$/u);
  });

  it('has 国庆 2026 as days off and the 调休 Saturday 2026-10-10 as a working day', () => {
    const working = (date: string) => dayKind(calendar, dayNumber(date) ?? 0).working;
    expect(working('2026-10-01')).toBe(false); // Thursday, 国庆
    expect(working('2026-09-25')).toBe(false); // Friday, 中秋
    expect(working('2026-10-10')).toBe(true); // Saturday, 调休
    expect(working('2026-10-11')).toBe(false); // an ordinary Sunday
    expect(working('2026-10-12')).toBe(true);
  });
});

describe('deadlines in working days', () => {
  it('runs across 中秋 and 国庆 2026', () => {
    // From Thursday 24 September: 25–27 中秋, 28–30 count, 1–7 October 国庆, 8 and 9 count.
    expect(addWorkingDays(calendar, '2026-09-24', 5)).toEqual({
      date: '2026-10-09',
      estimated: false,
    });
  });

  it('runs across 国庆 and 中秋 together (2025: 1–8 October) and counts the 调休 Saturday', () => {
    // 9 and 10 October count, Saturday 11 October is a make-up working day: the third.
    expect(addWorkingDays(calendar, '2025-09-30', 3).date).toBe('2025-10-11');
    expect(addWorkingDays(calendar, '2025-09-30', 4).date).toBe('2025-10-13');
  });

  it('counts a 调休 Saturday inside the period (2026-10-10)', () => {
    expect(addWorkingDays(calendar, '2026-10-08', 2).date).toBe('2026-10-10');
    expect(workingDaysBetween(calendar, '2026-09-30', '2026-10-12')).toEqual({
      count: 4,
      estimated: false,
    });
  });

  it('counts weekdays in a year the calendar does not know, and says it estimated', () => {
    // 2027's holidays are not in the data: 1 October 2027 (a Friday) counts as a working day.
    const counted = addWorkingDays(calendar, '2027-09-30', 3);
    expect(counted).toEqual({ date: '2027-10-05', estimated: true });
    expect(addWorkingDays(calendar, '2003-05-01', 1).estimated).toBe(true);
  });

  it('with 0 days (实时) gives the day itself, or the next working day after a holiday', () => {
    expect(addWorkingDays(calendar, '2026-09-29', 0).date).toBe('2026-09-29');
    expect(addWorkingDays(calendar, '2026-10-03', 0).date).toBe('2026-10-08');
  });

  it('calendar days ending on a day off move to the next working day', () => {
    expect(addCalendarDays(calendar, '2026-09-30', 5).date).toBe('2026-10-08');
    expect(addCalendarDays(calendar, '2026-09-01', 5).date).toBe('2026-09-07'); // Sun → Mon
    expect(addCalendarDays(calendar, '2026-09-01', 7).date).toBe('2026-09-08');
  });

  it('does not depend on the time zone of the machine', () => {
    const before = process.env.TZ;
    try {
      process.env.TZ = 'America/Los_Angeles';
      expect(addWorkingDays(calendar, '2026-09-24', 5).date).toBe('2026-10-09');
      process.env.TZ = 'Asia/Shanghai';
      expect(addWorkingDays(calendar, '2026-09-24', 5).date).toBe('2026-10-09');
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });
});

describe('calendarFromData', () => {
  it('refuses data of another shape', () => {
    expect(calendarFromData({ holidays: [] }, 'x')).toBeUndefined();
    expect(calendarFromData({ holidays: {}, workdays: {} }, 'x')).toBeUndefined();
  });

  it('a made-up calendar changes the count (the counting reads the data)', () => {
    const made = calendarFromData(
      { holidays: { '2030-01-02': 'x' }, workdays: { '2030-01-05': 'y' } },
      'test',
    );
    if (!made) throw new Error('no calendar');
    // Wed 2030-01-02 off, Sat 2030-01-05 on: from Tue 1st, 3 working days end on Saturday.
    expect(addWorkingDays(made, '2030-01-01', 3).date).toBe('2030-01-05');
  });
});
