/**
 * A hand-made merged repository with known gaps, built on the real national 就业 baseline:
 *
 * 郑州市 (city): only a local item L1 (no column); A, B and C (县级、乡级 or no levels, which merge
 *   reads as 县级、乡级) pass through it.
 * 中原区 (county): A made 依申请 (line 8) with a time limit in 日 (line 9) and a column (line 10);
 *   B omitted with a reason (line 12); C missing; local L2 (line 14, 依申请).
 * 林山寨街道 (township): inherits the county's A and replaces its channels (line 6), dropping two
 *   required ones; adds C back (line 4, no column).
 * 建设路街道 (township): no 就业 catalog at all.
 */
import type { DomainId } from '../../src/core/vocabulary/domains.js';
import type { EffectiveItem, Origin, RepositoryModel } from '../../src/core/model/effective.js';
import type { Item } from '../../src/core/model/item.js';
import { parseTimeLimit } from '../../src/core/cells/time-limit/parse.js';
import {
  catalogOf,
  fromBaseline,
  localItem,
  override,
  regionLayer,
  regionModel,
  regionRef,
  replaceList,
  repository,
  type Baseline,
} from './diff-model.js';

export const A = 'info-service.policy-consulting';
export const B = 'info-service.job-vacancy-posting';
export const C = 'info-service.job-seeker-registration';

export const CITY = regionRef('410100', '郑州市', 'city', 'zhengzhou');
export const COUNTY = regionRef('410102', '中原区', 'county', 'zhengzhou/zhongyuan', '410100');
export const TOWN1 = regionRef(
  '410102001',
  '林山寨街道',
  'township',
  'zhengzhou/zhongyuan/linshanzhai',
  '410102',
);
export const TOWN2 = regionRef(
  '410102002',
  '建设路街道',
  'township',
  'zhengzhou/zhongyuan/jianshelu',
  '410102',
);

const CITY_FILE = 'zhengzhou/employment.yaml';
const COUNTY_FILE = 'zhengzhou/zhongyuan/employment.yaml';
const TOWN1_FILE = 'zhengzhou/zhongyuan/linshanzhai/employment.yaml';

export const cityAt = (line: number): Origin => ({
  layer: regionLayer(CITY),
  file: CITY_FILE,
  line,
});
export const countyAt = (line: number): Origin => ({
  layer: regionLayer(COUNTY),
  file: COUNTY_FILE,
  line,
});
export const town1At = (line: number): Origin => ({
  layer: regionLayer(TOWN1),
  file: TOWN1_FILE,
  line,
});

function localDraft(id: string, levels: Item['levels'], method: Item['method']): Item {
  return {
    id,
    l1: '就业信息服务',
    l2: `本地事项 ${id}`,
    elements: [{ name: '服务内容' }],
    bases: [],
    channels: [{ name: '政府网站' }],
    audience: '全社会',
    ...(method ? { method } : {}),
    levels,
    incomplete: [],
  };
}

export function employmentRepository(baseline: Baseline): RepositoryModel {
  const domain: DomainId = 'employment';
  const national = (id: string): EffectiveItem => {
    const item = baseline.items.find((i) => i.id === id);
    if (!item) throw new Error(`no national item ${id}`);
    return fromBaseline(item, baseline.file, baseline.lines.get(id) ?? 0);
  };
  const l1 = localItem(localDraft('local.city-fair', ['city'], '主动'), cityAt(20));
  const city = catalogOf(domain, CITY, [l1]);

  const limit = '信息形成之日起30日内';
  let countyA = override(national(A), 'method', '依申请', countyAt(8));
  countyA = override(
    countyA,
    'timeLimit',
    { text: limit, parsed: parseTimeLimit(limit) },
    countyAt(9),
  );
  countyA = override(countyA, 'column', '政府信息公开/就业/政策', countyAt(10));
  const l2 = localItem(
    localDraft('local.county-hotline', ['county', 'township'], '依申请'),
    countyAt(14),
  );
  const omitB = {
    id: B,
    reason: '本区岗位信息由市人社局统一发布',
    origin: countyAt(12),
    item: national(B).item,
  };
  const county = catalogOf(domain, COUNTY, [countyA, l2], [omitB]);

  const town1A = replaceList(
    countyA,
    'channels',
    [
      { name: '政府网站', required: true },
      { name: '微信群', local: true },
    ],
    town1At(6),
  );
  const nationalC = baseline.items.find((i) => i.id === C);
  if (!nationalC) throw new Error('no national C');
  const town1C = localItem({ ...nationalC, method: '主动' }, town1At(4));
  const town1 = catalogOf(domain, TOWN1, [town1A, l2, town1C], [omitB]);

  return repository([
    regionModel(CITY, [city]),
    regionModel(COUNTY, [county]),
    regionModel(TOWN1, [town1]),
    regionModel(TOWN2, []),
  ]);
}
