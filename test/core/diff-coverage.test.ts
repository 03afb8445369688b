import { beforeAll, describe, expect, it } from 'vitest';
import { coverageDiff } from '../../src/core/diff/coverage.js';
import { subtree } from '../../src/core/diff/scope.js';
import { handedDownFrom } from '../../src/core/diff/handed-down.js';
import { ratios, type Counts, type CoverageReport } from '../../src/core/diff/coverage-types.js';
import type { DomainId } from '../../src/core/vocabulary/domains.js';
import { tally, type Diagnostic } from '../../src/core/diagnostics/index.js';
import {
  A,
  B,
  C,
  CITY,
  COUNTY,
  TOWN1,
  cityAt,
  countyAt,
  employmentRepository,
} from '../helpers/diff-fixture.js';
import {
  catalogOf,
  fromBaseline,
  itemsByDomain,
  loadNationalBaselines,
  must,
  override,
  regionModel,
  repository,
  type Baseline,
} from '../helpers/diff-model.js';

let baselines: Map<DomainId, Baseline>;
let national: CoverageReport;
let parent: CoverageReport;

beforeAll(async () => {
  baselines = await loadNationalBaselines();
  const bundled = baselines.get('employment');
  if (!bundled) throw new Error('no employment baseline');
  // The counts below are about items A, B and C of the fixture: rows the bundled baseline gains
  // later (issue 18) must not change what this test is about.
  const kept = new Set([A, B, C]);
  const employment = { ...bundled, items: bundled.items.filter((item) => kept.has(item.id)) };
  baselines.set('employment', employment);
  const model = employmentRepository(employment);
  const options = {
    baselines: itemsByDomain(baselines),
    domains: new Set<DomainId>(['employment']),
  };
  national = coverageDiff(model, { ...options, against: 'national' });
  parent = coverageDiff(model, { ...options, against: 'parent' });
});

const counts = (report: CoverageReport): Record<string, Counts> =>
  Object.fromEntries(report.regions.map((r) => [r.region.name, r.counts]));
const codes = (list: readonly Diagnostic[]): string[] => list.map((d) => d.code).sort();
const where = (d: Diagnostic): string => `${d.file ?? ''}:${d.span?.start.line ?? ''}`;

