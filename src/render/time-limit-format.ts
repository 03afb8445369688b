/**
 * A short rendering of a parsed 公开时限 for `explain` and `diff` output. Domain words without an
 * exact English equivalent (the event a rule waits for, 随… events) stay in Chinese.
 */
import type {
  AheadUnit,
  ParsedTimeLimit,
  Period,
  TimeLimitClause,
  TriggerKind,
} from '../core/cells/time-limit/types.js';
import type { Lang } from '../i18n/lang.js';
import { PUNCTUATION } from '../i18n/punctuation.js';

const TRIGGERS_EN: Readonly<Record<Exclude<TriggerKind, 'other'>, string>> = {
  形成或变更: 'creation or change',
  形成: 'creation',
  获取: 'receipt of the information',
  批准: 'approval',
  申请: 'receipt of the application',
  决定: 'the decision',
  分配结果确定: 'the allocation result',
  收到文件: 'receipt of the document',
};

const PERIODS_EN: Readonly<Record<Period, string>> = {
  年: 'year',
  半年: 'half-year',
  季度: 'quarter',
  月: 'month',
  周: 'week',
};

const AHEAD_ZH: Readonly<Record<AheadUnit, string>> = {
  工作日: '个工作日',
  日: '日',
  周: '周',
  月: '个月',
};
const AHEAD_EN: Readonly<Record<AheadUnit, string>> = {
  工作日: 'working day',
  日: 'day',
  周: 'week',
  月: 'month',
};

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const monthEn = (month: number): string => MONTHS_EN[month - 1] ?? String(month);

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

function zh(clause: TimeLimitClause): string {
  switch (clause.kind) {
    case 'days': {
      const amount = `${clause.days}${clause.unit === '工作日' ? '个工作日' : '日'}`;
      if (clause.qualifier === 'at-least') return `不少于${amount}`;
      if (clause.qualifier === 'for') return `持续${amount}`;
      const from = clause.trigger;
      return from ? `${amount}（自${from.kind === 'other' ? from.text : from.kind}）` : amount;
    }
    case 'immediate':
      return '实时';
    case 'prompt':
      return `${clause.condition ?? ''}及时`;
    case 'standing':
      return `${clause.term}公开${clause.dynamic ? '（动态调整）' : ''}`;
    case 'periodic':
      return `每${clause.every}至少${clause.times}次`;
    case 'deadline':
      return `每年${clause.month}月${clause.day}日前`;
    case 'with-event':
      return `随${clause.event}公开`;
    case 'ahead':
      return `提前${clause.amount}${AHEAD_ZH[clause.unit]}`;
  }
}

function en(clause: TimeLimitClause): string {
  switch (clause.kind) {
    case 'days': {
      const amount = plural(clause.days, clause.unit === '工作日' ? 'working day' : 'day');
      if (clause.qualifier === 'at-least') return `at least ${amount}`;
      if (clause.qualifier === 'for') return `for ${amount}`;
      const from = clause.trigger;
      if (!from) return `within ${amount}`;
      return `${amount} from ${from.kind === 'other' ? from.text : TRIGGERS_EN[from.kind]}`;
    }
    case 'immediate':
      return 'in real time';
    case 'prompt':
      return clause.condition === undefined ? 'promptly' : `promptly (${clause.condition})`;
    case 'standing': {
      const term = { 长期: 'long-term', 永久: 'permanently', 常年: 'all year round' }[clause.term];
      return `${term}${clause.dynamic ? ', kept up to date' : ''}`;
    }
    case 'periodic':
      return `at least ${plural(clause.times, 'time')} per ${PERIODS_EN[clause.every]}`;
    case 'deadline':
      return `by ${clause.day} ${monthEn(clause.month)} each year`;
    case 'with-event':
      return `together with ${clause.event}`;
    case 'ahead':
      return `${plural(clause.amount, AHEAD_EN[clause.unit])} in advance`;
  }
}

/** "20个工作日（自形成或变更）" / "20 working days from creation or change". */
export function formatTimeLimit(parsed: ParsedTimeLimit, lang: Lang): string {
  const render = lang === 'zh' ? zh : en;
  const clauses = parsed.clauses.map((clause) => {
    const text = render(clause);
    if (clause.scope === undefined) return text;
    return lang === 'zh' ? `${clause.scope}：${text}` : `${clause.scope}: ${text}`;
  });
  const joined = clauses.join(PUNCTUATION[lang].semicolon);
  if (!parsed.lawMayOverride) return joined;
  return lang === 'zh'
    ? `${joined}（法律法规另有规定的从其规定）`
    : `${joined} (unless laws or regulations provide otherwise)`;
}
