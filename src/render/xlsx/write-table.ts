/**
 * Writes a table plan into a worksheet: title row, the two header rows with their merges, the body
 * with 一级事项 merged down, borders, fonts, row heights, drop-downs on the √ columns, and print
 * setup. Row 1 is the title, rows 2–3 the header, the body starts on row 4.
 */
import type { Cell, DataValidation, Workbook, Worksheet } from 'exceljs';
import { MARK } from '../../core/cells/glyphs.js';
import { fitRowHeights, type MeasuredCell } from './metrics.js';
import {
  ALIGN,
  BODY_SIZE,
  BORDER,
  FONTS,
  TEXT_FORMAT,
  TITLE_SIZE,
  cellText,
  headerFooter,
  tablePageSetup,
} from './styles.js';
import type { TableColumn } from './columns.js';
import type { TablePlan } from './table-plan.js';

const TITLE_ROW = 1;
const GROUP_ROW = 2;
const LABEL_ROW = 3;
export const FIRST_BODY_ROW = 4;
const MIN_ROW_HEIGHT = 20;

function setText(cell: Cell, value: string | number): void {
  cell.value = typeof value === 'number' ? value : cellText(value);
}

function styleBody(cell: Cell, column: TableColumn): void {
  cell.font = FONTS.body;
  cell.border = BORDER;
  cell.alignment = column.kind === 'text' ? ALIGN.left : ALIGN.centre;
  if (column.kind !== 'seq') cell.numFmt = TEXT_FORMAT;
}

/** Header cells: one per group over its columns, one per column (merged down when ungrouped). */
function headerCells(columns: readonly TableColumn[]): MeasuredCell[] {
  const cells: MeasuredCell[] = [];
  columns.forEach((column, col) => {
    if (column.group === undefined) {
      cells.push({ text: column.label, row: 1, col, rowSpan: 2, colSpan: 1, fontSize: BODY_SIZE });
      return;
    }
    cells.push({ text: column.label, row: 2, col, rowSpan: 1, colSpan: 1, fontSize: BODY_SIZE });
    if (columns[col - 1]?.group !== column.group) {
      const span = columns.slice(col).findIndex((next) => next.group !== column.group);
      const colSpan = span < 0 ? columns.length - col : span;
      cells.push({ text: column.group, row: 1, col, rowSpan: 1, colSpan, fontSize: BODY_SIZE });
    }
  });
  return cells;
}

function bodyCells(plan: TablePlan): MeasuredCell[] {
  const merged = new Map(plan.merges.map((m) => [`${m.row}:${m.col}`, m.rows] as const));
  const covered = new Set(
    plan.merges.flatMap((m) =>
      Array.from({ length: m.rows - 1 }, (_, i) => `${m.row + i + 1}:${m.col}`),
    ),
  );
  return plan.body.flatMap((values, row) =>
    values.flatMap((value, col) =>
      covered.has(`${row}:${col}`)
        ? []
        : [
            {
              text: String(value),
              row: row + LABEL_ROW,
              col,
              rowSpan: merged.get(`${row}:${col}`) ?? 1,
              colSpan: 1,
              fontSize: BODY_SIZE,
            },
          ],
    ),
  );
}

