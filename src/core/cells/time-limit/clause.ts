/**
 * Recognisers for one clause of a 公开时限 (docs/data-model.md §3), tried in order on a part of the cell that
 * holds one rule. Each returns the clauses it finds, undefined when the words are not its own, or
 * [] when they are but make no sense. The caller fills in `text`.
 */
import type { AheadUnit, Period, TimeLimitClause, Trigger, TriggerKind } from './types.js';
import { parseSmallNumber } from '../text.js';

type Clause<K extends TimeLimitClause['kind']> = Extract<TimeLimitClause, { kind: K }>;

const NUMBER = String.raw`\d+|[一二两三四五六七八九十百]+`;
const DAYS = new RegExp(String.raw`(${NUMBER})个?(工作日|日|天)`, 'gu');
const AT_LEAST = /(?:不得少于|不少于|不低于|至少)$/u;
/** Words before a count that make it a length of time, not a deadline: "公示7个工作日". */
const DURATION = /(?:公示|公告|公示期|征求意见)$/u;

/** The kind of event a day count starts from, by the words that name it (order matters). */
const TRIGGER_WORDS: readonly [RegExp, TriggerKind][] = [
  [/分配结果/u, '分配结果确定'],
  [/申请/u, '申请'],
  [/收到.*文件/u, '收到文件'],
  [/批准|批复/u, '批准'],
  [/决定/u, '决定'],
  [/变更/u, '形成或变更'],
  [/获取/u, '获取'],
  [/形成|产生|制定|制作/u, '形成'],
];

function trigger(words: string): Trigger | undefined {
  const text = words
    .replace(/^(?:应当?|须)?(?:自|在|于|从)/u, '')
    .replace(/(?:之日起|之日后|之日|以后|之后|起|后|时)$/u, '')
    .replace(/个$/u, '') // "信息形成个20个工作日" (a typo in the source)
    .trim();
  if (text === '') return undefined;
  const kind = TRIGGER_WORDS.find(([words]) => words.test(text))?.[1] ?? 'other';
  return { kind, text };
}

/**
 * The words before a count: "批后公布应在规划批准后" is a scope (批后公布) and a trigger (规划批准);
 * "批前公示时间不得少于" is a scope with an at-least bound.
 */
function daysClause(before: string, days: number, unit: string, after: string): Clause<'days'> {
  const clause: Clause<'days'> = {
    kind: 'days',
    text: '',
    days,
    unit: unit === '工作日' ? '工作日' : '日',
    qualifier: 'within',
  };
  const bound = AT_LEAST.exec(before);
  if (bound) {
    clause.qualifier = 'at-least';
    const scope = before.slice(0, bound.index).replace(/(?:时间|期限|期)$/u, '');
    if (scope !== '') clause.scope = scope;
    return clause;
  }
  if (DURATION.test(before) && !/^(?:内|以内|之内)/u.test(after)) {
    clause.qualifier = 'for';
    return clause;
  }
  // "X应在Y后", "X在Y之日起": X is what the rule is about, Y the event. A bare 于 is left out
  // because it ends words (属于, 对于).
  const split = /(?:应当?|须)(?:在|自|于)?|在|自/u.exec(before);
  const scope = split && split.index > 0 ? before.slice(0, split.index) : '';
  let found = trigger(scope === '' ? before : before.slice(scope.length));
  let label = scope.replace(/^其中/u, '');
  // "其他相关信息20个工作日内": a bare noun before the count names what, not when.
  if (found?.kind === 'other' && label === '' && /(?:信息|事项|内容)$/u.test(found.text)) {
    label = found.text;
    found = undefined;
  }
  if (label !== '') clause.scope = label;
  if (found) clause.trigger = found;
  return clause;
}

/** Every "N个工作日" / "N日" in the part; the words between counts belong to the next one. */
function days(part: string): TimeLimitClause[] | undefined {
  const clauses: TimeLimitClause[] = [];
  let start = 0;
  for (const match of part.matchAll(DAYS)) {
    const count = parseSmallNumber(match[1] ?? '');
    if (count === undefined) continue;
    const end = match.index + match[0].length;
    const before = part.slice(start, match.index).replace(/^[，,、]/u, '');
    clauses.push(daysClause(before, count, match[2] ?? '', part.slice(end)));
    start = end;
  }
  return clauses.length > 0 ? clauses : undefined;
}

function deadline(part: string): TimeLimitClause[] | undefined {
  const match = /(\d{1,2})月(\d{1,2})日(?:前|之前|以前)/u.exec(part);
  if (!match) return undefined;
  const month = Number(match[1]);
  const day = Number(match[2]);
  // An impossible date claims the part anyway: its "40日" is no day count either.
  if (month < 1 || month > 12 || day < 1 || day > 31) return [];
  return [{ kind: 'deadline', text: '', month, day }];
}

