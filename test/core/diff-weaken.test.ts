import { describe, expect, it } from 'vitest';
import { describe as describeDiagnostic } from '../../src/core/diagnostics/index.js';
import { columnFinding, weaknesses, type WeakenContext } from '../../src/core/diff/weaken.js';
import type { Item } from '../../src/core/model/item.js';
import { parseTimeLimit } from '../../src/core/cells/time-limit/parse.js';
import { COUNTY, TOWN1, countyAt, town1At } from '../helpers/diff-fixture.js';
import { fromBaseline, override, replaceList } from '../helpers/diff-model.js';

const reference: Item = {
  id: 'x',
  l1: '一级',
  l2: '二级',
  elements: [
    { name: '对象范围', required: true },
    { name: '咨询电话', required: false },
  ],
  bases: [],
  timeLimit: {
    text: '信息形成之日起20个工作日内',
    parsed: parseTimeLimit('信息形成之日起20个工作日内'),
  },
  channels: [
    { name: '政府网站', required: true },
    { name: '两微一端', required: true },
    { name: '广播电视' },
  ],
  audience: '全社会',
  method: '主动',
  levels: ['county', 'township', 'village'],
  incomplete: [],
};
const base = fromBaseline(reference, 'catalogs/national/x.yaml', 3);
const ctx: WeakenContext = {
  region: TOWN1,
  domain: 'employment',
  reference: { against: 'national' },
  fallback: { file: 'zhengzhou/zhongyuan/linshanzhai/region.yaml' },
};
const limit = (text: string) => ({ text, parsed: parseTimeLimit(text) });
const found = (item: Parameters<typeof weaknesses>[0]) =>
  weaknesses(item, reference, ctx).map((d) => d.code);

