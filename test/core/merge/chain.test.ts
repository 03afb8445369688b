/**
 * A four-level chain (city → county → township → village), the provenance of every field kind
 * through it, the rule for items without levels, and the generic-subject warning.
 */
import { describe, expect, it } from 'vitest';
import { SCALAR_FIELDS } from '../../../src/core/merge/index.js';
import type { EffectiveItem, RegionModel } from '../../../src/core/model/effective.js';
import { merge, type TestRegion } from '../../helpers/merge.js';
import { CITY, COUNTY, lineOf, NATIONAL, TOWNSHIP, VILLAGE } from './fixtures.js';

const CITY_FILE = `domain: employment
items:
  - id: info.city-fairs
    subject: 云川市人力资源和社会保障局
`;
const COUNTY_FILE = `domain: employment
items:
  - id: info.consulting
    subject: 河西区人力资源和社会保障局
    timeLimit: 信息形成或者变更之日起10个工作日内
    channels:
      add: [两微一端]
  - id: info.vacancies
    subject: 河西区公共就业服务中心
  - id: info.city-fairs
    subject: 河西区人力资源和社会保障局
`;
const TOWNSHIP_FILE = `domain: employment
items:
  - id: info.consulting
    subject: 桥东街道办事处
    channels:
      remove: [政务服务中心]
      add: [便民服务站]
  - id: info.vacancies
    subject: 桥东街道办事处
`;
const VILLAGE_FILE = `domain: employment
items:
  - id: info.consulting
    subject: 南关社区居民委员会
    elements:
      remove: [咨询电话]
    audience: 全社会
`;

const CHAIN: TestRegion[] = [
  { dir: 'yc', region: CITY, catalogs: { 'employment.yaml': CITY_FILE } },
  { dir: 'yc/hx', region: COUNTY, catalogs: { 'employment.yaml': COUNTY_FILE } },
  { dir: 'yc/hx/qd', region: TOWNSHIP, catalogs: { 'employment.yaml': TOWNSHIP_FILE } },
  { dir: 'yc/hx/qd/ng', region: VILLAGE, catalogs: { 'employment.yaml': VILLAGE_FILE } },
];

function table(regions: readonly RegionModel[], code: string): EffectiveItem[] {
  return regions.find((r) => r.ref.code === code)?.catalogs[0]?.items ?? [];
}

const where = (file: string, line: number): unknown => expect.objectContaining({ file, line });

describe('a four-level chain', () => {
  const result = merge({ 'employment.yaml': NATIONAL }, CHAIN);
  const { regions } = result.model;

  it('merges clean', () => {
    expect(result.diagnostics).toEqual([]);
  });

  it('each level holds the items that apply at it; items skip a level they do not apply at', () => {
    expect(table(regions, '431400').map((e) => e.item.id)).toEqual(['info.city-fairs']);
    expect(table(regions, '431402').map((e) => e.item.id)).toEqual([
      'info.consulting',
      'info.vacancies',
      'info.city-fairs',
    ]);
    expect(table(regions, '431402001').map((e) => e.item.id)).toEqual([
      'info.consulting',
      'info.vacancies',
    ]);
    // info.vacancies has no levels: taken as 县级 and 乡级, so it stops before the village.
    expect(table(regions, '431402001001').map((e) => e.item.id)).toEqual(['info.consulting']);
  });

  it("the village's item carries values from all four files and the national one", () => {
    const [entry] = table(regions, '431402001001');
    const item = entry?.item;
    expect(item?.subject).toBe('南关社区居民委员会');
    expect(item?.timeLimit?.text).toBe('信息形成或者变更之日起10个工作日内');
    expect(item?.channels.map((c) => c.name)).toEqual([
      '政府网站',
      '其他',
      '两微一端',
      '便民服务站',
    ]);
    expect(item?.elements.map((e) => e.name)).toEqual(['对象范围', '办理流程']);
    const { fields, lists } = entry?.provenance ?? { fields: {}, lists: {} };
    expect(fields.subject).toEqual(where('yc/hx/qd/ng/employment.yaml', 4));
    expect(fields.timeLimit).toEqual(where('yc/hx/employment.yaml', 5));
    expect(fields.l1).toEqual(
      where('national/employment.yaml', lineOf(NATIONAL, 'l1: 就业信息服务')),
    );
    expect(lists.channels?.map((o) => o.file)).toEqual([
      'national/employment.yaml',
      'national/employment.yaml',
      'yc/hx/employment.yaml',
      'yc/hx/qd/employment.yaml',
    ]);
  });

  it('the history of a field lists every layer that set it, top-down', () => {
    const [entry] = table(regions, '431402001001');
    const subjects = entry?.provenance.changes.filter((c) => c.field === 'subject') ?? [];
    expect(subjects.map((c) => [c.previous, c.previousOrigin?.file, c.origin.file])).toEqual([
      ['县级人力资源社会保障部门', 'national/employment.yaml', 'yc/hx/employment.yaml'],
      ['河西区人力资源和社会保障局', 'yc/hx/employment.yaml', 'yc/hx/qd/employment.yaml'],
      ['桥东街道办事处', 'yc/hx/qd/employment.yaml', 'yc/hx/qd/ng/employment.yaml'],
    ]);
    const removed = entry?.provenance.changes.filter((c) => c.op === 'remove') ?? [];
    expect(removed.map((c) => [c.key, c.previousOrigin?.file, c.origin.file])).toEqual([
      ['政务服务中心', 'national/employment.yaml', 'yc/hx/qd/employment.yaml'],
      ['咨询电话', 'national/employment.yaml', 'yc/hx/qd/ng/employment.yaml'],
    ]);
  });

  it('sibling regions do not see each other’s changes (inherited items are not mutated)', () => {
    const withSibling = merge({ 'employment.yaml': NATIONAL }, [
      ...CHAIN,
      {
        dir: 'yc/hx/sm',
        region: 'code: "431402100"\nname: 石门镇\nlevel: 乡级\n',
        catalogs: { 'employment.yaml': 'domain: employment\nitems: []\n' },
      },
    ]);
    const sibling = table(withSibling.model.regions, '431402100')[0]?.item;
    expect(sibling?.channels.map((c) => c.name)).toEqual([
      '政府网站',
      '政务服务中心',
      '其他',
      '两微一端',
    ]);
  });
});

