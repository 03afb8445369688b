/**
 * Comparing a local 公开时限 with the national one, for `gkml diff`: is the local limit the same,
 * shorter (stricter) or longer (laxer)? Only like with like is compared; everything else is
 * `incomparable` with the reason, so that a reviewer looks instead of a rule guessing.
 */
import type { AheadUnit, ParsedTimeLimit, Period, TimeLimitClause } from './types.js';

export type IncomparableReason =
  /** 工作日 against 日: converting would need a calendar of holidays, so we never do. */
  | 'unit'
  /** Different kinds of rule (a day count against 长期公开). */
  | 'kind'
  /** "within N days" against "at least N days". */
  | 'qualifier'
  /** 及时 against a number: 及时 sets no measurable bound. */
  | 'vague'
  /** Two different events (随采购公告 against 随合同). */
  | 'event'
  | 'missing-local'
  | 'missing-national';

export type TimeLimitComparison =
  { kind: 'same' | 'shorter' | 'longer' } | { kind: 'incomparable'; reason: IncomparableReason };

/** Calendar days per unit of a lead time; 工作日 are only compared with 工作日. */
const AHEAD_DAYS: Readonly<Record<AheadUnit, number>> = { 工作日: 1, 日: 1, 周: 7, 月: 30.44 };

/**
 * The clause that states the item's deadline: the first "within N days" clause if there is one
 * (a trailing "保持长期公开" or a 公示 period is secondary), else the first clause.
 */
function primary(limit: ParsedTimeLimit): TimeLimitClause | undefined {
  return (
    limit.clauses.find((clause) => clause.kind === 'days' && clause.qualifier === 'within') ??
    limit.clauses[0]
  );
}

function order(local: number, national: number): TimeLimitComparison {
  if (local === national) return { kind: 'same' };
  return { kind: local < national ? 'shorter' : 'longer' };
}

/** Average length of a period in days, to compare update frequencies (not deadlines). */
const PERIOD_DAYS: Readonly<Record<Period, number>> = {
  周: 7,
  月: 30.44,
  季度: 91.31,
  半年: 182.62,
  年: 365.25,
};

/**
 * Compares the primary clauses. Decisions: 实时 is shorter than any other delay (及时, a day
 * count, a date); 及时 against a day count is incomparable ('vague'), because claiming it is
 * shorter would hide a local catalog that dropped a hard national deadline; triggers are not
 * compared (the same event has many wordings); a periodic rule is shorter when it updates more
 * often; a date is shorter when it comes earlier in the year.
 */
export function compareTimeLimits(
  local: ParsedTimeLimit | undefined,
  national: ParsedTimeLimit | undefined,
): TimeLimitComparison {
  const mine = local && primary(local);
  const theirs = national && primary(national);
  if (!mine) return { kind: 'incomparable', reason: 'missing-local' };
  if (!theirs) return { kind: 'incomparable', reason: 'missing-national' };
  if (mine.kind === 'immediate' || theirs.kind === 'immediate') {
    if (mine.kind === theirs.kind) return { kind: 'same' };
    const delays = ['immediate', 'prompt', 'days', 'deadline', 'with-event'];
    if (!delays.includes(mine.kind) || !delays.includes(theirs.kind)) {
      return { kind: 'incomparable', reason: 'kind' };
    }
    return { kind: mine.kind === 'immediate' ? 'shorter' : 'longer' };
  }
  if (mine.kind === 'days' && theirs.kind === 'days') {
    if (mine.qualifier !== theirs.qualifier) return { kind: 'incomparable', reason: 'qualifier' };
    if (mine.unit !== theirs.unit) return { kind: 'incomparable', reason: 'unit' };
    return order(mine.days, theirs.days);
  }
  if (mine.kind === 'periodic' && theirs.kind === 'periodic') {
    return order(PERIOD_DAYS[mine.every] / mine.times, PERIOD_DAYS[theirs.every] / theirs.times);
  }
  if (mine.kind === 'deadline' && theirs.kind === 'deadline') {
    return order(mine.month * 100 + mine.day, theirs.month * 100 + theirs.day);
  }
  if (mine.kind === 'ahead' && theirs.kind === 'ahead') {
    // More notice is stricter: the local limit is "shorter" when it announces earlier.
    const mineDays = AHEAD_DAYS[mine.unit];
    const theirDays = AHEAD_DAYS[theirs.unit];
    if ((mine.unit === '工作日') !== (theirs.unit === '工作日')) {
      return { kind: 'incomparable', reason: 'unit' };
    }
    return order(theirs.amount * theirDays, mine.amount * mineDays);
  }
  if (mine.kind === 'with-event' && theirs.kind === 'with-event') {
    return mine.event === theirs.event
      ? { kind: 'same' }
      : { kind: 'incomparable', reason: 'event' };
  }
  if (mine.kind === theirs.kind) return { kind: 'same' }; // prompt, standing
  const vague = (clause: TimeLimitClause): boolean => clause.kind === 'prompt';
  if (vague(mine) !== vague(theirs)) return { kind: 'incomparable', reason: 'vague' };
  return { kind: 'incomparable', reason: 'kind' };
}
