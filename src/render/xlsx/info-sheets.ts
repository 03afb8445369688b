/**
 * The two sheets in front of the tables: 说明 (the region, the date of the data, the legend of the
 * marks) and 汇总 (items per domain, and coverage of the national guideline when diff supplied it).
 */
import { LEVEL_LABELS } from '../../core/vocabulary/levels.js';
import { MARK } from '../../core/cells/glyphs.js';
import type { DomainId } from '../../core/vocabulary/domains.js';
import type { RegionModel, RegionRef } from '../../core/model/effective.js';
import { CHECKED, UNCHECKED } from '../catalog-text.js';
import { domainInfo } from '../names.js';
import { fitRowHeights } from './metrics.js';
import {
  BODY_SIZE,
  DEFAULT_MARGINS,
  PAPER,
  cellText,
  headerFooter,
  type StyleName,
} from './styles.js';
import { ID_HEADER } from './columns.js';
import { SheetGrid, type Sheet } from './sheet.js';

export const README_SHEET = '说明';
export const SUMMARY_SHEET = '汇总';

/**
 * How much of the national guideline a region's catalog of one domain covers: the `covered` and
 * `expected` counts of a gkml diff coverage report (core/diff), passed in by the caller.
 */
export interface DomainSummaryCoverage {
  /** National items that apply at the region's level and are in its catalog. */
  covered: number;
  /** National items that apply at the region's level. */
  expected: number;
}

/** Coverage per domain for one region; domains without an entry show a blank cell. */
export type SummaryCoverage = ReadonlyMap<DomainId, DomainSummaryCoverage>;

const TITLE_HEIGHT = 36;
const MIN_ROW_HEIGHT = 20;

/** A cell of an info sheet's body: its value and style. */
interface InfoCell {
  value: string | number;
  style: StyleName;
}

/**
 * An A4 portrait sheet: a title merged over all columns, then rows of cells, each row as high as
 * its wrapped text needs.
 */
function infoSheet(
  name: string,
  example: boolean,
  widths: readonly number[],
  title: string,
  rows: readonly (readonly InfoCell[])[],
): Sheet<StyleName> {
  const grid = new SheetGrid<StyleName>();
  grid.set(1, 1, 'title', cellText(title));
  grid.merge({ top: 1, left: 1, bottom: 1, right: widths.length });
  grid.height(1, TITLE_HEIGHT);
  rows.forEach((cells, index) => {
    cells.forEach((cell, col) => {
      const value = typeof cell.value === 'string' ? cellText(cell.value) : cell.value;
      grid.set(index + 2, col + 1, cell.style, value);
    });
  });
  const measured = rows.flatMap((cells, row) =>
    widths.map((_, col) => {
      const value = cells[col]?.value;
      const text = value === undefined ? '' : cellText(String(value));
      return { text, row, col, rowSpan: 1, colSpan: 1, fontSize: BODY_SIZE };
    }),
  );
  fitRowHeights(measured, widths, rows.length, MIN_ROW_HEIGHT).forEach((height, index) => {
    grid.height(index + 2, height);
  });
  const { oddHeader, oddFooter } = headerFooter(example);
  return {
    name,
    columns: widths.map((width) => ({ width })),
    rows: grid.rows(),
    merges: grid.merges,
    validations: [],
    page: {
      paperSize: PAPER.A4,
      orientation: 'portrait',
      margins: DEFAULT_MARGINS,
      centred: true,
    },
    ...(oddHeader === undefined ? {} : { header: oddHeader }),
    footer: oddFooter,
  };
}

export interface ReadmeInput {
  region: RegionModel;
  ancestors: readonly RegionRef[];
  example: boolean;
  date: string;
}

