/** What a register rule sees. Rules are small named functions that report and never throw. */
import type { Reporter } from '../rules/context.js';
import type { JsonPath } from '../diagnostics/index.js';
import type { CountedDate, WorkCalendar } from './calendar.js';
import type { RawRegister } from './types.js';

/** The region's effective catalog as the item rules need it. */
export interface CatalogLookup {
  /** The region's name, for messages. */
  region: string;
  /** The item's 公开时限, or undefined when the item has none; null when there is no such item. */
  timeLimitOf(domain: string, id: string): string | undefined | null;
  /** Every "domain/id" of the effective catalogs, for suggestions. */
  itemKeys(): string[];
  /** The domain's catalog could not be read (here or above): its items are unknown, not missing. */
  unread(domain: string): boolean;
}

export interface RegisterContext extends Reporter {
  register: RawRegister;
  calendar: WorkCalendar;
  /** Today's date (YYYY-MM-DD), injected so that output is reproducible. */
  today: string;
}

export interface RegisterItemContext extends RegisterContext {
  catalog: CatalogLookup;
}

export type RegisterRule = (ctx: RegisterContext) => void;
export type RegisterItemRule = (ctx: RegisterItemContext) => void;

/** Says so (once per field) when a counted date ran through a year the calendar does not know. */
export function noteEstimate(ctx: RegisterContext, counted: CountedDate, path: JsonPath): void {
  if (!counted.estimated) return;
  const { firstYear: first, lastYear: last, source } = ctx.calendar;
  ctx.report('document-calendar-unknown', { date: counted.date, first, last, source }, path);
}
