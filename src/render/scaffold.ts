/**
 * The files `gkml init` writes, as text: a repository configuration, a region file, and one thin
 * overlay per domain that lists the inherited items as stubs to fill in. Comments are in Chinese,
 * for the office staff who edit them; the data follows the schemas.
 */
import { stringify } from 'yaml';
import type { DomainInfo } from '../core/vocabulary/domains.js';
import { LEVEL_LABELS, type Level } from '../core/vocabulary/levels.js';
import type { EffectiveItem } from '../core/model/effective.js';
import type { RawGuideline } from '../core/model/raw.js';

export interface ScaffoldRegion {
  code: string;
  name: string;
  level: Level;
}

/** A plain YAML scalar, quoted only where YAML needs it ("431402" always is: a code is text). */
function scalar(value: string): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

/** Comment text on one line. */
function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

const schemaLine = (schema: string) => `# yaml-language-server: $schema=${schema}`;

export function projectFileText(schema: string): string {
  return [
    schemaLine(schema),
    '# 目录仓库的配置文件，标明仓库的根目录。',
    '# national: 国家基准目录所在的文件夹（相对于本文件）；不写时使用 gkml 自带的国家基准目录。',
    '# example: true 表示仓库中是虚构的示例数据，导出的表格和网站会标明“示例”。',
    'example: false',
    '',
  ].join('\n');
}

export function regionFileText(region: ScaffoldRegion, schema: string): string {
  return [
    schemaLine(schema),
    '# 行政区域：统计用区划代码（写成带引号的文字）、名称、层级，以及政府信息公开受理机构。',
    `code: ${scalar(region.code)}`,
    `name: ${scalar(region.name)}`,
    `level: ${LEVEL_LABELS[region.level]}`,
    '# 请填写政府信息公开受理机构的联系方式，再去掉下面各行行首的 #：',
    '# office:',
    `#   name: ${oneLine(officeName(region))}`,
    '#   address:',
    '#   hours: 工作日 上午8:30-12:00，下午14:30-17:30',
    '#   postcode: "000000"',
    '#   phone:',
    '#   website: https://',
    '#   email:',
    '',
  ].join('\n');
}

function officeName(region: ScaffoldRegion): string {
  switch (region.level) {
    case 'city':
    case 'county':
      return `${region.name}人民政府办公室`;
    case 'township':
      return `${region.name}党政综合办公室`;
    case 'village':
      return `${region.name}村（居）民委员会`;
  }
}

export interface CatalogScaffold {
  domain: DomainInfo;
  region: ScaffoldRegion;
  schema: string;
  guideline?: RawGuideline;
  /** The layers above, top-down, as display names ("国家基准目录", "云川市（431400）"). */
  layers: readonly string[];
  /** The inherited items that apply at the region's level, in table order. */
  items: readonly EffectiveItem[];
  /** The folder to name in the `gkml merge` hint. */
  folder: string;
}

export function catalogFileText(scaffold: CatalogScaffold): string {
  const { domain, region, items } = scaffold;
  const level = LEVEL_LABELS[region.level];
  const guideline =
    scaffold.guideline?.docNo === undefined ? '' : `（${scaffold.guideline.docNo}）`;
  const lines = [
    schemaLine(scaffold.schema),
    `# ${region.name}${domain.zh}领域基层政务公开标准目录：本级对上级目录的修改。`,
    `# 上级目录：${scaffold.layers.join(' → ')}${guideline}。`,
  ];
  if (items.length === 0) {
    lines.push(
      `# 上级目录中没有适用于${level}的事项。本级新增的事项写 local: true 并写全各字段。`,
      `domain: ${domain.id}`,
      'items: []',
      '',
    );
    return lines.join('\n');
  }
  lines.push(
    `# 下面是从上级继承、适用于${level}的 ${items.length} 个事项。请逐项写明本级的公开主体（具体机关名称），`,
    '# 去掉 subject 前的 #；本地没有的事项改写为 omit: <理由>；本级新增的事项写 local: true 并写全各字段。',
    `# 查看合并结果和每个值的来源：gkml merge ${scaffold.folder} --domain ${domain.id} --explain`,
    `domain: ${domain.id}`,
    'items:',
  );
  for (const { item } of items) {
    const names = [item.l1, item.l2, item.l3].filter((name) => name !== undefined);
    lines.push(
      `  # ${oneLine(names.join(' / '))}`,
      `  - id: ${item.id}`,
      `    # subject: ${item.subject === undefined ? '（上级未写明）' : oneLine(item.subject)}`,
    );
  }
  lines.push('');
  return lines.join('\n');
}