export function readmeSheet(input: ReadmeInput): Sheet<StyleName> {
  const { ref, office } = input.region;
  const rows: [string, string][] = [
    ['区域', ref.name],
    ['区划代码', ref.code],
    ['层级', LEVEL_LABELS[ref.level]],
    ...(input.ancestors.length > 0
      ? [['上级区域', input.ancestors.map((a) => a.name).join(' > ')] as [string, string]]
      : []),
    ['数据日期', input.date],
    ['领域', `${input.region.catalogs.length} 个，每个领域一张工作表`],
    ...(office
      ? ([
          ['政府信息公开受理机构', office.name],
          ...(office.address ? [['地址', office.address]] : []),
          ...(office.hours ? [['办公时间', office.hours]] : []),
          ...(office.phone ? [['电话', office.phone]] : []),
        ] as [string, string][])
      : []),
    [CHECKED, '选用的公开渠道和载体（国家标准指引中表示必选项）'],
    [UNCHECKED, '未选用的公开渠道和载体（国家标准指引中表示可选项）'],
    [MARK, '公开对象、公开方式、公开层级：适用'],
    ['特定群体', `该列写明特定群体的名称，或写“${MARK}”`],
    [
      '空白单元格',
      `公开对象、公开方式、公开层级各列中，空白表示不适用（同一项的这几列全部空白，表示原表未填写）；其他列空白表示原表未填写，不是“无”`,
    ],
    ['●　〇', '公开内容（要素）：必选项　可选项'],
    [ID_HEADER, '隐藏列，供 gkml import 导回时识别事项；请勿修改'],
    ['来源', '由 gkml export 从 YAML 目录生成；请修改 YAML 后重新导出'],
  ];
  if (input.example) rows.push(['示例数据', '本工作簿为示例数据，不是任何机关的正式目录。']);
  const cells = rows.map(([label, value]): InfoCell[] => [
    { value: label, style: 'header' },
    { value, style: label === '示例数据' ? 'emphasis' : 'bodyLeft' },
  ]);
  return infoSheet(
    README_SHEET,
    input.example,
    [16, 70],
    `${ref.name}基层政务公开标准目录说明`,
    cells,
  );
}

export interface SummaryInput {
  region: RegionModel;
  sheetNames: readonly string[];
  example: boolean;
  coverage?: SummaryCoverage;
}

export function summarySheet(input: SummaryInput): Sheet<StyleName> {
  const withCoverage = input.coverage !== undefined;
  const headers = ['序号', '领域', '工作表', '事项数', '其中本地新增', '不适用事项'];
  if (withCoverage) headers.push('国家标准指引事项覆盖');
  const widths = [6, 24, 24, 10, 12, 12, ...(withCoverage ? [20] : [])];
  const body: (string | number)[][] = input.region.catalogs.map((catalog, index) => {
    const row: (string | number)[] = [
      index + 1,
      domainInfo(catalog.domain).zh,
      input.sheetNames[index] ?? '',
      catalog.items.length,
      catalog.items.filter((item) => item.local).length,
      catalog.omitted.length,
    ];
    if (withCoverage) row.push(coverageText(input.coverage?.get(catalog.domain)));
    return row;
  });
  const sum = (col: number): number =>
    body.reduce((total, row) => total + (typeof row[col] === 'number' ? row[col] : 0), 0);
  const total: (string | number)[] = ['', '合计', '', sum(3), sum(4), sum(5)];
  if (withCoverage) total.push('');
  const rows = [headers, ...body, total].map((values, index): InfoCell[] => {
    const style = index === 0 || index === body.length + 1 ? 'header' : 'bodyCentre';
    return values.map((value) => ({ value, style }));
  });
  return infoSheet(
    SUMMARY_SHEET,
    input.example,
    widths,
    `${input.region.ref.name}基层政务公开标准目录汇总`,
    rows,
  );
}

function coverageText(coverage: DomainSummaryCoverage | undefined): string {
  if (coverage === undefined) return '';
  if (coverage.expected === 0) return `${coverage.covered}/0`;
  const percent = Math.round((coverage.covered / coverage.expected) * 100);
  return `${coverage.covered}/${coverage.expected}（${percent}%）`;
}
