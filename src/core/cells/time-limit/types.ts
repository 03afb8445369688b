/**
 * The shape of a parsed 公开时限 (docs/data-model.md), shared by the parser, its clause recognisers,
 * the comparison and the display text, so that none of them imports another for its types.
 */
/** 工作日 (working days) and 日 (calendar days) are never converted into each other. */
export type TimeUnit = '工作日' | '日';

/** The event a day count runs from. `other` keeps the words in `Trigger.text`. */
export const TRIGGER_KINDS = [
  '形成或变更',
  '形成',
  '获取',
  '批准',
  '申请',
  '决定',
  '分配结果确定',
  '收到文件',
  'other',
] as const;
export type TriggerKind = (typeof TRIGGER_KINDS)[number];

export interface Trigger {
  kind: TriggerKind;
  /** The words as written, without 自/之日起: "信息形成或者变更". */
  text: string;
}

export type Period = '年' | '半年' | '季度' | '月' | '周';

interface ClauseBase {
  /** The part of the cell this clause was read from, cleaned (ASCII digits, no stray spaces). */
  text: string;
  /** What the clause applies to: "处罚决定", "行政许可、行政处罚事项", "批前公示". */
  scope?: string;
}

export type TimeLimitClause = ClauseBase &
  (
    | {
        kind: 'days';
        days: number;
        unit: TimeUnit;
        /** within N days (内), at least N days (公示不少于30日), or lasting N days (公示7个工作日). */
        qualifier: 'within' | 'at-least' | 'for';
        trigger?: Trigger;
      }
    /** 实时. */
    | { kind: 'immediate' }
    /** 及时, with what it waits for: "按进展情况", "重大决策作出后". */
    | { kind: 'prompt'; condition?: string }
    /** 长期 / 永久 / 常年公开; `dynamic` for "（动态调整）". */
    | { kind: 'standing'; term: '长期' | '永久' | '常年'; dynamic: boolean }
    /** At least `times` updates per period: "半年至少更新1次". */
    | { kind: 'periodic'; every: Period; times: number }
    /** A yearly date: "每年1月31日前". */
    | { kind: 'deadline'; month: number; day: number }
    /** Published together with something else: "随采购公告、采购文件公开", "在实地启动…工作时…公开". */
    | { kind: 'with-event'; event: string }
    /** Notice given ahead of the event it announces: "提前一周发通知邀请" (a meeting). */
    | { kind: 'ahead'; amount: number; unit: AheadUnit }
  );

/** The units of a lead time: "提前3个工作日", "提前一周", "提前1个月". */
export type AheadUnit = '工作日' | '日' | '周' | '月';

export interface ParsedTimeLimit {
  clauses: TimeLimitClause[];
  /** "法律法规另有规定的从其规定": a law may set another limit. */
  lawMayOverride: boolean;
  /** Parts of the cell no clause was read from ("在村公示栏公开"). */
  unparsed: string[];
}
