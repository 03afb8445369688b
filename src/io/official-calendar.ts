/**
 * The official working-day calendar, from the `chinese-days` package's bundled data (holidays and
 * 调休 days per year, kept up to date from the State Council's notices; no network). Its data file
 * is read rather than its functions called: they decide weekends in the host's local time zone, so
 * west of UTC every date shifted by a day (measured: TZ=America/Los_Angeles).
 */
import { createRequire } from 'node:module';
import { calendarFromData, type WorkCalendar } from '../core/documents/calendar.js';
import { isRecord } from '../core/util/json.js';

let cached: WorkCalendar | undefined;

export function officialCalendar(): WorkCalendar {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const data: unknown = require('chinese-days/dist/chinese-days.json');
  const manifest: unknown = require('chinese-days/package.json');
  const version =
    isRecord(manifest) && typeof manifest.version === 'string' ? manifest.version : '';
  const calendar = calendarFromData(data, `chinese-days ${version}`.trim());
  if (!calendar) throw new Error('chinese-days/dist/chinese-days.json has an unexpected shape');
  cached = calendar;
  return calendar;
}
