/**
 * The reconciliation of `gkml import --into`, on a small repository built in memory: what a sheet
 * row writes (nothing when it says what the region has; an override for a changed value, relative
 * to what is inherited; a local item; an omission), what it keeps, and what it refuses.
 */
import { describe, expect, it } from 'vitest';
import { mergeRepository } from '../../src/core/merge/index.js';
import type { RawItem } from '../../src/core/model/raw.js';
import { reconcile, verify } from '../../src/import/into/reconcile.js';
import { COUNTY, NATIONAL } from '../core/merge/fixtures.js';
import { repositoryInput } from '../helpers/merge.js';

const OVERLAY = `domain: employment
items:
  - id: info.consulting
    subject: 河西区人社局
    channels:
      add: [{ name: 政府网站, url: https://hexi.example/jy/ }]
  - id: info.vacancies
    subject: 河西区就业服务中心
    levels: [县级]
`;

function setup(overlay = OVERLAY) {
  const input = repositoryInput({ 'employment.yaml': NATIONAL }, [
    { dir: 'hexi', region: COUNTY, catalogs: { 'employment.yaml': overlay } },
  ]);
  input.requestedFile = 'hexi/region.yaml';
  const merged = mergeRepository(input);
  const region = input.regions[0];
  const ref = merged.model.regions[0]?.ref;
  const inherited = merged.inherited?.get('employment');
  if (!region || !ref || !inherited) throw new Error('fixture did not merge');
  const table = merged.model.regions[0]?.catalogs[0]?.items.map((e) => e.item) ?? [];
  return { region, ref, inherited, table, overlay: region.catalogs[0] };
}

/** The region's items as a sheet would give them back: every column filled, ids kept. */
function sheetRows(table: ReturnType<typeof setup>['table']): RawItem[] {
  return table.map((item) => ({
    id: item.id,
    l1: item.l1 ?? '',
    ...(item.l2 !== undefined ? { l2: item.l2 } : {}),
    ...(item.l3 !== undefined ? { l3: item.l3 } : {}),
    ...(item.timeLimit ? { timeLimit: item.timeLimit.text } : {}),
    ...(item.subject !== undefined ? { subject: item.subject } : {}),
    channels: item.channels.map((c) =>
      c.detail === undefined ? c.name : `${c.name}：${c.detail}`,
    ),
  }));
}

/** What reconcile is given for the 就业 sheet `rows` of 河西区 (`s`, its setup). */
function intoInput(s: ReturnType<typeof setup>, rows: RawItem[], title?: string) {
  const layer = { kind: 'region' as const, code: s.ref.code, name: s.ref.name, level: s.ref.level };
  return {
    sheet: {
      domain: 'employment' as const,
      sheet: '（十八）就业',
      catalog: { domain: 'employment', ...(title !== undefined ? { title } : {}), items: rows },
      positions: { rows: rows.map((_, i) => i + 4), columns: { l1: 2, l2: 3, timeLimit: 6 } },
    },
    workbook: 'hexi.xlsx',
    inherited: s.inherited,
    target: 'hexi/employment.yaml',
    region: { layer, level: s.ref.level },
    ref: s.ref,
    ...(s.overlay ? { overlay: s.overlay } : {}),
  };
}

function run(rows: RawItem[], overlay = OVERLAY, title?: string) {
  return reconcile(intoInput(setup(overlay), rows, title));
}

const table = () => setup().table;

