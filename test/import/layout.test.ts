/**
 * One table, many domains (issue 19): the 一级事项 column holds domains, merged down their rows;
 * the sheet becomes one catalog per domain, names one level up, the mapping reported once.
 */
import { describe, expect, it } from 'vitest';
import type { MergeRange, SheetData } from '../../src/import/types.js';
import { importWorkbook } from '../../src/import/workbook.js';

type Row = (string | null)[];

function sheet(name: string, rows: Row[], merges: MergeRange[] = []): SheetData {
  const cells = new Map<number, Map<number, string>>();
  rows.forEach((values, r) => {
    const line = new Map<number, string>();
    values.forEach((value, c) => {
      if (value !== null && value !== '') line.set(c + 1, value);
    });
    cells.set(r + 1, line);
  });
  return { name, cells, merges };
}

const HEADER: Row[] = [
  ['某片区基层政务公开标准目录（测试数据）'],
  [
    '序号',
    '一级事项',
    '二级事项',
    '公开内容（要素）',
    '公开依据',
    '公开时限',
    '公开主体',
    '公开渠道和载体',
    '全社会',
    '特定群体',
    '主动',
    '依申请',
  ],
];
const row = (seq: string, l1: string | null, l2: string, content: string): Row => [
  seq,
  l1,
  l2,
  content,
  '《某条例》',
  '20个工作日',
  '某片区管理局',
  '政府网站',
  '√',
  null,
  '√',
  null,
];
const down = (col: number, top: number, bottom: number): MergeRange => ({
  top,
  bottom,
  left: col,
  right: col,
});

/** The diagnostics, but the table's missing 公开层级 column (these tables have none). */
const codes = (result: ReturnType<typeof importWorkbook>) =>
  result.diagnostics
    .filter((d) => d.code !== 'excel-column-missing')
    .map((d) => `${d.code} ${d.sheet ?? ''}!${d.cell ?? ''}`);

describe('a table of many domains', () => {
  const rows: Row[] = [
    ...HEADER,
    row('1', '社会救助', '最低生活保障', '1.政策文件 2.办理流程'),
    row('2', null, '最低生活保障', '救助对象名单'),
    row('3', null, '临时救助', '救助标准'),
    row('4', '重大项目建设', '批准服务信息', '项目名称'),
    row('5', '公共服务', '办事指南', '办理地点'),
    row('6', '惠农补贴', '补贴政策', '补贴标准'),
  ];
  const merges = [down(2, 3, 5), down(3, 3, 4)];
  const result = importWorkbook({ sheets: [sheet('目录', rows, merges)] }, { file: 'x.xlsx' });

  it('splits into one catalog per domain, the 二级 becoming the 一级', () => {
    expect(result.catalogs.map((c) => c.domain)).toEqual([
      'social-assistance',
      'major-construction-projects',
      'agricultural-subsidies',
    ]);
    const assistance = result.catalogs[0]?.catalog.items ?? [];
    expect(assistance.map((i) => [i.l1, i.elements])).toEqual([
      ['最低生活保障', ['政策文件', '办理流程']],
      ['最低生活保障', ['救助对象名单']],
      ['临时救助', ['救助标准']],
    ]);
    expect(assistance.map((i) => i.id)).toEqual(['最低生活保障', '最低生活保障-2', '临时救助']);
  });

  it('reports synonyms where they are, the mapping once, and rows under no domain', () => {
    expect(codes(result)).toEqual([
      'excel-domains-split 目录!B2',
      'excel-domain-synonym 目录!B6',
      'excel-domain-synonym 目录!B8',
      'excel-domain-rows 目录!B7',
    ]);
    const split = result.diagnostics.find((d) => d.code === 'excel-domains-split');
    expect(split?.args).toMatchObject({
      mapping: [
        '社会救助 → 社会救助（3）',
        '重大项目建设 → 重大建设项目（1）',
        '惠农补贴 → 涉农补贴（1）',
      ],
    });
  });

  it('a one-domain table whose 一级 happens to read like a domain is not split', () => {
    const one = [
      ['某县就业领域基层政务公开标准目录（测试数据）'],
      ...HEADER.slice(1),
      row('1', '就业创业', '政策咨询', '政策'),
      row('2', '就业信息服务', '岗位信息', '岗位'),
      row('3', '就业援助', '援助对象', '对象'),
    ];
    const plain = importWorkbook({ sheets: [sheet('就业', one)] }, { file: 'x.xlsx' });
    expect(plain.catalogs.map((c) => c.domain)).toEqual(['employment']);
    expect(plain.catalogs[0]?.catalog.items.map((i) => i.l1)).toEqual([
      '就业创业',
      '就业信息服务',
      '就业援助',
    ]);
  });

  it("a sheet assigned a domain ('Sheet名=领域') is one catalog, whatever its 一级 says", () => {
    const assigned = importWorkbook(
      { sheets: [sheet('目录', rows, merges)] },
      { file: 'x.xlsx', sheetDomains: { 目录: 'social-assistance' } },
    );
    expect(assigned.catalogs.map((c) => c.domain)).toEqual(['social-assistance']);
    expect(assigned.catalogs[0]?.catalog.items).toHaveLength(6);
  });

  it('a title naming a domain by a synonym is read with an info', () => {
    const titled = [
      ['某镇惠农补贴领域基层政务公开标准目录'],
      ...HEADER.slice(1),
      row('1', '补贴政策', '政策文件', '文件'),
    ];
    const read = importWorkbook({ sheets: [sheet('Sheet1', titled)] }, { file: 'x.xlsx' });
    expect(read.catalogs.map((c) => c.domain)).toEqual(['agricultural-subsidies']);
    expect(codes(read)).toEqual(['excel-domain-synonym Sheet1!A1']);
  });
});