describe('provenance of every field kind', () => {
  it('every scalar field and list entry of a baseline item points at its own line', () => {
    const result = merge({ 'employment.yaml': NATIONAL }, [
      {
        dir: 'hx',
        region: COUNTY,
        catalogs: { 'employment.yaml': 'domain: employment\nitems: []\n' },
      },
    ]);
    const entry = table(result.model.regions, '431402')[0];
    const national = 'national/employment.yaml';
    const fields = entry?.provenance.fields ?? {};
    for (const field of SCALAR_FIELDS) {
      const key = field === 'timeLimit' ? 'timeLimit:' : `${field}:`;
      expect(fields[field], field).toEqual(where(national, lineOf(NATIONAL, `    ${key}`)));
    }
    const lists = entry?.provenance.lists;
    expect(lists?.elements.map((o) => o.line)).toEqual([8, 9, 10]);
    expect(lists?.bases.map((o) => o.line)).toEqual([12, 13]);
    expect(lists?.channels.map((o) => o.line)).toEqual([17, 18, 19]);
    expect(entry?.provenance.introduced).toEqual(where(national, 3));
  });
});

describe('generic 公开主体', () => {
  const subjects = (region: string, overlay: string) =>
    merge({ 'employment.yaml': NATIONAL }, [
      {
        dir: 'r',
        region,
        catalogs: {
          'employment.yaml': `domain: employment\nitems:${overlay === '' ? ' []' : ''}\n${overlay}`,
        },
      },
    ]).diagnostics.map((d) => `${d.code} ${'id' in d.args ? d.args.id : ''}`);

  it('a county item keeping the national wording, or with none, is warned about', () => {
    expect(subjects(COUNTY, '  - id: info.city-fairs\n    subject: 河西区人社局\n')).toEqual([
      'merge-subject-generic info.consulting',
      'merge-subject-generic info.vacancies',
    ]);
  });

  it('a body named with the region’s (or a parent’s) name is concrete; cities and villages are not checked', () => {
    const named =
      '  - id: info.consulting\n    subject: 河西区人社局、各街道办事处\n  - id: info.vacancies\n    subject: 河西区就业中心\n  - id: info.city-fairs\n    subject: 河西区人社局\n';
    expect(subjects(COUNTY, named)).toEqual([]);
    expect(subjects(CITY, '')).toEqual([]);
    expect(subjects(VILLAGE, '')).toEqual([]);
  });
});
