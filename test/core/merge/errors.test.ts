/** Each merge error, located at the overlay's entry (the fixtures in test/io cover the rendering). */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/core/diagnostics/index.js';
import { merge, type TestRegion } from '../../helpers/merge.js';
import { CITY, COUNTY, NATIONAL, TOWNSHIP, VILLAGE } from './fixtures.js';

const run = (regions: TestRegion[]) => merge({ 'employment.yaml': NATIONAL }, regions).diagnostics;

/** Code, file, line and column of each diagnostic other than the subject warning. */
const found = (diagnostics: readonly Diagnostic[]) =>
  diagnostics
    .filter((d) => d.code !== 'merge-subject-generic')
    .map(
      (d) => `${d.code} ${d.file ?? ''}:${d.span?.start.line ?? 0}:${d.span?.start.column ?? 0}`,
    );

const employment = (items: string) => ({
  'employment.yaml': `domain: employment\nitems:\n${items}`,
});

describe('overrides and omissions that match nothing', () => {
  it('an unknown id, overridden or omitted, with did-you-mean', () => {
    const diagnostics = run([
      {
        dir: 'hexi',
        region: COUNTY,
        catalogs: employment(
          '  - id: info.consultin\n    subject: 河西区人社局\n  - id: nothing-like-it\n    omit: 无\n',
        ),
      },
    ]);
    expect(found(diagnostics)).toEqual([
      'merge-unknown-id hexi/employment.yaml:3:9',
      'merge-unknown-id hexi/employment.yaml:5:9',
    ]);
    expect(diagnostics.find((d) => d.code === 'merge-unknown-id')?.args).toEqual({
      id: 'info.consultin',
      action: 'override',
      suggestions: ['info.consulting'],
    });
  });

  it('an id omitted above is unknown below, and the message names who omitted it', () => {
    const diagnostics = run([
      {
        dir: 'hexi',
        region: COUNTY,
        catalogs: employment('  - id: info.consulting\n    omit: 无此业务\n'),
      },
      {
        dir: 'hexi/qiaodong',
        region: TOWNSHIP,
        catalogs: employment('  - id: info.consulting\n    subject: 桥东街道办事处\n'),
      },
    ]);
    const unknown = diagnostics.find((d) => d.code === 'merge-unknown-id');
    expect(unknown?.file).toBe('hexi/qiaodong/employment.yaml');
    expect(unknown?.args).toMatchObject({
      omittedBy: { zh: '河西区（431402）', en: '河西区 (431402)' },
    });
  });

  it('a remove that matches no entry, with did-you-mean over the inherited entries', () => {
    const diagnostics = run([
      {
        dir: 'hexi',
        region: COUNTY,
        catalogs: employment('  - id: info.consulting\n    channels:\n      remove: [政府网址]\n'),
      },
    ]);
    expect(found(diagnostics)).toEqual(['merge-remove-unmatched hexi/employment.yaml:5:16']);
    expect(diagnostics.find((d) => d.code === 'merge-remove-unmatched')?.args).toMatchObject({
      entry: '政府网址',
      suggestions: ['政府网站'],
    });
  });
});

describe('local items', () => {
  const local = (id: string) =>
    employment(
      `  - id: ${id}\n    local: true\n    l1: 新\n    audience: 全社会\n    method: 主动\n    levels: [县级]\n    subject: 河西区人社局\n`,
    );

  it('an id that exists above cannot be declared local', () => {
    const diagnostics = run([{ dir: 'hexi', region: COUNTY, catalogs: local('info.vacancies') }]);
    expect(found(diagnostics)).toEqual(['merge-local-exists hexi/employment.yaml:3:9']);
    const error = diagnostics.find((d) => d.code === 'merge-local-exists');
    expect(error?.args).toMatchObject({ file: 'national/employment.yaml' });
  });

  it('nor can an id omitted above', () => {
    const diagnostics = run([
      {
        dir: 'hexi',
        region: COUNTY,
        catalogs: employment('  - id: info.vacancies\n    omit: 无\n'),
      },
      { dir: 'hexi/qiaodong', region: TOWNSHIP, catalogs: local('info.vacancies') },
    ]);
    expect(found(diagnostics)).toEqual(['merge-local-exists hexi/qiaodong/employment.yaml:3:9']);
  });
});

