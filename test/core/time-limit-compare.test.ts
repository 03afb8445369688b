import { describe, expect, it } from 'vitest';
import { compareTimeLimits } from '../../src/core/cells/time-limit/compare.js';
import { parseTimeLimit } from '../../src/core/cells/time-limit/parse.js';
import { formatTimeLimit } from '../../src/render/time-limit-format.js';

const compare = (local: string, national: string): ReturnType<typeof compareTimeLimits> =>
  compareTimeLimits(parseTimeLimit(local), parseTimeLimit(national));

const NATIONAL = '信息形成或者变更之日起20个工作日内';

describe('compareTimeLimits', () => {
  it.each([
    ['信息形成或变更之日起20个工作日内公开', NATIONAL, 'same'],
    ['20工作日', NATIONAL, 'same'], // triggers are not compared
    ['信息获取（形成变更）20个工作日内', NATIONAL, 'same'],
    ['信息形成或变更之日起3个工作日内', NATIONAL, 'shorter'],
    ['制定或获取信息之日起10个工作日内', '制定或获取信息之日起10个工作日内，公示7个工作日', 'same'],
    ['30个工作日', NATIONAL, 'longer'],
    ['实时公开', NATIONAL, 'shorter'],
    ['实时公开', '及时公开', 'shorter'],
    ['及时公开', '实时', 'longer'],
    ['实时', '实时公开', 'same'],
    ['及时公开', '按进展情况及时公开', 'same'],
    ['长期', '长期公开（动态调整）', 'same'],
    ['每季度公开', '半年至少更新1次', 'shorter'],
    ['至少1次/年', '半年至少更新1次', 'longer'],
    ['每年2月底前', '每年1月31日前', 'incomparable'],
    ['每年1月15日前', '每年1月31日前', 'shorter'],
    ['随采购公告、采购文件公开', '随采购公告、采购文件公开', 'same'],
    ['批前公示时间不得少于30日', '公示不少于30日', 'same'],
    ['提前7天发通知', '提前一周发通知邀请', 'same'],
    ['提前2周发通知', '提前一周发通知邀请', 'shorter'],
    ['提前3天发通知', '提前一周发通知邀请', 'longer'],
  ])('%s against %s: %s', (local, national, kind) => {
    expect(compare(local, national).kind).toBe(kind);
  });

  it('compares the main deadline of a multi-part limit', () => {
    expect(
      compare(
        '信息形成20个工作日内公开；其中行政许可、行政处罚事项应自作出行政决定之日起7个工作日内公示',
        NATIONAL,
      ),
    ).toEqual({ kind: 'same' });
    expect(
      compare(
        '1.除处罚决定外其他内容：长期公开（动态调整）；2.处罚决定：10个工作日内',
        '1.除处罚决定外其他内容：长期公开（动态调整）；2.处罚决定：20个工作日内',
      ),
    ).toEqual({ kind: 'shorter' });
  });

  it.each([
    ['本级人民代表大会或其常务委员会批准后20日内', NATIONAL, 'unit'],
    ['20个工作日', '人大会议批复后20日内', 'unit'],
    ['及时公开', NATIONAL, 'vague'],
    [NATIONAL, '按进展情况及时公开', 'vague'],
    ['长期', NATIONAL, 'kind'],
    ['实时', '长期', 'kind'],
    ['半年至少更新1次', '每年1月31日前', 'kind'],
    ['公示不少于30日', '30日内', 'qualifier'],
    ['随采购公告公开', '随合同公开', 'event'],
    ['提前3个工作日通知', '提前一周发通知邀请', 'unit'],
    ['提前一周发通知邀请', NATIONAL, 'kind'],
    ['同上', NATIONAL, 'missing-local'],
    [NATIONAL, '按规定', 'missing-national'],
  ])('%s against %s is incomparable (%s)', (local, national, reason) => {
    expect(compare(local, national)).toEqual({ kind: 'incomparable', reason });
  });

  it('reports a missing side first for the local catalog', () => {
    expect(compareTimeLimits(undefined, undefined)).toEqual({
      kind: 'incomparable',
      reason: 'missing-local',
    });
  });
});

describe('formatTimeLimit', () => {
  const format = (text: string, lang: 'zh' | 'en'): string | undefined => {
    const parsed = parseTimeLimit(text);
    return parsed && formatTimeLimit(parsed, lang);
  };

  it.each([
    [NATIONAL, '20个工作日（自形成或变更）', '20 working days from creation or change'],
    ['20个工作日', '20个工作日', 'within 20 working days'],
    ['1个工作日', '1个工作日', 'within 1 working day'],
    ['人大会议批复后20日内', '20日（自批准）', '20 days from approval'],
    [
      '拟征收土地现状调查结束后5个工作日内',
      '5个工作日（自拟征收土地现状调查结束）',
      '5 working days from 拟征收土地现状调查结束',
    ],
    ['公示不少于30日', '公示：不少于30日', '公示: at least 30 days'],
    ['实时', '实时', 'in real time'],
    ['按进展情况及时公开', '按进展情况及时', 'promptly (按进展情况)'],
    ['长期公开（动态调整）', '长期公开（动态调整）', 'long-term, kept up to date'],
    ['永久公开', '永久公开', 'permanently'],
    ['半年至少更新1次', '每半年至少1次', 'at least 1 time per half-year'],
    ['每月至少更新2次', '每月至少2次', 'at least 2 times per month'],
    ['每年1月31日前', '每年1月31日前', 'by 31 January each year'],
    ['随采购公告、采购文件公开', '随采购公告、采购文件公开', 'together with 采购公告、采购文件'],
    ['提前一周发通知邀请', '提前1周', '1 week in advance'],
    ['提前5个工作日公告', '提前5个工作日', '5 working days in advance'],
    [
      '1.除处罚决定外其他内容：长期公开（动态调整）；2.处罚决定：20个工作日内。',
      '除处罚决定外其他内容：长期公开（动态调整）；处罚决定：20个工作日',
      '除处罚决定外其他内容: long-term, kept up to date; 处罚决定: within 20 working days',
    ],
    [
      '作出行政决定之日起7个工作日内，法律法规另有规定的从其规定',
      '7个工作日（自决定）（法律法规另有规定的从其规定）',
      '7 working days from the decision (unless laws or regulations provide otherwise)',
    ],
    [
      '制定或获取信息之日起10个工作日内，公示7个工作日',
      '10个工作日（自获取）；持续7个工作日',
      '10 working days from receipt of the information; for 7 working days',
    ],
  ])('%s', (text, zh, en) => {
    expect(format(text, 'zh')).toBe(zh);
    expect(format(text, 'en')).toBe(en);
  });

  it('renders an empty clause list as an empty string', () => {
    expect(formatTimeLimit({ clauses: [], lawMayOverride: false, unparsed: [] }, 'en')).toBe('');
  });
});
