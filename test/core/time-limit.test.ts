import { describe, expect, it } from 'vitest';
import { parseTimeLimit } from '../../src/core/cells/time-limit/parse.js';
import {
  TRIGGER_KINDS,
  type ParsedTimeLimit,
  type TimeLimitClause,
} from '../../src/core/cells/time-limit/types.js';

/** Parses and keeps the one clause a single-rule cell should give. */
function only(text: string): TimeLimitClause | undefined {
  const parsed = parseTimeLimit(text);
  expect(parsed?.clauses).toHaveLength(1);
  return parsed?.clauses[0];
}

/** The 条例 default and its wordings (docs/data-model.md §3): all 20 working days from 形成或变更. */
const DEFAULT_WORDINGS = [
  '信息形成或者变更之日起20个工作日内',
  '信息形成或变更之日起20个工作日内',
  '自该政府信息形成或者变更之日起20个工作日内及时公开',
  '自信息形成或者变更之日起20个工作日内予以公开',
  '信息形成或者变更之日起20个工作日内予以公开',
  '公开事项信息形成或变更之日起20个工作日内公开',
  '信息形成（变更）20个工作日内',
  '信息形成（变更）下发至本单位20个工作日内',
  '信息获取（形成变更）20个工作日内',
  '信息获取（形成、变更）20个工作日内',
  '信息形成或变更之日起20工作日内',
  '信息产生、变更之日起20个工作日内',
  '信息形成或者变更之日起 20 个工作日内',
  '信息形成或者变更之日起２０个工作日内',
  '信息形成或者变更之日起二十个工作日内',
  '\u00a0信息形成或者变更之日起20个工作日内\u3000',
  '信息形成或者變更之日起20個工作日內', // traditional-character mirror
];

describe('parseTimeLimit: day counts', () => {
  it.each(DEFAULT_WORDINGS)('%s', (text) => {
    expect(only(text)).toMatchObject({
      kind: 'days',
      days: 20,
      unit: '工作日',
      qualifier: 'within',
      trigger: { kind: '形成或变更' },
    });
  });

  it.each([
    ['20个工作日', 20, '工作日', undefined],
    ['20工作日', 20, '工作日', undefined],
    ['信息形成之日起20个工作日内', 20, '工作日', '形成'],
    ['信息形成之后20个工作日内', 20, '工作日', '形成'],
    ['信息形成20个工作日内公开', 20, '工作日', '形成'],
    ['信息形成个20个工作日内公开', 20, '工作日', '形成'], // stray 个 in the source
    ['信息形成或变更之日起3个工作日内', 3, '工作日', '形成或变更'],
    ['作出行政决定之日起7个工作日内', 7, '工作日', '决定'],
    ['行政处罚决定形成之日起20个工作日', 20, '工作日', '决定'],
    ['制定或获取信息之日起10个工作日内', 10, '工作日', '获取'],
    ['自制作或获取该信息之日起20个工作日内公开', 20, '工作日', '获取'],
    ['收到征地批准文件之日起10个工作日内公开', 10, '工作日', '收到文件'],
    ['自收到申请之日起20个工作日内公开', 20, '工作日', '申请'],
    ['分配结果确定后20个工作日内', 20, '工作日', '分配结果确定'],
    ['本级人民代表大会或其常务委员会批准后20日内', 20, '日', '批准'],
    ['人大会议批复后20日内', 20, '日', '批准'],
    ['本级政府财政部门批复后20日内', 20, '日', '批准'],
    ['关联规范性文件公开3个工作日内', 3, '工作日', 'other'],
    ['拟征收土地现状调查结束后5个工作日内', 5, '工作日', 'other'],
    ['十个工作日', 10, '工作日', undefined],
    ['15天内', 15, '日', undefined],
  ])('%s → %i %s from %s', (text, days, unit, trigger) => {
    const clause = only(text);
    expect(clause).toMatchObject({ kind: 'days', days, unit, qualifier: 'within' });
    expect(clause?.kind === 'days' ? clause.trigger?.kind : 'none').toBe(trigger);
  });

  it('keeps the words of an unnamed trigger', () => {
    expect(only('拟征收土地现状调查结束后5个工作日内')).toMatchObject({
      trigger: { kind: 'other', text: '拟征收土地现状调查结束' },
    });
    expect(only('信息形成或者变更之日起20个工作日内')).toMatchObject({
      trigger: { kind: '形成或变更', text: '信息形成或者变更' },
    });
  });

  it('reads at-least and lasting periods', () => {
    expect(only('批前公示时间不得少于30日')).toMatchObject({
      kind: 'days',
      days: 30,
      unit: '日',
      qualifier: 'at-least',
      scope: '批前公示',
    });
    expect(only('公示不少于30日')).toMatchObject({ qualifier: 'at-least', days: 30 });
    expect(only('征求意见期限不得少于30日')).toMatchObject({ scope: '征求意见', days: 30 });
    expect(
      parseTimeLimit('制定或获取信息之日起10个工作日内，公示7个工作日')?.clauses,
    ).toMatchObject([
      { kind: 'days', days: 10, qualifier: 'within', trigger: { kind: '获取' } },
      { kind: 'days', days: 7, qualifier: 'for' },
    ]);
  });
});

