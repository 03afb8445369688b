/**
 * Plain list workbooks for the document register (export and review): one titled table per sheet,
 * header row frozen and repeated when printed, wrapped text. Cell values are always written as
 * text or numbers, never as formulas, so register text cannot become one. Loads exceljs: import
 * lazily. The same input gives the same bytes (fixed document dates and zip timestamps).
 */
import ExcelJS, { type PaperSize } from 'exceljs';
import { cellText, headerFooter, PAPER } from '../xlsx/styles.js';
import { withFixedZipDates } from '../xlsx/zip-dates.js';

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
/** exceljs's PaperSize enum is const, so the OOXML number is cast. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment -- see above
const A4 = PAPER.A4 as PaperSize;
/** Number format "text": what staff type later stays text ("0505", "=…"). */
const TEXT_FORMAT = '@';
const BORDER = { style: 'thin' as const };

export interface ListWorkbook {
  title: string;
  sheets: readonly ListSheet[];
  /** The date of the data (YYYY-MM-DD), used as the document's dates. */
  date: string;
  /** The data is an invented example: every page's header says so. */
  example: boolean;
}

export async function renderListWorkbook(input: ListWorkbook): Promise<Buffer> {
  const { title, sheets, date, example } = input;
  const workbook = new ExcelJS.Workbook();
  const stamp = new Date(`${date}T00:00:00Z`);
  workbook.creator = 'gkml';
  workbook.lastModifiedBy = 'gkml';
  workbook.created = stamp;
  workbook.modified = stamp;
  workbook.title = title;
  for (const sheet of sheets) writeSheet(workbook, sheet, example);
  const written = await workbook.xlsx.writeBuffer();
  return withFixedZipDates(Buffer.from(written), date);
}

function writeSheet(workbook: ExcelJS.Workbook, sheet: ListSheet, example: boolean): void {
  const ws = workbook.addWorksheet(sheet.name, {
    pageSetup: {
      paperSize: A4,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
    headerFooter: headerFooter(example),
    views: [{ state: 'frozen', ySplit: 2 }],
  });
  ws.pageSetup.printTitlesRow = '2:2';
  ws.columns = sheet.columns.map((column) => ({ width: column.width }));
  ws.mergeCells(1, 1, 1, Math.max(1, sheet.columns.length));
  const title = ws.getCell(1, 1);
  title.value = sheet.title;
  title.font = { name: '方正小标宋简体', size: 16, bold: true };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(1).height = 32;
  const header = ws.getRow(2);
  sheet.columns.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.value = column.header;
    cell.font = { ...FONT, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = { top: BORDER, left: BORDER, bottom: BORDER, right: BORDER };
  });
  sheet.rows.forEach((values, offset) => {
    const row = ws.getRow(3 + offset);
    values.forEach((value, index) => {
      const cell = row.getCell(index + 1);
      // A string is stored as a string: exceljs makes formulas only from { formula } objects.
      cell.value = typeof value === 'string' ? cellText(value) : (value ?? '');
      if (typeof value === 'string') cell.numFmt = TEXT_FORMAT;
      cell.font = FONT;
      cell.alignment = { vertical: 'middle', wrapText: true };
      cell.border = { top: BORDER, left: BORDER, bottom: BORDER, right: BORDER };
    });
  });
  if (sheet.note !== undefined) {
    const cell = ws.getCell(3 + sheet.rows.length + 1, 1);
    cell.value = sheet.note;
    cell.font = { ...FONT, italic: true };
  }
}
