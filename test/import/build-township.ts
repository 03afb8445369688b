/**
 * Test data built like a real 片区/township catalog as portals publish it (issue 19): one table for
 * many domains, the domain's name in 一级事项 merged down its rows (official names, an alias, the
 * synonyms offices write, and a heading that names no domain), sub-groups merged in 二级, shared
 * 公开依据 and 公开主体 merged, an item over two rows, channel cells with several local platforms and
 * local boards, numbering quirks. Every name and text is invented and the title says so.
 * `townshipSplit` is the same table split by hand into one sheet per domain.
 */
import { workbook, type SheetSpec } from './build-fixtures.js';

type Cell = string | null;

interface Spec {
  domain: string;
  group: string;
  /** null: the item of the row above continues (its 公开内容 merged over both rows). */
  content: string | null;
  basis: string;
  limit: string;
  subject: string;
  channels: string;
  /** '√' in 全社会, or the text of the 特定群体 cell. */
  audience: string;
  levels: ('镇' | '村')[];
}

const BASIS_ASSISTANCE = '《社会救助暂行办法》（测试数据）';
const OFFICE = '某某片区管理局社会事务办（测试数据）';

const ROWS: Spec[] = [
  {
    domain: '社会救助',
    group: '最低生活保障',
    content: '1.政策文件 2.办理流程 3.救助标准',
    basis: BASIS_ASSISTANCE,
    limit: '信息形成或者变更之日起20个工作日内',
    subject: OFFICE,
    channels: '某某片区政务服务平台、某某通APP、政府网站',
    audience: '√',
    levels: ['镇', '村'],
  },
  {
    domain: '社会救助',
    group: '最低生活保障',
    content: '救助对象名单、保障人数、救助金额',
    basis: BASIS_ASSISTANCE,
    limit: '审批后10个工作日内',
    subject: OFFICE,
    channels: '■政府网站 ■片区公示栏 ■镇公示栏 ■社区公示栏',
    audience: '申请人及所在村村民',
    levels: ['镇', '村'],
  },
  {
    domain: '社会救助',
    group: '特困人员救助供养',
    content:
      '按规定公开以下内容：1.供养条件 2.供养标准 3.办理程序 4.咨询电话 5.办公时间 6.办理机构 7地点',
    basis: BASIS_ASSISTANCE,
    limit: '20个工作日',
    subject: OFFICE,
    channels: '政府网站\n村务公开栏\n微信群',
    audience: '√',
    levels: ['镇'],
  },
  {
    domain: '社会救助',
    group: '临时救助',
    content: '1.救助对象 2.救助金额',
    basis: BASIS_ASSISTANCE,
    limit: '审核后3个工作日内',
    subject: OFFICE,
    channels: '■政府网站',
    audience: '√',
    levels: ['镇'],
  },
  {
    domain: '社会救助',
    group: '临时救助',
    content: null,
    basis: BASIS_ASSISTANCE,
    limit: '公示期满后长期公开',
    subject: OFFICE,
    channels: '■村务公示栏 ■片区公示栏',
    audience: '√申请人所在村村民',
    levels: ['村'],
  },
  {
    domain: '重大项目建设',
    group: '批准服务信息',
    content: '项目名称、审批部门、批复文号',
    basis: '《政府投资条例》（测试数据）',
    limit: '作出行政决定之日起7个工作日内',
    subject: '某某片区管理局经济发展办（测试数据）',
    channels: '政府网站/片区公示栏',
    audience: '√',
    levels: ['镇'],
  },
  {
    domain: '重大项目建设',
    group: '招标投标信息',
    content: '资格预审公告、招标公告、中标候选人公示',
    basis: '《招标投标法实施条例》（测试数据）',
    limit: '实时',
    subject: '招标人',
    channels: '中国政府采购网及其地方分网、某某公共资源交易中心网站、政府网站',
    audience: '√',
    levels: ['镇'],
  },
  {
    domain: '惠农补贴',
    group: '补贴政策',
    content: '1.补贴政策文件 2.补贴对象 3.补贴标准',
    basis: '《某省涉农补贴资金管理办法》（测试数据）',
    limit: '信息形成或变更之日起20个工作日内',
    subject: '某某片区管理局农业服务中心（测试数据）',
    channels: '■政府网站 □政府公报 ■其他：某某发布公众号',
    audience: '√',
    levels: ['镇', '村'],
  },
  {
    domain: '惠农补贴',
    group: '补贴发放结果',
    content: '补贴对象、补贴金额',
    basis: '《某省涉农补贴资金管理办法》（测试数据）',
    limit: '发放后10个工作日内',
    subject: '某某片区管理局农业服务中心（测试数据）',
    channels: '村务公开栏、一卡通发放系统、村村响大喇叭',
    audience: '√补贴对象',
    levels: ['村'],
  },
  {
    domain: '农村集体土地征收',
    group: '征地告知',
    content: '拟征收土地的位置、范围、用途',
    basis: '《中华人民共和国土地管理法》',
    limit: '在实地启动拟征收土地工作时',
    subject: '某某片区管理局（测试数据）',
    channels: '■政府网站 ■征地信息公开平台 ■村公示栏',
    audience: '√拟征收土地所在地的村集体成员',
    levels: ['镇', '村'],
  },
  {
    domain: '农村集体土地征收',
    group: '征地补偿登记',
    content: '登记期限、登记地点、所需材料',
    basis: '《中华人民共和国土地管理法》',
    limit: '征收土地公告发布时',
    subject: '某某片区管理局（测试数据）',
    channels: '社区公示栏；政府网站',
    audience: '√拟征收土地的所有权人、使用权人',
    levels: ['镇'],
  },
  {
    domain: '食品监管',
    group: '日常监督检查',
    content: '检查结果',
    basis: '《中华人民共和国食品安全法》',
    limit: '检查结束后20个工作日内',
    subject: '某某片区市场监管所（测试数据）',
    channels: '政府网站、12345热线',
    audience: '√',
    levels: ['镇'],
  },
  {
    domain: '食品监管',
    group: '行政处罚',
    content: '1.处罚决定书 2.处罚依据',
    basis: '《中华人民共和国食品安全法》',
    limit: '作出决定之日起7个工作日内',
    subject: '某某片区市场监管所（测试数据）',
    channels: '政府网站、国家企业信用信息公示系统',
    audience: '√',
    levels: ['镇'],
  },
  {
    domain: '就业',
    group: '就业失业登记',
    content: '1.办理条件 2.所需材料 3.办理流程',
    basis: '《就业服务与就业管理规定》（测试数据）',
    limit: '20个工作日',
    subject: OFFICE,
    channels: '政府网站 政务服务中心 某某片区人力资源市场',
    audience: '√',
    levels: ['镇', '村'],
  },
  {
    domain: '就业',
    group: '就业援助',
    content: '援助对象、援助措施',
    basis: '《就业服务与就业管理规定》（测试数据）',
    limit: '20个工作日',
    subject: OFFICE,
    channels: '政府网站、某某就业微信群',
    audience: '就业困难人员',
    levels: ['镇'],
  },
  {
    domain: '安全生产',
    group: '隐患排查治理',
    content: '1.排查对象 2.排查结果 3.整改情况',
    basis: '《中华人民共和国安全生产法》',
    limit: '实时',
    subject: '某某片区管理局应急办（测试数据）',
    channels: '■政府网站 ■两微一端 ■社区公示栏',
    audience: '√',
    levels: ['镇'],
  },
  {
    domain: '安全生产',
    group: '应急管理',
    content: '应急预案、应急演练',
    basis: '《中华人民共和国安全生产法》',
    limit: '信息形成之日起20个工作日内',
    subject: '某某片区管理局应急办（测试数据）',
    channels: '政府网站；广播电视；大喇叭',
    audience: '√',
    levels: ['镇', '村'],
  },
  {
    domain: '公共服务',
    group: '便民服务事项',
    content: '办理事项、办理地点',
    basis: '《某某片区便民服务规定》（测试数据）',
    limit: '长期',
    subject: '某某片区管理局（测试数据）',
    channels: '政府网站',
    audience: '√',
    levels: ['镇'],
  },
];