describe('coverage against the national guideline', () => {
  it('counts each category per region exactly', () => {
    expect(counts(national)).toEqual({
      郑州市: { expected: 0, covered: 0, omitted: 0, missing: 0, local: 1, weakened: 0 },
      中原区: { expected: 3, covered: 1, omitted: 1, missing: 1, local: 1, weakened: 1 },
      林山寨街道: { expected: 3, covered: 2, omitted: 1, missing: 0, local: 1, weakened: 1 },
      建设路街道: { expected: 3, covered: 0, omitted: 0, missing: 3, local: 0, weakened: 0 },
    });
    expect(national.counts).toEqual({
      expected: 9,
      covered: 3,
      omitted: 2,
      missing: 4,
      local: 3,
      weakened: 2,
    });
  });

  it('does not expect an item that does not apply at the region level', () => {
    const city = national.regions[0]?.domains[0];
    expect(city?.covered).toEqual([]);
    expect(city?.missing).toEqual([]);
    expect(city?.local).toEqual(['local.city-fair']);
  });

  it('lists the ids of each category', () => {
    const county = national.regions[1]?.domains[0];
    expect(county?.covered).toEqual([A]);
    expect(county?.missing).toEqual([C]);
    expect(county?.omitted).toEqual([{ id: B, reason: '本区岗位信息由市人社局统一发布' }]);
    expect(county?.weakened).toEqual([A]);
  });

  it('gives each finding the overlay line that caused it', () => {
    const county = national.regions[1]?.domains[0]?.findings ?? [];
    expect(county.map((d) => `${d.code} ${where(d)}`)).toEqual([
      'diff-missing zhengzhou/zhongyuan/employment.yaml:',
      'diff-method-weakened zhengzhou/zhongyuan/employment.yaml:8',
      'diff-time-limit-incomparable zhengzhou/zhongyuan/employment.yaml:9',
      'diff-omitted zhengzhou/zhongyuan/employment.yaml:12',
      'diff-local zhengzhou/zhongyuan/employment.yaml:14',
    ]);
  });

  it('points a national item a city extends to its level at the line that set the levels', () => {
    const employment = must(baselines.get('employment'));
    const item = must(employment.items.find((i) => i.id === A));
    const national = fromBaseline(item, employment.file, employment.lines.get(A) ?? 0);
    const extended = override(national, 'levels', ['city', 'county', 'township'], cityAt(7));
    const model = repository([regionModel(CITY, [catalogOf('employment', CITY, [extended])])]);
    const report = coverageDiff(model, {
      baselines: itemsByDomain(baselines),
      domains: new Set<DomainId>(['employment']),
      against: 'national',
    });
    const city = must(report.regions[0]?.domains[0]);
    expect(city.local).toEqual([A]);
    expect(city.findings.map((d) => `${d.code} ${where(d)}`)).toContain(
      'diff-extended zhengzhou/employment.yaml:7',
    );
    expect(city.findings.map((d) => d.code)).not.toContain('diff-local');
  });

  it('says 工作日 against 日 cannot be compared, as an info', () => {
    const found = national.diagnostics.find((d) => d.code === 'diff-time-limit-incomparable');
    expect(found?.severity).toBe('info');
    expect(found?.args).toMatchObject({ why: 'unit', local: '信息形成之日起30日内' });
  });

  it('reports an absent catalog once, at the region file', () => {
    const town2 = national.regions[3]?.domains[0]?.findings ?? [];
    expect(town2.map((d) => `${d.code} ${where(d)}`)).toEqual([
      'diff-domain-missing zhengzhou/zhongyuan/jianshelu/region.yaml:',
    ]);
    expect(town2[0]?.args).toMatchObject({ count: 3 });
  });

  it('reports a parent line shared by its townships once', () => {
    expect(tally(national.diagnostics)).toEqual({ errors: 2, warnings: 4, infos: 4 });
    expect(codes(national.diagnostics)).toEqual([
      'diff-channel-dropped',
      'diff-domain-missing',
      'diff-local',
      'diff-local',
      'diff-method-weakened',
      'diff-missing',
      'diff-no-column',
      'diff-no-column',
      'diff-omitted',
      'diff-time-limit-incomparable',
    ]);
    const dropped = national.diagnostics.find((d) => d.code === 'diff-channel-dropped');
    expect(dropped && where(dropped)).toBe('zhengzhou/zhongyuan/linshanzhai/employment.yaml:6');
    expect(dropped?.args).toMatchObject({ channels: ['政务服务中心', '其他'] });
  });

  it('computes coverage as covered / expected and accounted as (covered + omitted) / expected', () => {
    expect(ratios(national.counts)).toEqual({ coverage: 3 / 9, accounted: 5 / 9 });
    expect(ratios({ ...national.counts, expected: 0 })).toEqual({
      coverage: null,
      accounted: null,
    });
  });
});

describe('coverage against the parent region', () => {
  it('compares the top region with the national guideline', () => {
    expect(parent.regions[0]?.domains[0]?.reference).toEqual({ kind: 'national' });
    expect(parent.regions[1]?.domains[0]?.reference).toEqual({
      kind: 'parent',
      code: '410100',
      name: '郑州市',
    });
  });

  it('expects what the parent carries for the level', () => {
    expect(counts(parent)).toEqual({
      郑州市: { expected: 0, covered: 0, omitted: 0, missing: 0, local: 1, weakened: 0 },
      中原区: { expected: 3, covered: 1, omitted: 1, missing: 1, local: 1, weakened: 1 },
      林山寨街道: { expected: 2, covered: 2, omitted: 0, missing: 0, local: 1, weakened: 1 },
      建设路街道: { expected: 2, covered: 0, omitted: 0, missing: 2, local: 0, weakened: 0 },
    });
  });

  it('names the parent in the findings', () => {
    const town1 = parent.regions[2]?.domains[0]?.findings ?? [];
    expect(codes(town1)).toEqual(['diff-channel-dropped', 'diff-local', 'diff-no-column']);
    expect(town1.find((d) => d.code === 'diff-channel-dropped')?.args).toMatchObject({
      against: 'parent',
      parent: '中原区',
    });
  });
});