describe('an item over two sheet rows', () => {
  const header: Row[] = [
    ['某县社会救助领域基层政务公开标准目录（测试数据）'],
    [
      '序号',
      '一级事项',
      '二级事项',
      '公开内容（要素）',
      '公开依据',
      '公开时限',
      '公开主体',
      '公开渠道和载体',
      '全社会',
      '特定群体',
      '主动',
      '依申请',
    ],
  ];
  const first: Row = [
    '1',
    '临时救助',
    '审核信息',
    '1.救助对象 2.救助金额',
    '《社会救助暂行办法》',
    '审核后3个工作日内',
    '某镇人民政府',
    '■政府网站',
    '√',
    null,
    '√',
    null,
  ];
  const second: Row = [
    null,
    null,
    null,
    null,
    null,
    '公示期满后长期公开',
    null,
    '■村务公示栏 ■片区公示栏',
    null,
    '√申请人所在村村民',
    null,
    null,
  ];
  const merges = [
    down(1, 3, 4),
    down(2, 3, 4),
    down(3, 3, 4),
    down(4, 3, 4),
    down(5, 3, 4),
    down(7, 3, 4),
    down(11, 3, 4),
  ];

  it('is one item with both time limits, every channel and the second audience in the note', () => {
    const result = importWorkbook(
      { sheets: [sheet('社会救助', [...header, first, second], merges)] },
      { file: 'x.xlsx' },
    );
    const items = result.catalogs[0]?.catalog.items ?? [];
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      l1: '临时救助',
      l2: '审核信息',
      elements: ['救助对象', '救助金额'],
      timeLimit: '审核后3个工作日内\n公示期满后长期公开',
      channels: [
        '政府网站',
        '社区/企事业单位/村公示栏（电子屏）',
        { name: '片区公示栏', local: true },
      ],
      audience: '全社会',
      method: '主动',
      note: '【导入待核】公开对象另有：特定群体（申请人所在村村民）',
    });
    expect(items[0]?.audienceGroup).toBeUndefined();
    expect(codes(result)).toEqual(['excel-channel-local 社会救助!H4']);
  });

  it('but two rows with their own content under one merged name are two items', () => {
    const other: Row = [...second];
    other[3] = '救助标准';
    const split = merges.filter((m) => m.left !== 4);
    const result = importWorkbook(
      { sheets: [sheet('社会救助', [...header, first, other], split)] },
      { file: 'x.xlsx' },
    );
    expect(result.catalogs[0]?.catalog.items).toHaveLength(2);
  });
});