describe('levels', () => {
  it("changing or omitting an item that does not apply at the region's level", () => {
    const diagnostics = run([
      {
        dir: 'yunchuan',
        region: CITY,
        catalogs: employment(
          '  - id: info.consulting\n    subject: 云川市人社局\n  - id: info.vacancies\n    omit: 无\n',
        ),
      },
    ]);
    expect(found(diagnostics)).toEqual([
      'merge-level-excluded yunchuan/employment.yaml:3:9',
      'merge-level-excluded yunchuan/employment.yaml:5:9',
    ]);
    const excluded = diagnostics.filter((d) => d.code === 'merge-level-excluded');
    expect(excluded.map((d) => d.args)).toMatchObject([
      { levels: ['县级', '乡级', '村级'], assumed: false },
      { levels: ['县级', '乡级'], assumed: true },
    ]);
  });

  it('a county lists an item it names for its townships only, and its townships inherit it', () => {
    const result = merge({ 'employment.yaml': NATIONAL }, [
      {
        dir: 'hexi',
        region: COUNTY,
        catalogs: employment(
          '  - id: info.vacancies\n    levels: [乡级]\n    subject: 各街道办事处\n  - id: street-fairs\n    local: true\n    l1: 街道招聘会\n    levels: [村级]\n',
        ),
      },
      { dir: 'hexi/qiaodong', region: TOWNSHIP, catalogs: employment('  - id: info.consulting\n') },
    ]);
    expect(found(result.diagnostics)).toEqual([]);
    const ids = (index: number) =>
      result.model.regions[index]?.catalogs[0]?.items.map((e) => e.item.id);
    // info.consulting applies at 县级 itself; info.vacancies and street-fairs only below.
    expect(ids(0)).toEqual([
      'info.consulting',
      'info.vacancies',
      'info.city-fairs',
      'street-fairs',
    ]);
    // street-fairs (村级) passes through the township to its villages.
    expect(ids(1)).toEqual(['info.consulting', 'info.vacancies']);
  });

  it('a city does not list items for the levels below it', () => {
    const diagnostics = run([
      {
        dir: 'yunchuan',
        region: CITY,
        catalogs: employment('  - id: info.vacancies\n    subject: 各区人社局\n'),
      },
    ]);
    expect(found(diagnostics)).toEqual(['merge-level-excluded yunchuan/employment.yaml:3:9']);
  });

  it('an override that writes levels including the region adopts the item (validate checks written levels)', () => {
    const result = merge({ 'employment.yaml': NATIONAL }, [
      {
        dir: 'yunchuan',
        region: CITY,
        catalogs: employment('  - id: info.vacancies\n    levels: [市级, 县级]\n'),
      },
    ]);
    expect(found(result.diagnostics)).toEqual([]);
    expect(result.model.regions[0]?.catalogs[0]?.items.map((e) => e.item.id)).toEqual([
      'info.vacancies',
      'info.city-fairs',
    ]);
  });
});

describe('the region tree', () => {
  it('two folders claiming one code: the second is reported and left out', () => {
    const result = merge({}, [
      { dir: 'a', region: COUNTY },
      { dir: 'b', region: COUNTY },
    ]);
    expect(found(result.diagnostics)).toEqual(['repository-duplicate-region b/region.yaml:1:7']);
    expect(result.model.regions.map((r) => r.file)).toEqual(['a/region.yaml']);
  });

  it('a region that skips a level whose region its code names: the parent is missing', () => {
    const result = merge({}, [
      { dir: 'yunchuan', region: CITY },
      { dir: 'yunchuan/qiaodong', region: TOWNSHIP },
      { dir: 'yunchuan/nanguan', region: VILLAGE },
    ]);
    expect(found(result.diagnostics)).toEqual([
      'repository-parent-missing yunchuan/nanguan/region.yaml:1:7',
      'repository-parent-missing yunchuan/qiaodong/region.yaml:1:7',
    ]);
    expect(result.diagnostics[0]?.args).toMatchObject({
      parentCode: '431402',
      parentLevel: '县级',
    });
  });

  it('a city without counties (东莞-style) may hold townships directly', () => {
    const result = merge({}, [
      { dir: 'dg', region: 'code: "441900"\nname: 东莞市\nlevel: 市级\n' },
      { dir: 'dg/liaobu', region: 'code: "441900121"\nname: 寮步镇\nlevel: 乡级\n' },
    ]);
    expect(found(result.diagnostics)).toEqual([]);
    expect(result.model.regions.map((r) => r.ref.parent)).toEqual([undefined, '441900']);
  });

  it('regions come top-down, each before its sub-regions, siblings by code', () => {
    const result = merge({}, [
      { dir: 'c/z', region: 'code: "431421"\nname: 柳林县\nlevel: 县级\n' },
      { dir: 'c/a/t', region: TOWNSHIP },
      { dir: 'c', region: CITY },
      { dir: 'c/a', region: COUNTY },
    ]);
    expect(result.model.regions.map((r) => r.ref.code)).toEqual([
      '431400',
      '431402',
      '431402001',
      '431421',
    ]);
    expect(result.model.regions[0]?.children).toEqual(['431402', '431421']);
  });
});
