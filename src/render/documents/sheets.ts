/**
 * Plain list workbooks for the document register (export and review): one titled table per sheet,
 * header row frozen and repeated when printed, wrapped text. Cell values are always written as
 * text or numbers, never as formulas, so register text cannot become one. Written by the same
 * sheet-XML writer as the region workbooks (render/xlsx); the same input gives the same bytes.
 */
import { SheetGrid, type Sheet } from '../xlsx/sheet.js';
import { DEFAULT_MARGINS, PAPER, cellText, headerFooter, type StyleTable } from '../xlsx/styles.js';
import { Stylesheet } from '../xlsx/ooxml/stylesheet.js';
import { writeWorkbook } from '../xlsx/write-workbook.js';

export interface ListSheet {
  name: string;
  title: string;
  /** Header text and column width (in characters). */
  columns: readonly { header: string; width: number }[];
  rows: readonly (readonly (string | number | undefined)[])[];
  /** A line under the table ("示例数据（虚构）"). */
  note?: string;
}

const FONT = { name: '宋体', size: 11 };
const MIDDLE_WRAPPED = { vertical: 'center', wrap: true } as const;

type ListStyle = 'title' | 'header' | 'text' | 'number' | 'note';

/** Text cells are formatted as text (@): what staff type later stays text ("0505", "=…"). */
const STYLES: StyleTable<ListStyle> = {
  title: {
    font: { name: '方正小标宋简体', size: 16, bold: true },
    align: { horizontal: 'center', vertical: 'center', wrap: false },
    border: 'none',
  },
  header: {
    font: { ...FONT, bold: true },
    align: { horizontal: 'center', vertical: 'center', wrap: true },
    border: 'auto',
  },
  text: { font: FONT, align: MIDDLE_WRAPPED, border: 'auto', text: true },
  number: { font: FONT, align: MIDDLE_WRAPPED, border: 'auto' },
  note: { font: { ...FONT, italic: true }, border: 'none' },
};

const STYLESHEET = new Stylesheet(STYLES);

export interface ListWorkbook {
  title: string;
  sheets: readonly ListSheet[];
  /** The date of the data (YYYY-MM-DD), used as the document's dates. */
  date: string;
  /** The data is an invented example: every page's header says so. */
  example: boolean;
}

/** Async as it always was, though the work is synchronous now: callers await it. */
// eslint-disable-next-line @typescript-eslint/require-await -- keeps the public signature
export async function renderListWorkbook(input: ListWorkbook): Promise<Buffer> {
  const sheets = input.sheets.map((sheet) => listSheet(sheet, input.example));
  return writeWorkbook(sheets, STYLESHEET, { title: input.title, date: input.date });
}

/** Title on row 1 (merged over the columns), header on row 2, the rows from row 3. */
function listSheet(sheet: ListSheet, example: boolean): Sheet<ListStyle> {
  const grid = new SheetGrid<ListStyle>();
  grid.set(1, 1, 'title', cellText(sheet.title));
  grid.merge({ top: 1, left: 1, bottom: 1, right: Math.max(1, sheet.columns.length) });
  grid.height(1, 32);
  sheet.columns.forEach((column, index) => {
    grid.set(2, index + 1, 'header', cellText(column.header));
  });
  sheet.rows.forEach((values, offset) => {
    values.forEach((value, index) => {
      // A string is stored as a string (a shared string), never as a formula.
      if (typeof value === 'string') grid.set(3 + offset, index + 1, 'text', cellText(value));
      else grid.set(3 + offset, index + 1, 'number', value ?? '');
    });
  });
  if (sheet.note !== undefined) {
    grid.set(3 + sheet.rows.length + 1, 1, 'note', cellText(sheet.note));
  }
  const { oddHeader, oddFooter } = headerFooter(example);
  return {
    name: sheet.name,
    columns: sheet.columns.map((column) => ({ width: column.width })),
    rows: grid.rows(),
    merges: grid.merges,
    validations: [],
    frozen: { rows: 2, select: false },
    page: {
      paperSize: PAPER.A4,
      orientation: 'landscape',
      margins: DEFAULT_MARGINS,
      centred: false,
      titleRows: [2, 2],
    },
    ...(oddHeader === undefined ? {} : { header: oddHeader }),
    footer: oddFooter,
  };
}
