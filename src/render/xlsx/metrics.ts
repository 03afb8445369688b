/**
 * Row heights. LibreOffice (and Excel, for rows it did not lay out itself) shows wrapped text only
 * as far as the row height we write, so we estimate how many lines each cell wraps into from the
 * display width of its text (CJK and full-width characters count double) and the column width.
 */

/** Pixels of one column-width unit: the default font's digit (Calibri 11 → 7 px), as Excel counts. */
const PX_PER_WIDTH_UNIT = 7;
/** Excel adds this many pixels to a column (width × 7 + 5). */
const COLUMN_EXTRA_PX = 5;
/** Cell padding on each side, in pixels. */
const PADDING_PX = 3;
/**
 * Line height as a multiple of the font size: Excel lays wrapped 宋体 out at about 1.35 em a line;
 * LibreOffice with a fallback font needs less, so this errs on the side of room, never clipping.
 */
const LINE_HEIGHT = 1.35;
/** Vertical padding of a cell, in points. */
const ROW_PADDING_PT = 5;

/** Characters that take a full em in CJK fonts: Han, kana, hangul, full-width forms, CJK symbols. */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u25a0-\u25ff\u2460-\u24ff\u2500-\u257f\u3000-\u303f]/u;

/** Width of a text in ems of the font: 1 for wide characters, 0.5 for the rest. */
export function textEms(text: string): number {
  let ems = 0;
  for (const char of text) ems += WIDE.test(char) ? 1 : 0.5;
  return ems;
}

/** How many ems of text a line holds in a column of `width` units at `fontSize` points. */
export function emsPerLine(width: number, fontSize: number): number {
  const emPx = (fontSize * 96) / 72;
  const usablePx = Math.max(emPx, width * PX_PER_WIDTH_UNIT + COLUMN_EXTRA_PX - 2 * PADDING_PX);
  // A line holds whole characters only; CJK line-breaking rules may push one more down, so the
  // capacity is floored.
  return Math.max(1, Math.floor(usablePx / emPx));
}

/** The last line of a text wrapped greedily at `perLine` ems. */
export function lastLine(text: string, perLine: number): string {
  let line = '';
  for (const char of text) {
    if (textEms(line + char) > perLine) line = '';
    line += char;
  }
  return line;
}

/** How many lines a text wraps into in a column of `width` units at `fontSize` points. */
export function wrappedLines(text: string, width: number, fontSize: number): number {
  const perLine = emsPerLine(width, fontSize);
  return text
    .split('\n')
    .reduce((lines, paragraph) => lines + Math.max(1, Math.ceil(textEms(paragraph) / perLine)), 0);
}

/** Height in points that `lines` lines of text need at `fontSize`. */
export function heightFor(lines: number, fontSize: number): number {
  return Math.ceil(lines * fontSize * LINE_HEIGHT + ROW_PADDING_PT);
}

/** A cell to fit: its text, the rows and columns it spans (a merge) and its font size. */
export interface MeasuredCell {
  text: string;
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  fontSize: number;
}

/**
 * Row heights that fit every cell. Single-row cells set their row's height first; a cell merged
 * down several rows then grows the last of them if the rows together are still too short.
 */
export function fitRowHeights(
  cells: readonly MeasuredCell[],
  widths: readonly number[],
  rows: number,
  minHeight: number,
): number[] {
  const heights = new Array<number>(rows).fill(minHeight);
  const need = (cell: MeasuredCell): number => {
    const width = widths.slice(cell.col, cell.col + cell.colSpan).reduce((a, b) => a + b, 0);
    return heightFor(wrappedLines(cell.text, width, cell.fontSize), cell.fontSize);
  };
  for (const cell of cells) {
    if (cell.rowSpan !== 1 || cell.text === '') continue;
    heights[cell.row] = Math.max(heights[cell.row] ?? minHeight, need(cell));
  }
  for (const cell of cells) {
    if (cell.rowSpan === 1 || cell.text === '') continue;
    const span = heights.slice(cell.row, cell.row + cell.rowSpan);
    const missing = need(cell) - span.reduce((a, b) => a + b, 0);
    const last = cell.row + cell.rowSpan - 1;
    if (missing > 0) heights[last] = (heights[last] ?? minHeight) + missing;
  }
  return heights;
}
