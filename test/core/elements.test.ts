import { describe, expect, it } from 'vitest';
import { readElementCell, splitElements } from '../../src/core/cells/elements.js';

const names = (cell: string): string[] => splitElements(cell).map((element) => element.name);

/** Element lists of reference/rows, each written back in every list style seen. */
const REFERENCE_LISTS: readonly (readonly string[])[] = [
  ['文件名称', '文号', '发布部门', '发布日期', '实施日期', '正文'],
  ['会议名称', '会议时间地点', '会议结果'],
  ['学校名称', '学校地址', '办学层次', '办学类型', '办公电话'],
  ['学校数据', '在校生数据', '教师数据', '办学条件数据', '县级汇总数据'],
  ['有关重大政策的解读及回应', '相关热点问题的解读及回应'],
  ['办理地点（方式）', '办理时间', '联系电话'],
];

const STYLES: readonly [string, (items: readonly string[]) => string][] = [
  ['1.x;2.y', (items) => items.map((item, index) => `${index + 1}.${item}`).join(';')],
  ['1、x 2、y', (items) => items.map((item, index) => `${index + 1}、${item}`).join(' ')],
  ['1.x2.y', (items) => items.map((item, index) => `${index + 1}.${item}`).join('')],
  ['(1)x(2)y', (items) => items.map((item, index) => `（${index + 1}）${item}`).join('')],
  ['·x ·y', (items) => items.map((item) => `·${item}`).join(' ')],
  [
    '①x②y',
    (items) =>
      items.map((item, index) => `${String.fromCodePoint(0x2460 + index)}${item}`).join(' '),
  ],
  ['lines', (items) => items.join('\n')],
  ['CRLF lines', (items) => items.join('\r\n')],
  ['x；y', (items) => items.join('；')],
  ['x、y', (items) => items.join('、')],
  ['padded', (items) => `\u3000${items.join('\u00a0、\u00a0')}\u3000`],
];

describe('splitElements: list styles', () => {
  for (const [style, write] of STYLES) {
    it.each(REFERENCE_LISTS.map((items) => [items.join('|'), items]))(
      `${style}: %s`,
      (_, items) => {
        expect(names(write(items))).toEqual(items);
      },
    );
  }
});

describe('splitElements: ●/〇 flags', () => {
  it('reads ● as required and 〇 as optional', () => {
    expect(splitElements('●文件名称 ●文号 〇发布部门\n〇实施日期')).toEqual([
      { name: '文件名称', required: true },
      { name: '文号', required: true },
      { name: '发布部门', required: false },
      { name: '实施日期', required: false },
    ]);
  });

  it('reads a typed ○ as 〇 and leaves plain bullets unflagged', () => {
    expect(splitElements('●项目名称○建设地点·备注')).toEqual([
      { name: '项目名称', required: true },
      { name: '建设地点', required: false },
      { name: '备注' },
    ]);
  });

  it('keeps the parentheses of a flagged element', () => {
    expect(
      splitElements(
        '●申请指南（补贴对象、补贴范围、补贴标准、申请程序、申请材料、咨询电话、受理单位、办理时限、联系方式等）',
      ),
    ).toEqual([
      {
        name: '申请指南（补贴对象、补贴范围、补贴标准、申请程序、申请材料、咨询电话、受理单位、办理时限、联系方式等）',
        required: true,
      },
    ]);
  });

  it('flags numbered items too', () => {
    expect(splitElements('1.●文件名称;2.〇文号')).toEqual([
      { name: '文件名称', required: true },
      { name: '文号', required: false },
    ]);
  });
});