const TITLE = '某某片区管理局基层政务公开标准目录（测试数据，非真实目录）';
const NOTE = '注：本表为测试数据，依照片区门户网站所发表格的版式编写，内容均为虚构。';

function header(): Cell[][] {
  const names = ['一级事项', '二级事项'];
  return [
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
      ...names,
      null,
      null,
      null,
      null,
      null,
      '全社会',
      '特定群体',
      '主动',
      '依申请',
      '镇级',
      '村级',
    ],
  ];
}

const HEADER_MERGES = [
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

/** Vertical merges over runs of equal values in a column, as portals print them. */
function runs(
  rows: Spec[],
  first: number,
  col: string,
  key: (s: Spec, i: number) => string,
): string[] {
  const merges: string[] = [];
  let start = 0;
  rows.forEach((_, index) => {
    const next = rows[index + 1];
    const current = rows[index];
    if (current && next && key(next, index + 1) === key(current, index)) return;
    if (index > start) merges.push(`${col}${first + start}:${col}${first + index}`);
    start = index + 1;
  });
  return merges;
}

/** The id of the item a row belongs to: a continuation row shares its first row's. */
const itemOf = (rows: Spec[]) => {
  const ids: number[] = [];
  rows.forEach((row, index) => ids.push(row.content === null ? (ids[index - 1] ?? index) : index));
  return (_: Spec, index: number): string => String(ids[index]);
};

/** The table: with the domain in 一级 (`split` false), or one domain's rows with 一级 = group. */
function table(rows: Spec[], title: string, split: boolean): SheetSpec['rows'] {
  const body = rows.map((row, index): Cell[] => [
    String(index + 1),
    split ? row.group : row.domain,
    split ? null : row.group,
    row.content,
    row.basis,
    row.limit,
    row.subject,
    row.channels,
    row.audience === '√' ? '√' : null,
    row.audience === '√' ? null : row.audience,
    '√',
    null,
    row.levels.includes('镇') ? '√' : null,
    row.levels.includes('村') ? '√' : null,
  ]);
  return [[title], ...header(), ...body, [NOTE]];
}

function merges(rows: Spec[], split: boolean): string[] {
  const first = 4;
  const item = itemOf(rows);
  const last = first + rows.length;
  return [
    'A1:N1',
    ...HEADER_MERGES,
    ...(split ? [] : runs(rows, first, 'B', (s) => s.domain)),
    ...runs(rows, first, split ? 'B' : 'C', (s) => `${s.domain}/${s.group}`),
    ...runs(rows, first, 'A', item),
    ...runs(rows, first, 'D', item),
    ...runs(rows, first, 'K', item),
    ...runs(rows, first, 'E', (s) => `${s.domain}/${s.basis}`),
    ...runs(rows, first, 'G', (s) => `${s.domain}/${s.subject}`),
    `A${last}:N${last}`,
  ];
}

/** One table for every domain, as the 片区 publishes it. */
export function township(): Promise<Buffer> {
  return workbook([
    { name: '标准目录', rows: table(ROWS, TITLE, false), merges: merges(ROWS, false) },
  ]);
}

/** The same table split by hand into one sheet per domain, named as the table wrote them. */
export function townshipSplit(): Promise<Buffer> {
  const domains = [...new Set(ROWS.map((row) => row.domain))];
  return workbook(
    domains.map((domain, index) => {
      const rows = ROWS.filter((row) => row.domain === domain);
      const title = `某某片区${domain}领域基层政务公开标准目录（测试数据）`;
      return {
        name: `${index + 1}.${domain}`,
        rows: table(rows, title, true),
        merges: merges(rows, true),
      };
    }),
  );
}

/** Rows of the table, for tests that check every row, subject, time limit and channel came in. */
export const TOWNSHIP_ROWS: readonly Readonly<Spec>[] = ROWS;
