/**
 * A clerk's edits to an exported workbook, made with exceljs the way a spreadsheet program saves
 * them: a row inserted inside a merged 一级事项 grows the merge (as Excel, WPS and LibreOffice do),
 * a deleted row shrinks it, an appended row is plain cells. Merges are taken apart first and put
 * back shifted, because exceljs's spliceRows does not move them.
 */
import ExcelJS from 'exceljs';

interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function mergesOf(sheet: ExcelJS.Worksheet): Range[] {
  const model = sheet.model as unknown as { merges?: string[] };
  return (model.merges ?? []).map((ref) => {
    const [from = '', to = ''] = ref.split(':');
    const a = sheet.getCell(from);
    const b = sheet.getCell(to);
    return { top: Number(a.row), left: Number(a.col), bottom: Number(b.row), right: Number(b.col) };
  });
}

/** Runs `edit` on the sheet with its merges lifted, then merges the shifted ranges again. */
export function withMerges(
  sheet: ExcelJS.Worksheet,
  edit: () => void,
  shift: (range: Range) => Range | undefined,
): void {
  const merges = mergesOf(sheet);
  for (const range of merges) sheet.unMergeCells(range.top, range.left, range.bottom, range.right);
  edit();
  for (const range of merges) {
    const moved = shift(range);
    if (moved && (moved.bottom > moved.top || moved.right > moved.left))
      sheet.mergeCells(moved.top, moved.left, moved.bottom, moved.right);
  }
}

/** Inserts a row at `at` (1-based) with the given cell texts (from column A); merges spanning it grow. */
export function insertRow(sheet: ExcelJS.Worksheet, at: number, values: (string | null)[]): void {
  withMerges(
    sheet,
    () => {
      sheet.spliceRows(at, 0, values);
    },
    (r) =>
      r.bottom < at
        ? r
        : r.top >= at
          ? { ...r, top: r.top + 1, bottom: r.bottom + 1 }
          : { ...r, bottom: r.bottom + 1 },
  );
}

/** Deletes row `at`; merges spanning it shrink. */
export function deleteRow(sheet: ExcelJS.Worksheet, at: number): void {
  withMerges(
    sheet,
    () => {
      sheet.spliceRows(at, 1);
    },
    (r) =>
      r.bottom < at
        ? r
        : r.top > at
          ? { ...r, top: r.top - 1, bottom: r.bottom - 1 }
          : r.top === r.bottom
            ? undefined
            : { ...r, bottom: r.bottom - 1 },
  );
}

/** The cell texts of a row, 1-based columns. */
export function rowTexts(sheet: ExcelJS.Worksheet, row: number, columns: number): string[] {
  const texts: string[] = [];
  for (let col = 1; col <= columns; col++) texts.push(sheet.getCell(row, col).text);
  return texts;
}