describe('parseTimeLimit: multi-part limits', () => {
  it('reads the numbered 城市综合执法 limit with scopes', () => {
    expect(
      parseTimeLimit('1.除处罚决定外其他内容：长期公开（动态调整）；2.处罚决定：20个工作日内。'),
    ).toEqual({
      clauses: [
        {
          kind: 'standing',
          term: '长期',
          dynamic: true,
          scope: '除处罚决定外其他内容',
          text: '1.除处罚决定外其他内容：长期公开（动态调整）',
        },
        {
          kind: 'days',
          days: 20,
          unit: '工作日',
          qualifier: 'within',
          scope: '处罚决定',
          text: '2.处罚决定：20个工作日内',
        },
      ],
      lawMayOverride: false,
      unparsed: [],
    } satisfies ParsedTimeLimit);
  });

  it.each([
    '1.除处罚决定外其他内容：长期公开（动态调整） 2.处罚决定：20个工作日内',
    '1、除处罚决定外其他内容:长期公开(动态调整);2、处罚决定:20个工作日内',
  ])('reads numbered parts however they are separated: %s', (text) => {
    expect(parseTimeLimit(text)?.clauses.map((clause) => clause.scope)).toEqual([
      '除处罚决定外其他内容',
      '处罚决定',
    ]);
  });

  it('reads an exception introduced by 其中', () => {
    expect(
      parseTimeLimit(
        '信息形成20个工作日内公开；其中行政许可、行政处罚事项应自作出行政决定之日起7个工作日内公示',
      )?.clauses,
    ).toMatchObject([
      { kind: 'days', days: 20, trigger: { kind: '形成' } },
      { kind: 'days', days: 7, scope: '行政许可、行政处罚事项', trigger: { kind: '决定' } },
    ]);
  });

  it('reads scopes written as "X在…" and a bare noun', () => {
    expect(
      parseTimeLimit('执法决定信息在决定作出之日起7个工作日内公开，其他相关信息20个工作日内公开')
        ?.clauses,
    ).toMatchObject([
      { days: 7, scope: '执法决定信息', trigger: { kind: '决定' } },
      { days: 20, scope: '其他相关信息' },
    ]);
    expect(
      parseTimeLimit('批前公示时间不得少于30日；批后公布应在规划批准后20个工作日内向社会公布')
        ?.clauses,
    ).toMatchObject([
      { qualifier: 'at-least', scope: '批前公示', days: 30 },
      { qualifier: 'within', scope: '批后公布', days: 20, trigger: { kind: '批准' } },
    ]);
  });

  it('reads a day count followed by 保持长期公开', () => {
    const parsed = parseTimeLimit(
      '信息产生、变更之日起20个工作日内公开，保持长期公开（相关政策法规另有规定的应从其规定）',
    );
    expect(parsed?.clauses.map((clause) => clause.kind)).toEqual(['days', 'standing']);
    expect(parsed?.lawMayOverride).toBe(true);
  });

  it('keeps a trigger written before a comma', () => {
    expect(only('自信息形成之日起，20个工作日内')).toMatchObject({ trigger: { kind: '形成' } });
  });

  it('lists the parts it could not read', () => {
    expect(parseTimeLimit('拟征收土地现状调查结束后5个工作日内，在村公示栏公开')?.unparsed).toEqual(
      ['在村公示栏公开'],
    );
    expect(
      parseTimeLimit(
        '属于主动公开范围的政府信息，应当自该政府信息形成或者变更之日起20个工作日内及时公开',
      ),
    ).toMatchObject({
      clauses: [{ days: 20, trigger: { kind: '形成或变更' } }],
      unparsed: ['属于主动公开范围的政府信息'],
    });
  });
});