describe('coverage of one region and the regions below it', () => {
  it('reports the subtree, still comparing its top with its parent', async () => {
    const employment = (await loadNationalBaselines()).get('employment');
    if (!employment) throw new Error('no employment baseline');
    const model = employmentRepository(employment);
    const regions = subtree(model.regions, COUNTY.code);
    expect([...regions].sort()).toEqual(['410102', '410102001', '410102002']);
    expect(subtree(model.regions, TOWN1.code)).toEqual(new Set([TOWN1.code]));
    expect(subtree(model.regions, '999999')).toEqual(new Set());
    const report = coverageDiff(model, {
      against: 'parent',
      baselines: itemsByDomain(baselines),
      domains: new Set<DomainId>(['employment']),
      regions,
    });
    expect(report.regions.map((r) => r.region.name)).toEqual([
      '中原区',
      '林山寨街道',
      '建设路街道',
    ]);
    expect(report.regions[0]?.domains[0]?.reference).toMatchObject({ name: '郑州市' });
  });
});

describe('domains without a catalog', () => {
  it('are each one missing domain, with every expected item counted as missing', () => {
    const all = coverageDiff(employmentRepository(must(baselines.get('employment'))), {
      against: 'national',
      baselines: itemsByDomain(baselines),
    });
    const county = must(all.regions[1]);
    const withoutFile = county.domains.filter((d) => d.domain !== 'employment');
    expect(withoutFile.length).toBeGreaterThan(20);
    for (const domain of withoutFile) {
      expect(domain.findings.map((d) => d.code)).toEqual(['diff-domain-missing']);
      expect(domain.counts.missing).toBe(domain.counts.expected);
    }
  });
});

describe('what a parent hands down', () => {
  it('is its own table plus the items that only pass through it', () => {
    const model = employmentRepository(must(baselines.get('employment')));
    const handedDown = handedDownFrom(model.regions, itemsByDomain(baselines));
    const [city, county, town1, town2] = model.regions;
    const ids = (region: typeof city) => handedDown(must(region), 'employment').map((i) => i.id);
    // A, B, C apply at 县级 and 乡级 only (C states no levels): they pass through the city.
    expect(ids(city)).toEqual([A, B, C, 'local.city-fair']);
    // The county omits B, lacks C, and adds its hotline; the city's fair stays at the city.
    expect(ids(county)).toEqual([A, 'local.county-hotline']);
    expect(handedDown(must(county), 'employment')[0]?.method).toBe('依申请');
    // A township without a 就业 file hands down what it received.
    expect(ids(town2)).toEqual(ids(county));
    expect(ids(town1)).toEqual([A, 'local.county-hotline', C]);
  });
});

describe('items whose reference states no levels', () => {
  it('are expected below a region only where that region has not ruled them out', () => {
    const employment = must(baselines.get('employment'));
    const model = employmentRepository(employment);
    // The county adopts C (no levels in the guideline; merge assumes 县级、乡级) as 县级 only.
    const county = must(model.regions[1]?.catalogs[0]);
    const nationalC = must(employment.items.find((i) => i.id === C));
    const line = must(employment.lines.get(C));
    county.items.push(
      override(fromBaseline(nationalC, employment.file, line), 'levels', ['county'], countyAt(16)),
    );
    const report = coverageDiff(model, {
      against: 'national',
      baselines: itemsByDomain(baselines),
      domains: new Set<DomainId>(['employment']),
    });
    const [, countyResult, town1, town2] = report.regions;
    // A decision, not a weakening, at the county; not a gap in its townships.
    expect(countyResult?.domains[0]?.findings.map((d) => d.code)).not.toContain(
      'diff-levels-dropped',
    );
    expect(countyResult?.counts.missing).toBe(0);
    expect(town1?.domains[0]?.local).toContain(C);
    expect(town2?.counts.expected).toBe(2);
  });
});
