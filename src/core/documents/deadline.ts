/**
 * The publication deadline a catalog item's 公开时限 sets for a document filed under it, read with
 * the catalogs' own time-limit parser: N 工作日 counts working days by the official calendar, N 日
 * counts calendar days (a period ending on a day off ends on the next working day), 实时 means the
 * day of issue (or the next working day). 及时, 长期, yearly dates … set no count: no deadline.
 */
import { parseTimeLimit } from '../cells/time-limit/parse.js';
import {
  addCalendarDays,
  addWorkingDays,
  type CountedDate,
  type WorkCalendar,
} from './calendar.js';

export interface PublicationRule {
  /** The time limit as written in the catalog. */
  text: string;
  days: number;
  unit: '工作日' | '日';
}

/**
 * The rule a document is held to, or undefined when the limit sets no count. Of several counted
 * clauses ("处罚决定：7个工作日；其他：20个工作日") the longest is taken: the register does not say
 * which part a document falls under, and an office is not accused on a guess.
 */
export function publicationRule(timeLimit: string): PublicationRule | undefined {
  const parsed = parseTimeLimit(timeLimit);
  if (!parsed) return undefined;
  let rule: PublicationRule | undefined;
  for (const clause of parsed.clauses) {
    if (clause.kind === 'immediate' && rule === undefined) {
      rule = { text: timeLimit, days: 0, unit: '工作日' };
    } else if (clause.kind === 'days' && clause.qualifier === 'within') {
      const longer =
        rule === undefined ||
        lengthInDays(clause.days, clause.unit) > lengthInDays(rule.days, rule.unit);
      if (longer) rule = { text: timeLimit, days: clause.days, unit: clause.unit };
    }
  }
  return rule;
}

/** A rough common measure to pick the longer of two clauses only: 5 working days per 7 days. */
function lengthInDays(days: number, unit: '工作日' | '日'): number {
  return unit === '工作日' ? (days * 7) / 5 : days;
}

export function deadlineOf(
  calendar: WorkCalendar,
  start: string,
  rule: PublicationRule,
): CountedDate {
  return rule.unit === '工作日'
    ? addWorkingDays(calendar, start, rule.days)
    : addCalendarDays(calendar, start, rule.days);
}

/** 政策解读 within 3 working days of the policy's publication (seed item 14). */
export const INTERPRETATION_WORKING_DAYS = 3;
