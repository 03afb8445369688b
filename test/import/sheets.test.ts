/**
 * The importer on hand-made sheet data (no files): each diagnostic of the excel area that a sheet
 * can cause, and the id scheme.
 */
import { describe, expect, it } from 'vitest';
import type { DiagnosticCode } from '../../src/core/diagnostics/index.js';
import type { SheetData, WorkbookData } from '../../src/import/types.js';
import { importWorkbook } from '../../src/import/workbook.js';
import { itemName, markState } from '../../src/import/cells.js';

type Row = (string | null)[];

function sheet(name: string, rows: Row[]): SheetData {
  const cells = new Map<number, Map<number, string>>();
  rows.forEach((values, r) => {
    const line = new Map<number, string>();
    values.forEach((value, c) => {
      if (value !== null && value !== '') line.set(c + 1, value);
    });
    cells.set(r + 1, line);
  });
  return { name, cells, merges: [] };
}

const HEADER: Row[] = [
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
    '县级',
    '乡级',
  ],
];
const ROW = (l2: string, extra: Partial<Record<number, string>> = {}): Row => {
  const row: Row = [
    '1',
    '就业信息服务',
    l2,
    '对象范围',
    '《就业促进法》',
    '20个工作日',
    '县人社局',
    '■政府网站',
    '√',
    null,
    '√',
    null,
    '√',
    null,
  ];
  for (const [col, value] of Object.entries(extra)) row[Number(col)] = value ?? null;
  return row;
};

function run(workbook: WorkbookData, domain?: 'employment') {
  return importWorkbook(workbook, { file: 'x.xlsx', ...(domain ? { domain } : {}) });
}

const codes = (result: ReturnType<typeof run>): [DiagnosticCode, string][] =>
  result.diagnostics.map((d) => [d.code, `${d.sheet ?? ''}!${d.cell ?? ''}`]);

describe('import diagnostics, located at sheet!cell', () => {
  it('excel-domain-unknown: neither title nor sheet name names a domain; --domain fixes it', () => {
    const book = { sheets: [sheet('Sheet1', [['某县目录'], ...HEADER, ROW('就业政策法规咨询')])] };
    expect(codes(run(book))).toEqual([['excel-domain-unknown', 'Sheet1!A1']]);
    const fixed = run(book, 'employment');
    expect(fixed.diagnostics).toEqual([]);
    expect(fixed.catalogs.map((c) => c.domain)).toEqual(['employment']);
  });

  it('excel-domain-mismatch: the title wins over the sheet name', () => {
    const book = {
      sheets: [
        sheet('（三）社会救助', [['某县就业领域基层政务公开标准目录'], ...HEADER, ROW('a')]),
      ],
    };
    const result = run(book);
    expect(codes(result)).toEqual([['excel-domain-mismatch', '（三）社会救助!A1']]);
    expect(result.catalogs[0]?.domain).toBe('employment');
  });

  it('excel-domain-duplicate: a second sheet for one domain is not imported', () => {
    const book = {
      sheets: [sheet('就业', [...HEADER, ROW('a')]), sheet('就业创业', [...HEADER, ROW('b')])],
    };
    const result = run(book);
    expect(codes(result)).toEqual([['excel-domain-duplicate', '就业创业!A1']]);
    expect(result.catalogs).toHaveLength(1);
  });

  it('excel-cell-unreadable: 同上 with nothing above, a sentence among the channels, an odd mark', () => {
    const book = {
      sheets: [
        sheet('就业', [
          ...HEADER,
          ROW('a', {
            4: '同上',
            7: '■政府网站 □这里写的是一句很长很长的说明文字而不是任何一种公开渠道的名称请核对',
            12: '是的',
          }),
        ]),
      ],
    };
    const result = run(book);
    expect(codes(result)).toEqual([
      ['excel-cell-unreadable', '就业!E2'],
      ['excel-cell-unreadable', '就业!H2'],
      ['excel-cell-unreadable', '就业!M2'],
    ]);
    expect(result.catalogs[0]?.catalog.items[0]?.incomplete).toEqual(['bases']);
  });

  it('excel-row-unnamed: content without an item name is reported, not imported', () => {
    const book = {
      sheets: [sheet('就业', [...HEADER, ROW('a'), ROW('', { 1: '', 3: '孤立的要素' })])],
    };
    const result = run(book);
    expect(codes(result)).toEqual([['excel-row-unnamed', '就业!A3']]);
    expect(result.catalogs[0]?.catalog.items).toHaveLength(1);
  });

  it('excel-id-invalid: a malformed or repeated hidden id gives way to a generated one', () => {
    const header: Row[] = [[...(HEADER[0] ?? []), '事项编号（gkml）']];
    const book = {
      sheets: [
        sheet('就业', [
          ...header,
          [...ROW('a'), 'policy.consulting'],
          [...ROW('b'), 'policy.consulting'],
          [...ROW('c'), '不合法 的 编号!'],
        ]),
      ],
    };
    const result = run(book);
    expect(codes(result)).toEqual([
      ['excel-id-invalid', '就业!O3'],
      ['excel-id-invalid', '就业!O4'],
    ]);
    expect(result.catalogs[0]?.catalog.items.map((i) => i.id)).toEqual([
      'policy.consulting',
      '就业信息服务.b',
      '就业信息服务.c',
    ]);
  });

  it('excel-no-table: no sheet has a catalog header', () => {
    const result = run({ sheets: [sheet('备忘', [['会议纪要'], ['内容']])] });
    expect(codes(result)).toEqual([['excel-no-table', '备忘!A1']]);
  });
});