describe('splitElements: what stays whole', () => {
  it.each([
    '办理地点（方式）',
    '调查 结 果', // OCR spaces inside a word
    '专项转移支付分地区、分项目公开', // a phrase with 、, not a list
    '本行政区域内因自然灾害造成的损失情况（受灾时间、灾害种类、受灾范围、灾害造成的损失等）',
    '涉及管理相对人切身利益、需社会广泛知晓的重要改革方案等重大决策，决策前向社会公开决策草案、决策依据',
    '办事指南：适用范围、事项审查类型、项目信息（项目名称、审批类别、项目编码）、办理依据、受理机构',
    '一般公共预算：①一般公共预算收入表 ②一般公共预算支出表 ③一般公共预算本级支出表',
    '2018年度报告',
    '附件2、3',
    '征收土地公告：征地批准机关、批准文号、批准时间、批准用途、征收范围',
  ])('%s', (cell) => {
    expect(names(cell)).toEqual([cell]);
  });

  it('keeps a heading with its list as one element', () => {
    expect(names('申请材料：\n身份证\n户口簿')).toEqual(['申请材料： 身份证 户口簿']);
  });

  it('splits at the outermost list only', () => {
    expect(
      names('1.一般公共预算：①收入表 ②支出表 2.政府性基金预算：①基金收入表 ②基金支出表'),
    ).toEqual(['一般公共预算：①收入表 ②支出表', '政府性基金预算：①基金收入表 ②基金支出表']);
    expect(
      names(
        '本级支出公开到功能分类项级科目；本级基本支出公开到经济性质分类款级科目；专项转移支付分地区、分项目公开',
      ),
    ).toEqual([
      '本级支出公开到功能分类项级科目',
      '本级基本支出公开到经济性质分类款级科目',
      '专项转移支付分地区、分项目公开',
    ]);
  });

  it('keeps a preamble that is no heading as an element', () => {
    expect(names('总体情况 1.机构名称 2.机构职能')).toEqual(['总体情况', '机构名称', '机构职能']);
  });

  it('does not take stray numbers for a list', () => {
    expect(names('2.5米以上道路 3.0标准')).toEqual(['2.5米以上道路 3.0标准']);
    expect(names('第3.条款')).toEqual(['第3.条款']);
  });

  it('reads a truncated numbered list (OCR lost the rest)', () => {
    expect(names('1.机构名称;')).toEqual(['机构名称']);
  });
});

describe('splitElements: nothing to split', () => {
  it.each(['', '   ', '\u3000\u00a0', '；；', '·', '1.'])('%j gives no elements', (cell) => {
    expect(splitElements(cell)).toEqual([]);
  });

  it('survives hostile text', () => {
    for (const cell of ['（（（（', '））', '①②③', '●●●', '鎮(zhèn)級', '1.2.3.4.', '\u0000']) {
      expect(() => splitElements(cell)).not.toThrow();
    }
  });
});

describe('readElementCell: numbering quirks of real tables (issue 19)', () => {
  it('a number that lost its dot ("7地点") still starts the next element of the chain', () => {
    expect(names('1.机构名称；2.职能；3.负责人；4.内设机构；5.办公时间；6.电话；7地点')).toEqual([
      '机构名称',
      '职能',
      '负责人',
      '内设机构',
      '办公时间',
      '电话',
      '地点',
    ]);
  });

  it('but not a number before a unit, nor one out of sequence', () => {
    expect(names('1.公示名单；2.公示期7天')).toEqual(['公示名单', '公示期7天']);
    expect(names('1.补助对象；2.补助标准3户以上')).toEqual(['补助对象', '补助标准3户以上']);
    expect(names('1.补助对象；2.补助标准；5项目名称')).toEqual(['补助对象', '补助标准；5项目名称']);
  });

  it('an introductory sentence before a numbered list is the introduction, not an element', () => {
    expect(readElementCell('按规定公开以下内容：1.救助对象 2.救助标准 3.救助金额')).toEqual({
      introduction: '按规定公开以下内容：',
      elements: [{ name: '救助对象' }, { name: '救助标准' }, { name: '救助金额' }],
    });
  });

  it('a heading that qualifies every element keeps the cell whole (as before)', () => {
    expect(names('一般公共预算：1.收入 2.支出')).toEqual(['一般公共预算：1.收入 2.支出']);
  });
});
