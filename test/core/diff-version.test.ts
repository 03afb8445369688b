import { beforeAll, describe, expect, it } from 'vitest';
import { describe as describeDiagnostic } from '../../src/core/diagnostics/index.js';
import { versionDiff, type VersionReport } from '../../src/core/diff/index.js';
import type { RepositoryModel } from '../../src/core/model/effective.js';
import { parseTimeLimit } from '../../src/core/cells/time-limit/parse.js';
import { A, B, COUNTY, countyAt, employmentRepository, town1At } from '../helpers/diff-fixture.js';
import {
  fromBaseline,
  loadNationalBaselines,
  localItem,
  must,
  override,
  regionModel,
  regionRef,
  repository,
} from '../helpers/diff-model.js';

let before: RepositoryModel;
let after: RepositoryModel;
let report: VersionReport;

/** The county's catalog and the first township's, to edit. */
function catalogs(model: RepositoryModel) {
  const [, county, town1] = model.regions;
  const c = county?.catalogs[0];
  const t = town1?.catalogs[0];
  if (!c || !t) throw new Error('fixture changed');
  return { county: c, town1: t };
}

beforeAll(async () => {
  const employment = (await loadNationalBaselines()).get('employment');
  if (!employment) throw new Error('no employment baseline');
  before = employmentRepository(employment);
  after = employmentRepository(employment);
  const { county, town1 } = catalogs(after);
  // The county shortens A's time limit (line 9): the township inherits the change.
  const text = '信息形成之日起10个工作日内';
  const limit = { text, parsed: parseTimeLimit(text) };
  const countyA = override(must(county.items[0]), 'timeLimit', limit, countyAt(9));
  county.items[0] = countyA;
  town1.items[0] = override(must(town1.items[0]), 'timeLimit', limit, countyAt(9));
  // The county deletes its local item L2 and stops omitting B.
  county.items = county.items.filter((e) => e.item.id !== 'local.county-hotline');
  town1.items = town1.items.filter((e) => e.item.id !== 'local.county-hotline');
  const nationalB = must(employment.items.find((i) => i.id === B));
  county.omitted = [];
  town1.omitted = [];
  county.items.push(fromBaseline(nationalB, employment.file, 54));
  town1.items.push(fromBaseline(nationalB, employment.file, 54));
  // The township adds a local item and changes A's subject itself.
  const local = { ...nationalB, id: 'local.town-board', l2: '公示栏' };
  town1.items.push(localItem(local, town1At(30)));
  town1.items[0] = override(must(town1.items[0]), 'subject', '林山寨街道办事处', town1At(8));
  // One township goes, another comes.
  const town3 = regionRef(
    '410102003',
    '绿东村街道',
    'township',
    'zhengzhou/zhongyuan/lvdongcun',
    COUNTY.code,
  );
  after = repository([...after.regions.slice(0, 3), regionModel(town3, [])]);
  report = versionDiff(before, after);
});

const summary = (r: VersionReport) =>
  r.regions.map((region) => [
    region.region.name,
    region.status,
    region.domains.flatMap((d) =>
      d.changes.map(
        (c) =>
          `${c.kind} ${c.id}${c.inherited ? ` ↑${c.from?.kind === 'region' ? c.from.name : '国家'}` : ''}`,
      ),
    ),
  ]);

describe('version diff', () => {
  it('lists changes per region, marking the inherited ones', () => {
    expect(summary(report)).toEqual([
      ['中原区', 'changed', [`changed ${A}`, `restored ${B}`, 'removed local.county-hotline']],
      [
        '林山寨街道',
        'changed',
        [
          `changed ${A}`,
          `restored ${B} ↑中原区`,
          'added local.town-board',
          'removed local.county-hotline ↑中原区',
        ],
      ],
      ['绿东村街道', 'added', []],
      ['建设路街道', 'removed', []],
    ]);
    expect(report.unchanged).toBe(1);
    expect(report.counts).toEqual({
      added: 1,
      removed: 2,
      changed: 2,
      omitted: 0,
      restored: 2,
      inherited: 2,
      regionsAdded: 1,
      regionsRemoved: 1,
    });
  });

  it('compares field by field, old → new, each field marked own or inherited', () => {
    const town1A = report.regions[1]?.domains[0]?.changes[0];
    expect(town1A?.inherited).toBe(false);
    expect(town1A?.fields.map((f) => [f.field, f.old, f.new, f.inherited])).toEqual([
      ['timeLimit', '信息形成之日起30日内', '信息形成之日起10个工作日内', true],
      [
        'subject',
        '县级人力资源社会保障部门、乡镇人民政府（街道办事处）',
        '林山寨街道办事处',
        false,
      ],
    ]);
  });

  it('reports an inherited change once, at the parent line, and own changes at their line', () => {
    const changed = report.diagnostics.filter((d) => d.code === 'diff-item-changed');
    expect(changed.map((d) => `${d.file ?? ''}:${d.span?.start.line ?? ''}`)).toEqual([
      'zhengzhou/zhongyuan/employment.yaml:9',
      'zhengzhou/zhongyuan/linshanzhai/employment.yaml:8',
    ]);
    expect(describeDiagnostic(must(changed[0]), 'zh').message).toBe(
      '事项 info-service.policy-consulting（就业：就业信息服务 / 就业政策法规咨询）：公开时限「信息形成之日起30日内」 → 「信息形成之日起10个工作日内」。',
    );
    expect(report.diagnostics.map((d) => d.code).sort()).toEqual([
      'diff-item-added',
      'diff-item-changed',
      'diff-item-changed',
      'diff-item-removed',
      'diff-item-restored',
      'diff-region-added',
      'diff-region-removed',
    ]);
  });

  it('finds nothing between a model and itself', () => {
    const same = versionDiff(before, before);
    expect(same.regions).toEqual([]);
    expect(same.diagnostics).toEqual([]);
    expect(same.unchanged).toBe(4);
  });

  it('keeps to the domains asked for', () => {
    expect(versionDiff(before, after, { domains: new Set(['health']) }).counts.changed).toBe(0);
  });

  it('reports a new omission with its reason, and a changed reason as a change', () => {
    const edited = structuredClone(before);
    const county = catalogs(edited).county;
    county.items = county.items.filter((e) => e.item.id !== A);
    const item = must(catalogs(before).county.items[0]).item;
    county.omitted = [
      { id: A, reason: '本区不设就业咨询窗口', origin: countyAt(7), item },
      { id: B, reason: '新的理由', origin: countyAt(12), item },
    ];
    const r = versionDiff(before, edited);
    const kinds = r.regions[0]?.domains[0]?.changes.map((c) => [c.kind, c.id, c.reason]);
    expect(kinds).toEqual([
      ['omitted', A, '本区不设就业咨询窗口'],
      ['changed', B, undefined],
    ]);
    expect(r.regions[0]?.domains[0]?.changes[1]?.fields[0]).toMatchObject({
      field: 'omit',
      old: '本区岗位信息由市人社局统一发布',
      new: '新的理由',
    });
  });
});