describe('ids: hidden column, then national names, then the names themselves', () => {
  it('takes the national id for the same names, and numbers repeats', () => {
    const book = {
      sheets: [
        sheet('就业', [
          ...HEADER,
          ROW('1.1 就业政策法规咨询'),
          ROW('岗位信息发布'),
          ROW('岗位信息发布'),
        ]),
      ],
    };
    const result = importWorkbook(book, {
      file: 'x.xlsx',
      known: () => [
        { id: 'info-service.policy-consulting', l1: '就业信息服务', l2: '就业政策法规咨询' },
      ],
    });
    expect(result.catalogs[0]?.catalog.items.map((i) => i.id)).toEqual([
      'info-service.policy-consulting',
      '就业信息服务.岗位信息发布',
      '就业信息服务.岗位信息发布-2',
    ]);
  });
});

describe('cell readers', () => {
  it('strip numbering from names, and read dashes as no name', () => {
    expect(
      [
        '1.就业信息服务',
        '1.1就业政策法规咨询',
        '（一）扶贫政策',
        '二、项目',
        '12345热线',
        '2019年计划',
        '─',
        '—',
        '/',
        '无',
      ].map(itemName),
    ).toEqual([
      '就业信息服务',
      '就业政策法规咨询',
      '扶贫政策',
      '项目',
      '12345热线',
      '2019年计划',
      '',
      '',
      '',
      '',
    ]);
  });

  it('read marks: √ and its glyphs, blanks and their stand-ins, other text', () => {
    expect(['√', ' √ ', '✓', '■', '是', '', '?', '？', '×', '□', '申请人'].map(markState)).toEqual([
      'checked',
      'checked',
      'checked',
      'checked',
      'checked',
      'blank',
      'blank',
      'blank',
      'blank',
      'blank',
      'text',
    ]);
  });
});

describe('rows as offices write them (issues 12 and 19)', () => {
  const item = (result: ReturnType<typeof run>, index = 0) =>
    result.catalogs[0]?.catalog.items[index];

  it('a tick in front of the group in the 特定群体 column is a tick plus the group', () => {
    const row = ROW('a', { 8: '', 9: '√拟征收土地所在地的村集体成员' });
    const result = run({ sheets: [sheet('就业', [...HEADER, row])] });
    expect(codes(result)).toEqual([]);
    expect(item(result)).toMatchObject({
      audience: '特定群体',
      audienceGroup: '拟征收土地所在地的村集体成员',
    });
  });

  it('text in the 特定群体 column without a tick names the group', () => {
    const result = run({
      sheets: [sheet('就业', [...HEADER, ROW('a', { 8: '', 9: '就业困难人员' })])],
    });
    expect(item(result)).toMatchObject({ audience: '特定群体', audienceGroup: '就业困难人员' });
  });

  it('one 公开对象 text column holding "特定群体：就业困难人员" gives the group', () => {
    const header: Row[] = [
      [
        '序号',
        '一级事项',
        '二级事项',
        '公开内容（要素）',
        '公开依据',
        '公开时限',
        '公开主体',
        '公开渠道和载体',
        '公开对象',
        '公开方式',
        '公开层级',
      ],
    ];
    const row: Row = [
      '1',
      '就业援助',
      '援助对象认定',
      '认定条件',
      '《就业促进法》',
      '20个工作日',
      '县人社局',
      '政府网站',
      '特定群体：就业困难人员',
      '主动公开',
      '县级',
    ];
    const result = run({ sheets: [sheet('就业', [...header, row])] });
    expect(codes(result)).toEqual([]);
    expect(item(result)).toMatchObject({ audience: '特定群体', audienceGroup: '就业困难人员' });
  });

  it('excel-name-blank: a blank, unmerged 一级事项 is reported, not only listed as incomplete', () => {
    const result = run({ sheets: [sheet('就业', [...HEADER, ROW('a', { 1: '' })])] });
    expect(codes(result)).toEqual([['excel-name-blank', '就业!B2']]);
    expect(item(result)?.incomplete).toEqual(['l1']);
  });

  it('an introduction before a numbered element list becomes the note; "7地点" still splits', () => {
    const text = '按规定公开以下内容：1.机构名称 2.职能 3.电话 4地点';
    const result = run({ sheets: [sheet('就业', [...HEADER, ROW('a', { 3: text })])] });
    expect(item(result)).toMatchObject({
      elements: ['机构名称', '职能', '电话', '地点'],
      note: '按规定公开以下内容：',
    });
  });
});
