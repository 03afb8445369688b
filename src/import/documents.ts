/**
 * A 发文登记表 (the document register many offices keep in Excel) into documents.yaml data: the
 * first sheet with a header row naming the title and a date column; header variants as offices
 * write them. Pure: workbook data in, register and located diagnostics out. Values are kept as
 * written, except dates (to YYYY-MM-DD); the register rules judge the rest.
 */
import { REVIEW_TAG } from '../core/model/import-review.js';
import { diagnostic, type Diagnostic } from '../core/diagnostics/index.js';
import type { RawDocument } from '../core/documents/types.js';
import { removeSpaces } from '../core/cells/text.js';
import { address, Grid } from './grid.js';
import type { WorkbookData } from './types.js';

type Field =
  | 'title'
  | 'docNo'
  | 'issued'
  | 'attribute'
  | 'published'
  | 'url'
  | 'item'
  | 'reason'
  | 'reviewed'
  | 'note'
  | 'seq';

/** Header texts (spaces removed) by field, most common first. */
const HEADERS: Record<Field, readonly string[]> = {
  seq: ['序号', '编号'],
  title: ['文件标题', '标题', '文件名称', '公文标题', '文件题目', '名称'],
  docNo: ['文号', '发文字号', '发文文号', '文件编号', '发文号'],
  issued: ['成文日期', '印发日期', '发文日期', '签发日期', '成文时间', '发文时间'],
  attribute: ['公开属性', '公开方式', '公开类别', '是否公开'],
  published: ['公开日期', '发布日期', '公开时间', '发布时间', '上网日期'],
  url: ['链接', '网址', '公开网址', '链接地址', '发布网址'],
  item: ['目录事项', '所属事项', '公开事项'],
  reason: ['理由', '不公开理由', '不予公开理由', '删减理由', '依据'],
  reviewed: ['审核日期', '最近审核', '最近审核日期', '复核日期'],
  note: ['备注', '说明'],
};

const DATES = new Set<Field>(['issued', 'published', 'reviewed']);

export interface ImportedRegister {
  sheet: string;
  documents: RawDocument[];
  diagnostics: Diagnostic[];
}

function fieldOf(header: string): Field | undefined {
  const text = removeSpaces(header).replace(/[（(].*[)）]$/u, '');
  for (const [field, names] of Object.entries(HEADERS)) {
    if (names.includes(text)) return field as Field;
  }
  return undefined;
}

/** "2026-9-28", "2026/09/28", "2026.9.28", "2026年9月28日" → "2026-09-28"; undefined otherwise. */
export function readDate(text: string): string | undefined {
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/u.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = [match[1] ?? '', match[2] ?? '', match[3] ?? ''];
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date
    ? undefined
    : date;
}

export function importRegister(
  workbook: WorkbookData,
  file: string,
): ImportedRegister | Diagnostic {
  for (const sheet of workbook.sheets) {
    const grid = new Grid(sheet);
    for (let row = 1; row <= Math.min(grid.rows, 10); row++) {
      const columns = new Map<number, Field>();
      const unknown: number[] = [];
      for (let col = 1; col <= grid.columns; col++) {
        const header = grid.header(row, col);
        if (header === '') continue;
        const field = fieldOf(header);
        if (field === undefined) unknown.push(col);
        else if (![...columns.values()].includes(field)) columns.set(col, field);
      }
      const fields = new Set(columns.values());
      if (!fields.has('title') || !fields.has('issued')) continue;
      return readRows(grid, row, columns, unknown, file);
    }
  }
  return diagnostic('excel-no-table', { sheets: workbook.sheets.map((s) => s.name) }, { file });
}

function readRows(
  grid: Grid,
  headerRow: number,
  columns: ReadonlyMap<number, Field>,
  unknown: readonly number[],
  file: string,
): ImportedRegister {
  const diagnostics: Diagnostic[] = [];
  const at = (row: number, col: number) => ({ file, sheet: grid.name, cell: address(row, col) });
  for (const col of unknown) {
    diagnostics.push(
      diagnostic(
        'excel-column-unknown',
        { header: grid.header(headerRow, col) },
        at(headerRow, col),
      ),
    );
  }
  const documents: RawDocument[] = [];
  for (let row = headerRow + 1; row <= grid.rows; row++) {
    if (grid.isBlank(row)) continue;
    const values: Partial<Record<Field, string>> = {};
    // What the register cannot place is kept in the note, tagged for review, as for catalogs.
    const toReview: string[] = [];
    for (const col of unknown) {
      const text = grid.value(row, col);
      if (text !== '') toReview.push(`${grid.header(headerRow, col)}：${text}${REVIEW_TAG}`);
    }
    for (const [col, field] of columns) {
      const text = grid.value(row, col);
      if (text === '') continue;
      if (DATES.has(field)) {
        const date = readDate(text);
        if (date === undefined) {
          const args = {
            text,
            column: grid.header(headerRow, col),
            item: grid.value(row, titleColumn(columns)),
          };
          diagnostics.push(diagnostic('excel-cell-unreadable', args, at(row, col)));
          toReview.push(`${args.column}：${text}${REVIEW_TAG}`);
          continue;
        }
        values[field] = date;
      } else values[field] = text;
    }
    if (toReview.length > 0) values.note = [values.note, ...toReview].filter(Boolean).join('\n');
    const { title, issued } = values;
    if (title === undefined || issued === undefined) {
      const text = Object.values(values).join(' ');
      diagnostics.push(diagnostic('excel-row-unnamed', { text }, at(row, titleColumn(columns))));
      continue;
    }
    documents.push({
      title,
      ...(values.docNo !== undefined ? { docNo: values.docNo } : {}),
      issued,
      ...(values.attribute !== undefined ? { attribute: values.attribute } : {}),
      ...(values.published !== undefined ? { published: values.published } : {}),
      ...(values.url !== undefined ? { url: values.url } : {}),
      ...(values.item !== undefined ? { item: values.item } : {}),
      ...(values.reason !== undefined ? { reason: values.reason } : {}),
      ...(values.reviewed !== undefined ? { reviewed: values.reviewed } : {}),
      ...(values.note !== undefined ? { note: values.note } : {}),
    });
  }
  return { sheet: grid.name, documents, diagnostics };
}

function titleColumn(columns: ReadonlyMap<number, Field>): number {
  for (const [col, field] of columns) if (field === 'title') return col;
  return 1;
}