const PERIODS: Readonly<Record<string, Period>> = {
  年: '年',
  半年: '半年',
  季度: '季度',
  季: '季度',
  月: '月',
  周: '周',
};
const PERIOD = '半年|年|季度|季|月|周';
const TIMES = String.raw`(\d+|[一两二三四五六])次`;
const PERIODIC = [
  // "半年至少更新1次", "每年更新一次"
  new RegExp(String.raw`每?(${PERIOD})(?:至少|不少于)?(?:更新|公开|发布)?(?:至少)?${TIMES}`, 'u'),
  // "至少1次/年", "至少1次/半年"
  new RegExp(String.raw`${TIMES}\s*[/／每](${PERIOD})`, 'u'),
];

function periodic(part: string): TimeLimitClause[] | undefined {
  const perPeriod = PERIODIC[0]?.exec(part);
  const perTimes = perPeriod ? undefined : PERIODIC[1]?.exec(part);
  const every = PERIODS[(perPeriod ? perPeriod[1] : perTimes?.[2]) ?? ''];
  const times = parseSmallNumber((perPeriod ? perPeriod[2] : perTimes?.[1]) ?? '');
  if (every && times !== undefined) return [{ kind: 'periodic', text: '', every, times }];
  // "每季度公开": once per period.
  const each = new RegExp(String.raw`每(${PERIOD})`, 'u').exec(part);
  const period = PERIODS[each?.[1] ?? ''];
  return period ? [{ kind: 'periodic', text: '', every: period, times: 1 }] : undefined;
}

function periodicWithCount(part: string): TimeLimitClause[] | undefined {
  return PERIODIC.some((pattern) => pattern.test(part)) ? periodic(part) : undefined;
}

function immediate(part: string): TimeLimitClause[] | undefined {
  return /实时|即时/u.test(part) ? [{ kind: 'immediate', text: '' }] : undefined;
}

function prompt(part: string): TimeLimitClause[] | undefined {
  const match = /及时|按实际|随时/u.exec(part);
  if (!match) return undefined;
  const clause: Clause<'prompt'> = { kind: 'prompt', text: '' };
  const condition = part.slice(0, match.index).trim();
  if (condition !== '') clause.condition = condition;
  return [clause];
}

function standing(part: string): TimeLimitClause[] | undefined {
  const match = /长期|永久|常年/u.exec(part);
  if (!match) return undefined;
  const term = match[0] === '永久' ? '永久' : match[0] === '常年' ? '常年' : '长期';
  return [{ kind: 'standing', text: '', term, dynamic: /动态/u.test(part) }];
}

function withEvent(part: string): TimeLimitClause[] | undefined {
  const together = /^随(.+?)(?:一并|同时|同步)?(?:公开|发布|公布)$/u.exec(part);
  // "在实地启动拟征收土地工作时，在村公示栏公开": at the moment of the event (the words after 时
  // name where, which is the channels' column). A count after it ("…时，10个工作日内") is days'.
  const at = together
    ? undefined
    : /^(?:在|于)(.+?)(?:之时|时)(?:.*?)(?:公开|发布|公布)$/u.exec(part);
  const event = together?.[1] ?? at?.[1];
  return event ? [{ kind: 'with-event', text: '', event }] : undefined;
}

const AHEAD_UNITS: Readonly<Record<string, AheadUnit>> = {
  工作日: '工作日',
  日: '日',
  天: '日',
  周: '周',
  星期: '周',
  月: '月',
};

/** "提前一周发通知邀请", "提前3个工作日通知": a lead time, read before days would take "3个工作日". */
const AHEAD = new RegExp(String.raw`提前(${NUMBER})个?(工作日|日|天|周|星期|月)`, 'u');

function ahead(part: string): TimeLimitClause[] | undefined {
  const match = AHEAD.exec(part);
  if (!match) return undefined;
  const amount = parseSmallNumber(match[1] ?? '');
  const unit = AHEAD_UNITS[match[2] ?? ''];
  return amount !== undefined && unit ? [{ kind: 'ahead', text: '', amount, unit }] : [];
}

/**
 * In order: a date contains "N日", a period contains "N次", a lead time contains "N日" too, and
 * days beat the "及时" after them.
 */
export const RECOGNISERS: readonly ((part: string) => TimeLimitClause[] | undefined)[] = [
  deadline,
  periodicWithCount,
  ahead,
  days,
  periodic,
  immediate,
  prompt,
  standing,
  withEvent,
];
