/**
 * The two sheets in front of the tables: 说明 (the region, the date of the data, the legend of the
 * marks) and 汇总 (items per domain, and coverage of the national guideline when diff supplied it).
 */
import type { Workbook, Worksheet } from 'exceljs';
import { LEVEL_LABELS } from '../../core/vocabulary/levels.js';
import { MARK } from '../../core/cells/glyphs.js';
import type { DomainId } from '../../core/vocabulary/domains.js';
import type { RegionModel, RegionRef } from '../../core/model/effective.js';
import { CHECKED, UNCHECKED } from '../catalog-text.js';
import { domainInfo } from '../names.js';
import { fitRowHeights } from './metrics.js';
import { A4, ALIGN, BODY_SIZE, BORDER, FONTS, cellText, headerFooter } from './styles.js';
import { ID_HEADER } from './columns.js';

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

function infoSheet(
  workbook: Workbook,
  name: string,
  example: boolean,
  widths: number[],
): Worksheet {
  const sheet = workbook.addWorksheet(name, {
    pageSetup: {
      paperSize: A4,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
    },
    headerFooter: headerFooter(example),
  });
  sheet.columns = widths.map((width) => ({ width }));
  return sheet;
}

function titleRow(sheet: Worksheet, text: string, columns: number): void {
  sheet.mergeCells(1, 1, 1, columns);
  const cell = sheet.getCell(1, 1);
  cell.value = cellText(text);
  cell.font = FONTS.title;
  cell.alignment = ALIGN.centre;
  sheet.getRow(1).height = 36;
}

function fitRows(sheet: Worksheet, widths: readonly number[], from: number): void {
  const cells = [];
  for (let row = from; row <= sheet.rowCount; row++) {
    for (let col = 1; col <= widths.length; col++) {
      const value = sheet.getCell(row, col).value;
      const text = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
      cells.push({
        text,
        row: row - from,
        col: col - 1,
        rowSpan: 1,
        colSpan: 1,
        fontSize: BODY_SIZE,
      });
    }
  }
  fitRowHeights(cells, widths, sheet.rowCount - from + 1, 20).forEach((height, index) => {
    sheet.getRow(from + index).height = height;
  });
}

export interface ReadmeInput {
  region: RegionModel;
  ancestors: readonly RegionRef[];
  example: boolean;
  date: string;
}

export function writeReadme(workbook: Workbook, input: ReadmeInput): void {
  const widths = [16, 70];
  const sheet = infoSheet(workbook, README_SHEET, input.example, widths);
  const { ref, office } = input.region;
  titleRow(sheet, `${ref.name}基层政务公开标准目录说明`, 2);
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
  rows.forEach(([label, value], index) => {
    const row = sheet.getRow(index + 2);
    row.getCell(1).value = cellText(label);
    row.getCell(2).value = cellText(value);
    row.getCell(1).font = FONTS.header;
    row.getCell(2).font = label === '示例数据' ? FONTS.emphasis : FONTS.body;
    row.getCell(1).alignment = ALIGN.centre;
    row.getCell(2).alignment = ALIGN.left;
    row.getCell(1).border = BORDER;
    row.getCell(2).border = BORDER;
  });
  fitRows(sheet, widths, 2);
}

export interface SummaryInput {
  region: RegionModel;
  sheetNames: readonly string[];
  example: boolean;
  coverage?: SummaryCoverage;
}

export function writeSummary(workbook: Workbook, input: SummaryInput): void {
  const withCoverage = input.coverage !== undefined;
  const headers = ['序号', '领域', '工作表', '事项数', '其中本地新增', '不适用事项'];
  if (withCoverage) headers.push('国家标准指引事项覆盖');
  const widths = [6, 24, 24, 10, 12, 12, ...(withCoverage ? [20] : [])];
  const sheet = infoSheet(workbook, SUMMARY_SHEET, input.example, widths);
  titleRow(sheet, `${input.region.ref.name}基层政务公开标准目录汇总`, headers.length);
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
  [headers, ...body, total].forEach((values, index) => {
    const row = sheet.getRow(index + 2);
    values.forEach((value, col) => {
      const cell = row.getCell(col + 1);
      cell.value = typeof value === 'string' ? cellText(value) : value;
      cell.font = index === 0 || index === body.length + 1 ? FONTS.header : FONTS.body;
      cell.alignment = ALIGN.centre;
      cell.border = BORDER;
    });
  });
  fitRows(sheet, widths, 2);
}

function coverageText(coverage: DomainSummaryCoverage | undefined): string {
  if (coverage === undefined) return '';
  if (coverage.expected === 0) return `${coverage.covered}/0`;
  const percent = Math.round((coverage.covered / coverage.expected) * 100);
  return `${coverage.covered}/${coverage.expected}（${percent}%）`;
}
