/**
 * A small merged repository for the site's tests: a city, two counties (one with an office, bundles,
 * a local item and an omission), a township, and one county whose data is hostile.
 */
import type { RepositoryModel } from '../../src/core/model/effective.js';
import { catalogStem, regionStem } from '../../src/render/names.js';
import type { DownloadPlan } from '../../src/render/site/index.js';
import {
  effective,
  item,
  NATIONAL,
  origin,
  region,
  regionLayer,
  repository,
} from './site-model.js';

export const CITY = { code: '410100', name: '郑州市', level: 'city' } as const;
export const COUNTY = { code: '410102', name: '中原区', level: 'county' } as const;
export const TOWN = { code: '410102001', name: '林山寨街道', level: 'township' } as const;
export const HOSTILE = { code: '410103', name: '二七区', level: 'county' } as const;

const national = (domain: string, line: number) =>
  origin(NATIONAL, `catalogs/national/${domain}.yaml`, line);
const at = (
  layer: { code: string; name: string; level: 'city' | 'county' | 'township' },
  file: string,
  line: number,
) => origin(regionLayer(layer), file, line);

const policyConsulting = item('info-service.policy-consulting');
const vacancies = item('info-service.job-vacancy-posting', {
  l2: '岗位信息发布',
  elements: [
    { name: '招聘单位', required: true },
    { name: '岗位要求', required: false },
  ],
  bases: [{ title: '《就业服务与就业管理规定》', docNo: '劳动保障部令第28号' }],
  audience: '特定群体',
  audienceGroup: '求职人员',
});
const birthRegistration = item('registration.birth', {
  l1: '户口登记',
  l2: '出生登记',
  elements: [{ name: '办理条件' }, { name: '所需材料' }, { name: '办理时限' }],
  bases: [{ title: '《中华人民共和国户口登记条例》' }],
  subject: '县级公安机关',
  channels: [{ name: '政府网站' }, { name: '其他', detail: '公安派出所户籍窗口' }],
  levels: ['county', 'township'],
});
const birthCertificate = item('maternal.birth-certificate', {
  l1: '妇幼健康服务',
  l2: '出生医学证明办理',
  elements: [{ name: '办理机构' }, { name: '办理流程' }],
  bases: [{ title: '《中华人民共和国母婴保健法》' }],
  subject: '县级卫生健康部门',
  levels: ['county'],
});

const countyFile = 'repo/410100/410102/region.yaml';

export function fixtureModel(): RepositoryModel {
  const city = region({
    ...CITY,
    path: 'repo/410100',
    children: [COUNTY.code, HOSTILE.code],
    catalogs: {
      employment: [
        effective(
          {
            ...policyConsulting,
            subject: '郑州市人力资源和社会保障局',
            levels: ['city', 'county', 'township'],
          },
          national('employment', 30),
          {
            subject: at(CITY, 'repo/410100/employment.yaml', 6),
          },
        ),
      ],
    },
  });
  const county = region({
    ...COUNTY,
    path: 'repo/410100/410102',
    parent: CITY.code,
    children: [TOWN.code],
    office: {
      name: '郑州市中原区人民政府办公室',
      address: '郑州市中原区建设西路187号',
      hours: '工作日 8:30-12:00，14:30-17:30',
      postcode: '450007',
      phone: '0371-67418888',
      website: 'https://www.zhongyuan.example/',
    },
    catalogs: {
      employment: [
        effective(
          { ...policyConsulting, subject: '中原区人力资源和社会保障局' },
          national('employment', 30),
          {
            subject: at(COUNTY, 'repo/410100/410102/employment.yaml', 5),
          },
        ),
        effective(vacancies, national('employment', 60)),
        effective(
          item('local.job-fair', {
            l1: '公共就业服务专项活动',
            l2: '中原区春风行动招聘会',
            subject: '中原区公共就业服务中心',
            channels: [{ name: '政府网站' }, { name: '村村响大喇叭', local: true }],
            url: 'https://www.zhongyuan.example/jiuye/',
            column: '政务公开—就业创业',
          }),
          at(COUNTY, 'repo/410100/410102/employment.yaml', 12),
          {},
          true,
        ),
      ],
      'household-registration': [
        effective(birthRegistration, national('household-registration', 20)),
      ],
      health: [effective(birthCertificate, national('health', 25))],
    },
    omitted: {
      employment: [{ id: 'info-service.overseas-employment', reason: '本地无此业务' }],
    },
    bundles: [
      {
        id: 'newborn',
        name: '新生儿出生一件事',
        description: '孩子出生后，先办出生医学证明，再办户口登记。',
        steps: [
          { domain: 'health', id: 'maternal.birth-certificate', note: '出生后由助产机构签发' },
          {
            domain: 'household-registration',
            id: 'registration.birth',
            note: '出生后一个月内办理',
          },
        ],
      },
    ],
  });
  const town = region({
    ...TOWN,
    path: 'repo/410100/410102/410102001',
    parent: COUNTY.code,
    catalogs: {
      employment: [
        effective(
          { ...policyConsulting, subject: '林山寨街道便民服务中心' },
          national('employment', 30),
          {
            subject: at(TOWN, 'repo/410100/410102/410102001/employment.yaml', 5),
          },
        ),
      ],
    },
  });
  const hostile = region({
    ...HOSTILE,
    path: 'repo/410100/410103',
    parent: CITY.code,
    office: {
      name: '<b>二七区</b>人民政府办公室',
      website: 'javascript:alert(1)',
      address: '"><img src=x onerror=alert(1)>',
    },
    catalogs: {
      employment: [
        effective(
          item('local.hostile', {
            l1: '<script>alert("l1")</script>',
            l2: '<img src=x onerror=alert(2)>招聘',
            elements: [{ name: '{{constructor.constructor}}' }, { name: "'; alert(3); '" }],
            bases: [{ title: '《</td></tr></table><script>alert(4)</script>》' }],
            subject: '二七区<style>body{display:none}</style>',
            channels: [{ name: '政府网站', url: 'javascript:alert(5)' }],
            url: 'javascript:alert(6)',
            column: '" onmouseover="alert(7)',
            note: '&lt;escaped&gt; & raw',
          }),
          at(HOSTILE, 'repo/410100/410103/employment.yaml', 3),
          {},
          true,
        ),
      ],
    },
  });
  return repository([city, county, hostile, town], true);
}

/** The bundle file of the fixture, for diagnostics. */
export const COUNTY_FILE = countyFile;

/** Links to the files export would make, by its names (the command links only what it made). */
export const exportNamedDownloads: DownloadPlan = (region) => ({
  ...(region.catalogs.length > 0 ? { xlsx: `downloads/${regionStem(region.ref)}.xlsx` } : {}),
  csv: Object.fromEntries(
    region.catalogs.map((c) => [c.domain, `downloads/${catalogStem(c)}.csv`]),
  ),
  json: Object.fromEntries(
    region.catalogs.map((c) => [c.domain, `downloads/${catalogStem(c)}.json`]),
  ),
});