describe('import --into: one sheet reconciled with the region', () => {
  it('a sheet saying what the region has writes nothing', () => {
    const result = run(sheetRows(table()));
    expect(result.report.written).toBe(false);
    expect(result.diagnostics).toEqual([]);
    expect(result.catalog.items).toEqual(setup().overlay?.catalog.items);
  });

  it('a changed cell is an override; a value back to the inherited one is no longer written', () => {
    const rows = sheetRows(table());
    const [first] = rows;
    if (!first) throw new Error('rows');
    first.timeLimit = '5个工作日内';
    first.subject = '县级人力资源社会保障部门';
    const result = run(rows);
    // The subject is the national one again; the inherited ■ flags and the region's URL stay.
    expect(result.catalog.items[0]).toEqual({
      id: 'info.consulting',
      channels: { add: [{ name: '政府网站', url: 'https://hexi.example/jy/' }] },
      timeLimit: '5个工作日内',
    });
    const changes = result.report.changed.map((c) => `${c.cell ?? ''} ${c.old} → ${c.new}`);
    expect(changes).toEqual([
      '（十八）就业!F4 信息形成或者变更之日起20个工作日内 → 5个工作日内',
      '（十八）就业!B4 河西区人社局 → 县级人力资源社会保障部门',
    ]);
  });

  it('a blank cell says nothing: the value stays', () => {
    const rows = sheetRows(table());
    if (rows[0]) delete rows[0].subject;
    expect(run(rows).report.written).toBe(false);
  });

  it('a missing row becomes an omission with a warning; a new row a local item, in place', () => {
    const rows = sheetRows(table());
    const [first, , third] = rows;
    if (!first || !third) throw new Error('rows');
    const added: RawItem = {
      id: 'x',
      l1: '就业信息服务',
      l2: '零工驿站',
      subject: '河西区零工驿站',
    };
    const result = run([first, added, third]);
    expect(
      result.catalog.items.map((e) => [e.id, e.omit ?? '', e.local ?? false, e.after ?? '']),
    ).toEqual([
      ['info.consulting', '', false, ''],
      ['info.vacancies', expect.stringContaining('没有此行') as string, false, ''],
      ['x', '', true, 'info.consulting'],
    ]);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['excel-into-omitted']);
    expect(result.report.added.map((r) => r.id)).toEqual(['x']);
    expect(result.report.removed.map((r) => r.id)).toEqual(['info.vacancies']);
  });

  it('a row restoring an item the region omitted takes the omission away', () => {
    const omitted = `domain: employment\nitems:\n  - id: info.vacancies\n    omit: 无此业务\n`;
    const s = setup(omitted);
    const rows = sheetRows(s.table);
    rows.splice(1, 0, { id: 'info.vacancies', l1: '就业信息服务', l2: '岗位信息发布' });
    const result = run(rows, omitted);
    expect(result.catalog.items).toEqual([]);
    expect(result.report.added).toMatchObject([{ id: 'info.vacancies', restored: true }]);
  });

  it('a row the region could not list is refused at its 公开层级 cell', () => {
    const rows = sheetRows(table());
    rows.push({ id: 'city-only', l1: '新', levels: ['市级'] });
    const result = run(rows);
    expect(result.diagnostics.map((d) => `${d.sheet ?? ''}!${d.cell ?? ''} ${d.code}`)).toEqual([
      '（十八）就业!B7 excel-into-level',
    ]);
  });

  it('the check can fail: a catalog that does not give back the sheet is a mismatch', () => {
    const rows = sheetRows(table());
    const [first] = rows;
    if (!first) throw new Error('rows');
    first.timeLimit = '5个工作日内';
    const s = setup();
    const input = intoInput(s, rows);
    // The region's file as it was: it does not carry the sheet's new 公开时限.
    const unchanged = s.overlay?.catalog ?? { domain: 'employment', items: [] };
    const ids = s.table.map((item) => item.id);
    expect(verify(input, unchanged, ids).map((d) => d.code)).toEqual(['excel-into-mismatch']);
  });

  it('the title row: as exported says nothing; a new one for the region is kept; another is reported', () => {
    const rows = sheetRows(table());
    const same = run(rows, OVERLAY, '河西区就业领域基层政务公开标准目录');
    expect(same.report.written).toBe(false);
    expect(same.diagnostics).toEqual([]);

    const edited = run(rows, OVERLAY, '河西区就业创业领域基层政务公开标准目录（2026年修订）');
    expect(edited.catalog.title).toBe('河西区就业创业领域基层政务公开标准目录（2026年修订）');
    expect(edited.report.title).toEqual({
      old: '河西区就业领域基层政务公开标准目录',
      new: '河西区就业创业领域基层政务公开标准目录（2026年修订）',
      cell: '（十八）就业!A1',
    });

    for (const other of ['柳林县就业领域基层政务公开标准目录', '河西区基层政务公开标准目录']) {
      const result = run(rows, OVERLAY, other);
      expect(result.report.written, other).toBe(false);
      expect(result.catalog.title).toBeUndefined();
      expect(result.diagnostics.map((d) => `${d.sheet ?? ''}!${d.cell ?? ''} ${d.code}`)).toEqual([
        '（十八）就业!A1 excel-into-title',
      ]);
    }
  });
});
