/**
 * Working days by the official calendar (国务院办公厅 annual holiday notices): weekends are days
 * off, statutory holidays are days off even on weekdays, and 调休 make-up days are working days even
 * on weekends. The dates come from a kept library's bundled data (src/io/official-calendar.ts); this
 * module only counts, in UTC day numbers, so that the host's time zone cannot shift a date.
 */
import { isRecord } from '../util/json.js';

export interface WorkCalendar {
  /** Weekday dates (YYYY-MM-DD) that are statutory days off. */
  holidays: ReadonlySet<string>;
  /** Weekend dates that are 调休 working days. */
  workdays: ReadonlySet<string>;
  /** The years the data covers: outside them only weekends are known. */
  years: ReadonlySet<number>;
  firstYear: number;
  lastYear: number;
  /** Where the data comes from, for messages and docs: "chinese-days 1.5.7". */
  source: string;
}

const DAY_MS = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** Day number since 1970-01-01 of a YYYY-MM-DD date, or undefined when it is not one. */
export function dayNumber(date: string): number | undefined {
  const match = DATE.exec(date);
  if (!match) return undefined;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(time) ? undefined : time / DAY_MS;
}

export function dateOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return (dayNumber(to) ?? 0) - (dayNumber(from) ?? 0);
}

/** Builds the calendar from the library's data: `{holidays: {date: name}, workdays: {date: name}}`. */
export function calendarFromData(data: unknown, source: string): WorkCalendar | undefined {
  if (!isRecord(data) || !isRecord(data.holidays) || !isRecord(data.workdays)) return undefined;
  const holidays = new Set(Object.keys(data.holidays));
  const workdays = new Set(Object.keys(data.workdays));
  const years = new Set([...holidays].map((date) => Number(date.slice(0, 4))));
  if (years.size === 0) return undefined;
  return {
    holidays,
    workdays,
    years,
    firstYear: Math.min(...years),
    lastYear: Math.max(...years),
    source,
  };
}

export interface DayKind {
  working: boolean;
  /** False when the year is outside the calendar: then only the weekday decided. */
  known: boolean;
}

export function dayKind(calendar: WorkCalendar, day: number): DayKind {
  const date = dateOf(day);
  const known = calendar.years.has(Number(date.slice(0, 4)));
  // 1970-01-01 was a Thursday: day 0 has weekday 4 (0 = Sunday).
  const weekday = (((day + 4) % 7) + 7) % 7;
  const weekend = weekday === 0 || weekday === 6;
  if (!known) return { working: !weekend, known };
  if (calendar.workdays.has(date)) return { working: true, known };
  return { working: !weekend && !calendar.holidays.has(date), known };
}

/** A date computed from the calendar; `estimated` when a day on the way lay outside its years. */
export interface CountedDate {
  date: string;
  estimated: boolean;
}

/**
 * The `count`-th working day after `start` (the start day itself is not counted, as for 期间 in
 * law); with count 0, `start` itself when it is a working day, else the next working day.
 */
export function addWorkingDays(calendar: WorkCalendar, start: string, count: number): CountedDate {
  let day = dayNumber(start) ?? 0;
  let estimated = false;
  const nextIsWorking = (): boolean => {
    day += 1;
    const kind = dayKind(calendar, day);
    if (!kind.known) estimated = true;
    return kind.working;
  };
  if (count === 0) {
    day -= 1;
    while (!nextIsWorking());
  } else {
    for (let left = count; left > 0;) if (nextIsWorking()) left -= 1;
  }
  return { date: dateOf(day), estimated };
}

/**
 * `count` calendar days after `start`; a period whose last day is a day off ends on the next
 * working day instead (民法典 第二百零三条).
 */
export function addCalendarDays(calendar: WorkCalendar, start: string, count: number): CountedDate {
  const end = dateOf((dayNumber(start) ?? 0) + count);
  return addWorkingDays(calendar, end, 0);
}

/** Working days after `from` up to and including `to` (0 when `to` is not later). */
export function workingDaysBetween(
  calendar: WorkCalendar,
  from: string,
  to: string,
): { count: number; estimated: boolean } {
  const last = dayNumber(to) ?? 0;
  let count = 0;
  let estimated = false;
  for (let day = (dayNumber(from) ?? 0) + 1; day <= last; day += 1) {
    const kind = dayKind(calendar, day);
    if (!kind.known) estimated = true;
    if (kind.working) count += 1;
  }
  return { count, estimated };
}