export function writeTableSheet(
  workbook: Workbook,
  name: string,
  plan: TablePlan,
  options: { example: boolean },
): Worksheet {
  const sheet = workbook.addWorksheet(name, {
    pageSetup: tablePageSetup(`${GROUP_ROW}:${LABEL_ROW}`),
    headerFooter: headerFooter(options.example),
    views: [{ state: 'frozen', xSplit: 0, ySplit: LABEL_ROW, topLeftCell: 'A4', activeCell: 'A4' }],
  });
  const { columns } = plan;
  sheet.columns = columns.map((column) => ({ width: column.width, hidden: column.kind === 'id' }));
  const visible = columns.filter((column) => column.kind !== 'id').length;
  const lastBodyRow = FIRST_BODY_ROW + plan.body.length - 1;

  sheet.mergeCells(TITLE_ROW, 1, TITLE_ROW, visible);
  const title = sheet.getCell(TITLE_ROW, 1);
  setText(title, plan.title);
  title.font = FONTS.title;
  title.alignment = ALIGN.centre;
  sheet.getRow(TITLE_ROW).height = Math.ceil(TITLE_SIZE * 2.2);

  const header = headerCells(columns);
  for (const cell of header) {
    const top = cell.row + 1;
    const left = cell.col + 1;
    if (cell.rowSpan > 1 || cell.colSpan > 1) {
      sheet.mergeCells(top, left, top + cell.rowSpan - 1, left + cell.colSpan - 1);
    }
    setText(sheet.getCell(top, left), cell.text);
  }
  for (const row of [GROUP_ROW, LABEL_ROW]) {
    columns.forEach((_, col) => {
      const cell = sheet.getCell(row, col + 1);
      cell.font = FONTS.header;
      cell.border = BORDER;
      cell.alignment = ALIGN.centre;
    });
  }

  plan.body.forEach((values, index) => {
    const row = sheet.getRow(FIRST_BODY_ROW + index);
    values.forEach((value, col) => {
      const column = columns[col];
      if (column === undefined) return;
      const cell = row.getCell(col + 1);
      setText(cell, value);
      styleBody(cell, column);
    });
  });
  for (const merge of plan.merges) {
    const top = FIRST_BODY_ROW + merge.row;
    sheet.mergeCells(top, merge.col + 1, top + merge.rows - 1, merge.col + 1);
  }

  const widths = columns.map((column) => column.width);
  const heights = fitRowHeights(
    [...header, ...bodyCells(plan)],
    widths,
    LABEL_ROW + plan.body.length,
    MIN_ROW_HEIGHT,
  );
  heights.forEach((height, index) => {
    if (index > 0) sheet.getRow(index + 1).height = height;
  });

  addMarkValidations(sheet, columns, lastBodyRow);
  if (plan.notes !== undefined) writeNotes(sheet, plan.notes, lastBodyRow + 1, visible, widths);
  return sheet;
}

/**
 * Drop-downs offering √ on the mark columns; the 特定群体 cell may also hold the group's name. One
 * range per column: exceljs squeezes per-cell validations into ranges after sorting addresses as
 * text (J10 before J4), which gives overlapping ranges from 7 rows on, and Excel repairs the file.
 */
function addMarkValidations(
  sheet: Worksheet,
  columns: readonly TableColumn[],
  lastRow: number,
): void {
  if (lastRow < FIRST_BODY_ROW) return;
  const validations = rangeValidations(sheet);
  columns.forEach((column, col) => {
    if (column.kind !== 'mark') return;
    const strict = column.key !== 'audience-group';
    const letter = sheet.getColumn(col + 1).letter;
    validations.add(`${letter}${FIRST_BODY_ROW}:${letter}${lastRow}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${MARK}"`],
      showErrorMessage: strict,
      errorStyle: 'stop',
      errorTitle: '公开目录',
      error: `只能填写“${MARK}”或留空。`,
      ...(strict
        ? {}
        : { showInputMessage: true, prompt: `填写“${MARK}”，或写明特定群体（如：申请人）。` }),
    });
  });
}

/** exceljs's per-sheet validations keyed by address or range (untyped in its index.d.ts). */
interface RangeValidations {
  add(range: string, validation: DataValidation): void;
}

function rangeValidations(sheet: Worksheet): RangeValidations {
  const holder: unknown = Reflect.get(sheet, 'dataValidations');
  if (!isRangeValidations(holder)) throw new Error('exceljs: worksheet.dataValidations missing');
  return holder;
}

function isRangeValidations(value: unknown): value is RangeValidations {
  return (
    typeof value === 'object' && value !== null && typeof Reflect.get(value, 'add') === 'function'
  );
}

function writeNotes(
  sheet: Worksheet,
  notes: string,
  row: number,
  visible: number,
  widths: readonly number[],
): void {
  sheet.mergeCells(row, 1, row, visible);
  const cell = sheet.getCell(row, 1);
  setText(cell, notes);
  cell.font = FONTS.body;
  cell.alignment = ALIGN.notes;
  const [height] = fitRowHeights(
    [{ text: cellText(notes), row: 0, col: 0, rowSpan: 1, colSpan: visible, fontSize: BODY_SIZE }],
    widths,
    1,
    MIN_ROW_HEIGHT,
  );
  sheet.getRow(row).height = height ?? MIN_ROW_HEIGHT;
}