describe('parseTimeLimit: the reservation clause', () => {
  it.each([
    '自形成或者变更之日起20个工作日内予以公开，法律法规另有规定的从其规定。',
    '信息形成或者变更之日起20个工作日内。法律、法规对政府信息公开的期限另有规定的，从其规定。',
    '自该信息形成或者变更之日起20个工作日内予以公开，法律法规另有规定的除外',
    '作出行政决定之日起7个工作日内，法律法规另有规定的从其规定',
  ])('%s', (text) => {
    const parsed = parseTimeLimit(text);
    expect(parsed).toMatchObject({ lawMayOverride: true, unparsed: [] });
    expect(parsed?.clauses).toHaveLength(1);
  });

  it('is false when the cell does not say it', () => {
    expect(parseTimeLimit('20个工作日')?.lawMayOverride).toBe(false);
  });

  it('alone is no time limit', () => {
    expect(parseTimeLimit('法律法规另有规定的从其规定')).toBeUndefined();
  });
});

describe('parseTimeLimit: event, period and date limits', () => {
  it.each([
    ['实时', { kind: 'immediate' }],
    ['实时公开', { kind: 'immediate' }],
    ['及时公开', { kind: 'prompt' }],
    ['按进展情况及时公开', { kind: 'prompt', condition: '按进展情况' }],
    ['重大决策作出后及时公开', { kind: 'prompt', condition: '重大决策作出后' }],
    ['按实际更新', { kind: 'prompt' }],
    ['长期', { kind: 'standing', term: '长期', dynamic: false }],
    ['长期公开（动态调整）', { kind: 'standing', term: '长期', dynamic: true }],
    ['永久公开', { kind: 'standing', term: '永久' }],
    ['常年公开', { kind: 'standing', term: '常年' }],
    ['半年至少更新1次', { kind: 'periodic', every: '半年', times: 1 }],
    ['至少1次/年', { kind: 'periodic', every: '年', times: 1 }],
    ['至少1次/半年', { kind: 'periodic', every: '半年', times: 1 }],
    ['每年更新一次', { kind: 'periodic', every: '年', times: 1 }],
    ['每季度公开', { kind: 'periodic', every: '季度', times: 1 }],
    ['每月至少更新2次', { kind: 'periodic', every: '月', times: 2 }],
    ['每年1月31日前', { kind: 'deadline', month: 1, day: 31 }],
    ['每年３月３１日前公开', { kind: 'deadline', month: 3, day: 31 }],
    ['随采购公告、采购文件公开', { kind: 'with-event', event: '采购公告、采购文件' }],
    // 自然资办函〔2019〕1105号's 拟征收土地告知: at the moment of the event, where is the channel.
    [
      '在实地启动拟征收土地工作时，在村公示栏公开',
      { kind: 'with-event', event: '实地启动拟征收土地工作' },
    ],
    ['于签订协议时公布', { kind: 'with-event', event: '签订协议' }],
    // 应急厅函〔2019〕390号's 重要会议: a lead time, not "within a week".
    ['提前一周发通知邀请', { kind: 'ahead', amount: 1, unit: '周' }],
    ['提前3天通知', { kind: 'ahead', amount: 3, unit: '日' }],
    ['提前5个工作日公告', { kind: 'ahead', amount: 5, unit: '工作日' }],
    ['会议召开前提前1个月发布', { kind: 'ahead', amount: 1, unit: '月' }],
  ])('%s', (text, expected) => {
    expect(only(text)).toMatchObject(expected);
  });

  it('leaves a count after an event to the day counts', () => {
    expect(only('在征地批准时，10个工作日内公开')).toMatchObject({ kind: 'days', days: 10 });
  });

  it('keeps the cleaned words of each clause', () => {
    expect(only('每年３月３１日前公开')?.text).toBe('每年3月31日前公开');
    expect(only('随采购公告、采购文件公开')?.text).toBe('随采购公告、采购文件公开');
  });
});

describe('parseTimeLimit: what it cannot read', () => {
  it.each(['同上', '按规定', '', '   ', '每年13月40日前', '〔〕（）()；；', 'garbage'])(
    '%j is undefined',
    (text) => {
      expect(parseTimeLimit(text)).toBeUndefined();
    },
  );

  it('names every trigger kind once', () => {
    expect(new Set(TRIGGER_KINDS).size).toBe(TRIGGER_KINDS.length);
  });
});