describe('weakened items', () => {
  it('finds nothing in an unchanged item', () => {
    expect(found(base)).toEqual([]);
  });

  it('warns about a longer time limit in the same unit', () => {
    const item = override(base, 'timeLimit', limit('信息形成之日起30个工作日内'), town1At(7));
    const [d] = weaknesses(item, reference, ctx);
    expect(d?.code).toBe('diff-time-limit-longer');
    expect(d?.severity).toBe('warning');
    expect(d?.span?.start.line).toBe(7);
  });

  it('accepts a shorter time limit', () => {
    expect(found(override(base, 'timeLimit', limit('10个工作日内'), town1At(7)))).toEqual([]);
  });

  it('says 工作日 against 日 cannot be compared (even when the number is smaller)', () => {
    const item = override(base, 'timeLimit', limit('信息形成之日起15日内'), town1At(7));
    const [d] = weaknesses(item, reference, ctx);
    expect(d?.code).toBe('diff-time-limit-incomparable');
    expect(d?.severity).toBe('info');
    expect(d && describeDiagnostic(d, 'zh').message).toContain('一个按工作日、一个按日');
    expect(d && describeDiagnostic(d, 'en').message).toContain('cannot be converted');
  });

  it('warns about 主动 → 依申请 and 全社会 → 特定群体 at the overriding lines', () => {
    let item = override(base, 'method', '依申请', countyAt(8));
    item = override(item, 'audience', '特定群体', town1At(9));
    item = override(item, 'audienceGroup', '申请人', town1At(10));
    const list = weaknesses(item, reference, ctx);
    expect(list.map((d) => [d.code, d.file, d.span?.start.line])).toEqual([
      ['diff-method-weakened', 'zhengzhou/zhongyuan/employment.yaml', 8],
      ['diff-audience-weakened', 'zhengzhou/zhongyuan/linshanzhai/employment.yaml', 9],
    ]);
    expect(list[1]?.args).toMatchObject({ to: '特定群体（申请人）' });
  });

  it('warns about a required channel dropped, but not about a successor or an optional one', () => {
    const item = replaceList(base, 'channels', [{ name: '政务新媒体' }], town1At(12));
    const [d] = weaknesses(item, reference, ctx);
    expect(d?.code).toBe('diff-channel-dropped');
    expect(d?.args).toMatchObject({ channels: ['政府网站'] });
    expect(d?.span?.start.line).toBe(12);
  });

  it('points a dropped entry at the item overlay when no entry of the list is local', () => {
    let item = override(base, 'subject', '林山寨街道办事处', town1At(15));
    item = { ...item, item: { ...item.item, channels: [] } };
    item.provenance.lists.channels = [];
    const [d] = weaknesses(item, reference, ctx);
    expect(d?.span?.start.line).toBe(15);
  });

  it('points a dropped channel at the line that removed it', () => {
    const removal = town1At(21);
    const item = structuredClone(override(base, 'subject', '林山寨街道办事处', town1At(15)));
    item.item.channels = item.item.channels.filter((c) => c.name !== '政府网站');
    item.provenance.lists.channels = item.item.channels.map(() => base.provenance.introduced);
    item.provenance.changes.push({
      field: 'channels',
      op: 'remove',
      key: '政府网站',
      origin: removal,
    });
    const [d] = weaknesses(item, reference, ctx);
    expect(d?.code).toBe('diff-channel-dropped');
    expect(d?.span?.start.line).toBe(21);
  });

  it('warns about a required element dropped, by name', () => {
    const item = replaceList(base, 'elements', [{ name: '咨询 电话' }], town1At(14));
    const list = weaknesses(item, reference, ctx);
    expect(list.map((d) => d.code)).toEqual(['diff-element-dropped']);
    expect(list[0]?.args).toMatchObject({ elements: ['对象范围'] });
  });

  it('warns about fewer levels at or below the region, not above it', () => {
    expect(found(override(base, 'levels', ['township', 'village'], town1At(16)))).toEqual([]);
    const item = override(base, 'levels', ['county', 'township'], town1At(16));
    const [d] = weaknesses(item, reference, ctx);
    expect(d?.code).toBe('diff-levels-dropped');
    expect(d?.args).toMatchObject({ levels: ['村级'], referenceLevels: ['县级', '乡级', '村级'] });
  });

  it('checks a pair again at another level, though it was found sound at one (regions share items)', () => {
    const item = override(base, 'levels', ['township', 'village'], town1At(16));
    expect(found(item)).toEqual([]);
    const county = { ...ctx, region: COUNTY };
    expect(weaknesses(item, reference, county).map((d) => d.code)).toEqual(['diff-levels-dropped']);
    expect(found(item)).toEqual([]);
  });

  it('locates the findings of one shared item in each region that checks it', () => {
    const item = { ...base, item: { ...base.item, method: '依申请' as const } };
    const other = { file: 'zhengzhou/zhongyuan/other/region.yaml' };
    expect(weaknesses(item, reference, ctx)[0]?.file).toBe(ctx.fallback.file);
    expect(weaknesses(item, reference, { ...ctx, fallback: other })[0]?.file).toBe(other.file);
  });

  it('takes levels where the reference states none as a decision, not a weakening', () => {
    const unstated = { ...reference, levels: [] };
    const item = override(base, 'levels', ['county'], town1At(16));
    expect(weaknesses(item, unstated, { ...ctx, region: COUNTY }).map((d) => d.code)).toEqual([]);
  });

  it('falls back to the region file when only the baseline shaped the item', () => {
    const item = { ...base, item: { ...base.item, method: '依申请' as const } };
    const [d] = weaknesses(item, reference, { ...ctx, region: COUNTY });
    expect(d?.file).toBe('zhengzhou/zhongyuan/linshanzhai/region.yaml');
    expect(d?.span).toBeUndefined();
  });
});

describe('主动 items need a website column', () => {
  it('warns without column or url, and not with either', () => {
    expect(columnFinding(base, ctx).map((d) => d.code)).toEqual(['diff-no-column']);
    expect(columnFinding(override(base, 'column', '就业', town1At(3)), ctx)).toEqual([]);
    expect(columnFinding(override(base, 'url', 'http://x.gov.cn/', town1At(3)), ctx)).toEqual([]);
    expect(columnFinding(override(base, 'method', '依申请', town1At(3)), ctx)).toEqual([]);
  });
});
