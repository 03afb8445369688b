/**
 * A table plan as a sheet: title row, the two header rows with their merges, the body with
 * 一级事项 merged down, borders, fonts, row heights, drop-downs on the √ columns, and print setup.
 * Row 1 is the title, rows 2–3 the header, the body starts on row 4.
 */
import { MARK } from '../../core/cells/glyphs.js';
import { fitRowHeights, type MeasuredCell } from './metrics.js';
import {
  BODY_SIZE,
  PAPER,
  TABLE_MARGINS,
  TITLE_SIZE,
  cellText,
  headerFooter,
  type StyleName,
} from './styles.js';
import type { TableColumn } from './columns.js';
import type { TablePlan } from './table-plan.js';
import { SheetGrid, type ListValidation, type Sheet } from './sheet.js';

const TITLE_ROW = 1;
const GROUP_ROW = 2;
const LABEL_ROW = 3;
export const FIRST_BODY_ROW = 4;
const MIN_ROW_HEIGHT = 20;

/** Numbers stay numbers; text is kept as text (the style's "@" format), never a formula. */
function cellValue(value: string | number): string | number {
  return typeof value === 'number' ? value : cellText(value);
}

/** 序号 is a plain number; every other body cell is formatted as text, left-aligned when long. */
function bodyStyle(column: TableColumn): StyleName {
  if (column.kind === 'seq') return 'bodyCentre';
  return column.kind === 'text' ? 'textLeft' : 'textCentre';
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

export function tableSheet(
  name: string,
  plan: TablePlan,
  options: { example: boolean },
): Sheet<StyleName> {
  const { columns } = plan;
  const grid = new SheetGrid<StyleName>();
  const visible = columns.filter((column) => column.kind !== 'id').length;
  const lastBodyRow = FIRST_BODY_ROW + plan.body.length - 1;

  grid.set(TITLE_ROW, 1, 'title', cellText(plan.title));
  grid.merge({ top: TITLE_ROW, left: 1, bottom: TITLE_ROW, right: visible });
  grid.height(TITLE_ROW, Math.ceil(TITLE_SIZE * 2.2));

  const header = headerCells(columns);
  for (const row of [GROUP_ROW, LABEL_ROW]) {
    columns.forEach((_, col) => {
      grid.set(row, col + 1, 'header');
    });
  }
  for (const cell of header) grid.set(cell.row + 1, cell.col + 1, 'header', cellText(cell.text));
  for (const cell of header) {
    if (cell.rowSpan === 1 && cell.colSpan === 1) continue;
    const top = cell.row + 1;
    const left = cell.col + 1;
    grid.merge({ top, left, bottom: top + cell.rowSpan - 1, right: left + cell.colSpan - 1 });
  }

  plan.body.forEach((values, index) => {
    values.forEach((value, col) => {
      const column = columns[col];
      if (column === undefined) return;
      grid.set(FIRST_BODY_ROW + index, col + 1, bodyStyle(column), cellValue(value));
    });
  });
  for (const merge of plan.merges) {
    const top = FIRST_BODY_ROW + merge.row;
    const col = merge.col + 1;
    grid.merge({ top, left: col, bottom: top + merge.rows - 1, right: col });
  }

  const widths = columns.map((column) => column.width);
  const heights = fitRowHeights(
    [...header, ...bodyCells(plan)],
    widths,
    LABEL_ROW + plan.body.length,
    MIN_ROW_HEIGHT,
  );
  heights.forEach((height, index) => {
    if (index > 0) grid.height(index + 1, height);
  });

  if (plan.notes !== undefined) {
    const row = lastBodyRow + 1;
    grid.set(row, 1, 'notes', cellText(plan.notes));
    grid.merge({ top: row, left: 1, bottom: row, right: visible });
    const [height] = fitRowHeights(
      [
        {
          text: cellText(plan.notes),
          row: 0,
          col: 0,
          rowSpan: 1,
          colSpan: visible,
          fontSize: BODY_SIZE,
        },
      ],
      widths,
      1,
      MIN_ROW_HEIGHT,
    );
    grid.height(row, height ?? MIN_ROW_HEIGHT);
  }

  const { oddHeader, oddFooter } = headerFooter(options.example);
  return {
    name,
    columns: columns.map((column) =>
      column.kind === 'id' ? { width: column.width, hidden: true } : { width: column.width },
    ),
    rows: grid.rows(),
    merges: grid.merges,
    validations: markValidations(columns, lastBodyRow),
    frozen: { rows: LABEL_ROW, select: true },
    page: {
      paperSize: PAPER.A3,
      orientation: 'landscape',
      margins: TABLE_MARGINS,
      centred: true,
      titleRows: [GROUP_ROW, LABEL_ROW],
    },
    ...(oddHeader === undefined ? {} : { header: oddHeader }),
    footer: oddFooter,
  };
}

/**
 * Drop-downs offering √ on the mark columns, one range per column (overlapping ranges make Excel
 * "repair" the file); the 特定群体 cell may also hold the group's name, so it only prompts.
 */
function markValidations(columns: readonly TableColumn[], lastRow: number): ListValidation[] {
  if (lastRow < FIRST_BODY_ROW) return [];
  return columns.flatMap((column, index): ListValidation[] => {
    if (column.kind !== 'mark') return [];
    const col = index + 1;
    const range = { top: FIRST_BODY_ROW, left: col, bottom: lastRow, right: col };
    const error = { title: '公开目录', message: `只能填写“${MARK}”或留空。` };
    const validation = { range, list: `"${MARK}"`, error };
    if (column.key === 'audience-group') {
      return [
        { ...validation, strict: false, prompt: `填写“${MARK}”，或写明特定群体（如：申请人）。` },
      ];
    }
    return [{ ...validation, strict: true }];
  });
}
