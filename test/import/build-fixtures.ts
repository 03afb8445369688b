/**
 * The import fixtures: small workbooks in the shapes real offices send (docs/data-model.md §1, §2, §5, §9,
 * §10), built with exceljs so that each variant is visible in code. `fixtures.test.ts` checks the
 * committed .xlsx files under test/fixtures/excel against these builders; rebuild them with
 * `UPDATE_GOLDEN=1 npx vitest run test/import/fixtures.test.ts`.
 */
import ExcelJS from 'exceljs';
import { withFixedZipDates } from '../../src/render/xlsx/zip-dates.js';
import { township, townshipSplit } from './build-township.js';

type Row = (string | number | null)[];

export interface SheetSpec {
  name: string;
  rows: Row[];
  merges?: string[];
}

const NBSP = '\u00a0';
const IDEOGRAPHIC_SPACE = '\u3000';

export async function workbook(sheets: SheetSpec[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.created = new Date('2024-01-01T00:00:00Z');
  book.modified = book.created;
  for (const spec of sheets) {
    const sheet = book.addWorksheet(spec.name);
    spec.rows.forEach((values, index) => {
      values.forEach((value, col) => {
        if (value !== null) sheet.getCell(index + 1, col + 1).value = value;
      });
    });
    for (const range of spec.merges ?? []) sheet.mergeCells(range);
  }
  return withFixedZipDates(Buffer.from(await book.xlsx.writeBuffer()), '2024-01-01');
}

const FULL_LIST = (checked: string[]): string =>
  [
    ['政府网站', '政府公报'],
    ['两微一端', '发布会/听证会'],
    ['广播电视', '纸质媒体'],
    ['公开查阅点', '政务服务中心'],
    ['便民服务站', '入户/现场'],
    ['社区/企事业单位/村公示栏（电子屏）'],
    ['精准推送', '其他'],
  ]
    .map((line) => line.map((name) => `${checked.includes(name) ? '■' : '□'}${name}`).join('  '))
    .join('\n');

const HEADER_TWO_LEVEL: Row[] = [
  [
    '序号',
    '公开事项',
    null,
    '公开内容（要素）',
    '公开依据',
    '公开时限',
    '公开主体',
    '公开渠道和载体（“■”表示必选项，“□”表示可选项）',
    '公开对象',
    null,
    '公开方式',
    null,
    '公开层级',
    null,
  ],
  [
    null,
    '一级事项',
    '二级事项',
    null,
    null,
    null,
    null,
    null,
    '全社会',
    '特定群体',
    '主动',
    '依申请',
    '县级',
    '乡级',
  ],
];
const HEADER_TWO_LEVEL_MERGES = [
  'A2:A3',
  'B2:C2',
  'D2:D3',
  'E2:E3',
  'F2:F3',
  'G2:G3',
  'H2:H3',
  'I2:J2',
  'K2:L2',
  'M2:N2',
];

/**
 * The common county table: title, two header rows with merges, 一级事项 merged down, numbering
 * inside names, 序号 like "0505", blank rows, padding (NBSP, 全角 spaces), notes under the table.
 */
export function twoLevel(): Promise<Buffer> {
  return workbook([
    {
      name: 'Sheet1',
      rows: [
        ['巩义县就业创业领域基层政务公开标准目录（2024年版）'],
        ...HEADER_TWO_LEVEL,
        [
          '0501',
          '1.就业信息服务',
          '1.1就业政策法规咨询',
          '1.就业创业政策项目；2.对象范围；3.政策申请条件',
          '《中华人民共和国就业促进法》、《人力资源市场暂行条例》（国务院令第700号）',
          '信息形成或者变更之日起20个工作日内',
          `${NBSP}巩义县人力资源和社会保障局${IDEOGRAPHIC_SPACE}`,
          FULL_LIST(['政府网站', '政务服务中心']),
          '√',
          null,
          '√',
          null,
          '√',
          '√',
        ],
        [
          '0502',
          null,
          '1.2岗位信息发布',
          '招聘单位、岗位要求、福利待遇',
          '《人力资源市场暂行条例》',
          '实时',
          '巩义县公共就业服务中心',
          FULL_LIST(['政府网站', '两微一端', '便民服务站']),
          '√',
          null,
          '√',
          null,
          '√',
          null,
        ],
        [null, null, null, null, null, null, null, null, null, null, null, null, null, null],
        [
          '0505',
          '2.就业失业登记',
          '2.1失业登记',
          '1.办理条件\n2.所需材料',
          '《就业服务与就业管理规定》（劳动和社会保障部令第28号）',
          '信息形成或者变更之日起20个工作日内',
          '巩义县人力资源和社会保障局',
          `■政府网站${NBSP}${NBSP}■政务服务中心`,
          ` √ `,
          null,
          '√',
          null,
          null,
          '√',
        ],
        [null],
        ['注：1.本目录由巩义县人民政府办公室负责解释。'],
        ['2.各部门每年12月底前更新目录。'],
      ],
      merges: ['A1:N1', ...HEADER_TWO_LEVEL_MERGES, 'B4:B5'],
    },
  ]);
}

/**
 * 三级事项 and three levels (九江, 合肥); "同上" cells; no title: the domain comes from the sheet
 * name "（二）公共资源交易"; a 特定群体（请写明） header whose cells name the group.
 */
export function threeLevel(): Promise<Buffer> {
  return workbook([
    {
      name: '（二）公共资源交易',
      rows: [
        [
          '序号',
          '公开事项',
          null,
          null,
          '公开内容（要素）',
          '公开依据',
          '公开时限',
          '公开主体',
          '公开渠道和载体',
          '公开对象',
          null,
          '公开方式',
          null,
          '公开层级',
          null,
          null,
        ],
        [
          null,
          '一级事项',
          '二级事项',
          '三级事项',
          null,
          null,
          null,
          null,
          null,
          '全社会',
          '特定群体（请写明）',
          '主动',
          '依申请',
          '市级',
          '县级',
          '乡级',
        ],
        [
          1,
          '工程建设项目招标投标',
          '招标公告',
          '招标公告和投标邀请书',
          '招标条件、项目概况与招标范围',
          '《中华人民共和国招标投标法》',
          '信息形成或者变更之日起20个工作日内',
          '县公共资源交易中心',
          '■政府网站 ■公共资源交易平台',
          '√',
          null,
          '√',
          null,
          '√',
          '√',
          null,
        ],
        [
          2,
          null,
          null,
          '资格预审公告',
          '资格预审条件',
          '同上',
          '同上',
          '同上',
          '同上',
          '√',
          null,
          '√',
          null,
          '√',
          '√',
          null,
        ],
        [
          3,
          null,
          '中标结果公示',
          '─',
          '中标候选人、投标报价',
          '《中华人民共和国招标投标法实施条例》（国务院令第613号）',
          '自收到评标报告之日起3日内',
          '县公共资源交易中心',
          '■政府网站',
          null,
          '投标人',
          null,
          '√',
          null,
          '√',
          null,
        ],
      ],
      merges: [
        'A1:A2',
        'B1:D1',
        'E1:E2',
        'F1:F2',
        'G1:G2',
        'H1:H2',
        'I1:I2',
        'J1:K1',
        'L1:M1',
        'N1:P1',
        'B3:B5',
        'C3:C4',
      ],
    },
  ]);
}

/**
 * Checkbox glyphs of every kind (■ ▄ ◆ ▲ √ R t / □ 口 £ ○), variant channel spellings, a township
 * table (镇级/村级) with 特定群众 and 依申请公开 headers, the group's name in the 特定 cell.
 */
export function glyphs(): Promise<Buffer> {
  const header: Row[] = [
    [
      '序号',
      '公开事项',
      null,
      '公开内容（要素）',
      '公开依据',
      '公开时限',
      '公开主体',
      '公开渠道和载体（“■”表示必选项，“口”表示可选项）',
      '公开对象',
      null,
      '公开方式',
      null,
      '公开层级',
      null,
    ],
    [
      null,
      '一级事项',
      '二级事项',
      null,
      null,
      null,
      null,
      null,
      '全社会',
      '特定群众',
      '主动公开',
      '依申请公开',
      '镇级',
      '村级',
    ],
  ];
  const row = (n: number, l2: string, channels: string, special: string | null = null): Row => [
    n,
    '社会救助政策',
    l2,
    '政策文件',
    '《社会救助暂行办法》',
    '10个工作日',
    '某镇人民政府',
    channels,
    special === null ? '√' : null,
    special,
    '√',
    null,
    '√',
    n % 2 === 0 ? '√' : null,
  ];
  return workbook([
    {
      name: '社会救助',
      rows: [
        ['某镇社会救助领域基层政务公开标准目录'],
        ...header,
        row(1, '最低生活保障', '▄政府网站;口政府公报;口政务新媒体;▄公开查阅点;口其他。'),
        row(2, '特困人员供养', '◆政府网站 □政府公报 ◆政府服务中心'),
        row(3, '临时救助', '▲政府网站 □政府公报 ▲纸质载体'),
        row(4, '医疗救助', '√政府网站 ○政府公报 √人户/现场'),
        row(5, '受灾人员救助', 'R政府网站 £政府公报 R一微一端 t便民服务中心'),
        row(6, '救助结果', '■社区/企事业单位、村公示栏（电子屏） ■村村响大喇叭', '申请人及村民'),
        row(7, '申请审核', '政府网站、政务服务中心、其他：社会救助服务窗口'),
      ],
      merges: [
        'A1:N1',
        'A2:A3',
        'B2:C2',
        'D2:D3',
        'E2:E3',
        'F2:F3',
        'G2:G3',
        'H2:H3',
        'I2:J2',
        'K2:L2',
        'M2:N2',
      ],
    },
  ]);
}

/**
 * One workbook, several domains, several level schemes: 区级/镇(街)级 (Chongqing), 县级/乡、村级;
 * a typo'd header "一级事项 一级事项" (南江); an extra column (咨询电话); 公开方式 as one text
 * column; no 公开层级 at all in the third sheet; a cover sheet with no table.
 */
export function mixed(): Promise<Buffer> {
  return workbook([
    { name: '封面', rows: [['某区基层政务公开标准目录汇编'], ['2024年3月']] },
    {
      name: '（一）户籍管理',
      rows: [
        ['某区户籍管理领域基层政务公开标准目录'],
        [
          '序号',
          '公开事项',
          null,
          '公开内容（要素）',
          '公开依据',
          '公开时限',
          '公开主体',
          '公开渠道和载体',
          '公开对象',
          null,
          '公开方式',
          null,
          '公开层级',
          null,
          '咨询电话',
        ],
        [
          null,
          '一级事项',
          '一级事项',
          null,
          null,
          null,
          null,
          null,
          '全社会',
          '特定群体',
          '主动',
          '依申请',
          '区级',
          '镇(街)级',
          null,
        ],
        [
          1,
          '户口登记',
          '出生登记',
          '办理条件、所需材料',
          '《中华人民共和国户口登记条例》',
          '实时',
          '某区公安分局',
          '■政府网站',
          '√',
          null,
          '√',
          null,
          '√',
          '√',
          '023-12345678',
        ],
      ],
      merges: [
        'A1:O1',
        'A2:A3',
        'B2:C2',
        'D2:D3',
        'E2:E3',
        'F2:F3',
        'G2:G3',
        'H2:H3',
        'I2:J2',
        'K2:L2',
        'M2:N2',
        'O2:O3',
      ],
    },
    {
      name: '（二）扶贫',
      rows: [
        ['某区扶贫领域基层政务公开标准目录'],
        [
          '序号',
          '公开事项',
          null,
          '公开内容（要素）',
          '公开依据',
          '公开时限',
          '公开主体',
          '公开渠道和载体',
          '公开对象',
          null,
          '公开方式',
          null,
          '公开层级',
          null,
        ],
        [
          null,
          '一级事项',
          '二级事项',
          null,
          null,
          null,
          null,
          null,
          '全社会',
          '特定群体',
          '主动',
          '依申请',
          '县级',
          '乡、村级',
        ],
        [
          1,
          '扶贫政策',
          '政策文件',
          '文件名称、文号',
          '《中华人民共和国政府信息公开条例》',
          '信息形成（变更）20个工作日内',
          '某区扶贫办',
          '■政府网站 ■公示栏',
          '√',
          '√',
          '√',
          '√',
          '√',
          '√',
        ],
        [
          2,
          '扶贫项目',
          '项目计划',
          '项目名称',
          '《扶贫项目资金管理办法》',
          '20个工作日',
          '某区扶贫办',
          '■政府网站',
          null,
          null,
          null,
          null,
          null,
          null,
        ],
      ],
      merges: [
        'A1:N1',
        'A2:A3',
        'B2:C2',
        'D2:D3',
        'E2:E3',
        'F2:F3',
        'G2:G3',
        'H2:H3',
        'I2:J2',
        'K2:L2',
        'M2:N2',
      ],
    },
    {
      name: '（三）养老服务',
      rows: [
        ['某区养老服务领域基层政务公开标准目录'],
        [
          '序号',
          '一级事项',
          '二级事项',
          '公开内容',
          '公开依据',
          '公开时限',
          '公开主体',
          '公开渠道',
          '公开对象',
          '公开方式',
        ],
        [
          1,
          '养老服务政策',
          '政策文件',
          '政策文件全文',
          '《养老机构管理办法》',
          '20个工作日内',
          '某区民政局',
          '政府网站',
          '全社会',
          '主动公开',
        ],
        [
          2,
          '养老机构',
          '—',
          '机构名称、地址',
          '同上',
          '20个工作日内',
          '某区民政局',
          '政府网站',
          '全社会',
          '依申请公开',
        ],
      ],
      merges: ['A1:J1'],
    },
  ]);
}

/** A workbook whose sheets have no catalog header at all. */
export function noHeader(): Promise<Buffer> {
  return workbook([{ name: '工作表1', rows: [['会议纪要'], ['时间：2024年3月'], ['内容：……']] }]);
}

/** A Compound File Binary header with nothing of a workbook after it: what .xls files start with. */
export function legacyXls(): Buffer {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return Buffer.concat([
    header,
    Buffer.alloc(504),
    Buffer.from('Workbook', 'utf16le'),
    Buffer.alloc(64),
  ]);
}

/** The same container holding the streams an encrypted (password-protected) .xlsx has. */
export function encrypted(): Buffer {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const streams = Buffer.from('EncryptionInfo\u0000EncryptedPackage', 'utf16le');
  return Buffer.concat([header, Buffer.alloc(504), streams, Buffer.alloc(64)]);
}

/** A zip signature and then garbage: a download cut short. */
export function corrupt(): Buffer {
  return Buffer.concat([
    Buffer.from('PK\u0003\u0004', 'latin1'),
    Buffer.from('这不是一个完整的工作簿'.repeat(8)),
  ]);
}

export const FIXTURES = {
  'two-level.xlsx': twoLevel,
  'three-level.xlsx': threeLevel,
  'glyphs.xlsx': glyphs,
  'mixed.xlsx': mixed,
  'township.xlsx': township,
  'township-split.xlsx': townshipSplit,
  'no-header.xlsx': noHeader,
  'legacy.xls': () => Promise.resolve(legacyXls()),
  'encrypted.xlsx': () => Promise.resolve(encrypted()),
  'corrupt.xlsx': () => Promise.resolve(corrupt()),
} as const;
