/**
 * xl/worksheets/sheetN.xml of one Sheet. Elements come in the order the schema requires
 * (sheetPr, dimension, sheetViews, sheetFormatPr, cols, sheetData, mergeCells, dataValidations,
 * printOptions, pageMargins, pageSetup, headerFooter): Excel refuses a sheet whose order differs.
 * Text cells are always shared strings (t="s"), never formulas, whatever they start with.
 */
import type { CellRange, ListValidation, Sheet, SheetColumn, SheetRow } from '../sheet.js';
import type { SharedStrings } from './shared-strings.js';
import type { Stylesheet } from './stylesheet.js';
import { XML_DECLARATION, cellRef, rangeRef, xmlAttribute, xmlText } from './xml.js';

const OPEN =
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';

/** Adjacent columns alike share one <col> element. */
function colsXml(columns: readonly SheetColumn[]): string {
  const out: string[] = [];
  let start = 0;
  for (let index = 1; index <= columns.length; index++) {
    const first = columns[start];
    const next = columns[index];
    if (first === undefined) break;
    if (next !== undefined && next.width === first.width && next.hidden === first.hidden) continue;
    const hidden = first.hidden === true ? ' hidden="1"' : '';
    out.push(
      `<col min="${start + 1}" max="${index}" width="${first.width}"${hidden} customWidth="1"/>`,
    );
    start = index;
  }
  return out.length > 0 ? `<cols>${out.join('')}</cols>` : '';
}

function rowXml<S extends string>(
  row: SheetRow<S>,
  strings: SharedStrings,
  styles: Stylesheet<S>,
): string {
  const height = row.height === undefined ? '' : ` ht="${row.height}" customHeight="1"`;
  const cells = row.cells.map((cell) => {
    const ref = cellRef(row.index, cell.col);
    const style = styles.index(cell.style);
    if (cell.value === undefined) return `<c r="${ref}" s="${style}"/>`;
    // Infinity has no spelling in a cell's number: such a value is written as its text.
    if (typeof cell.value === 'number' && Number.isFinite(cell.value)) {
      return `<c r="${ref}" s="${style}"><v>${cell.value}</v></c>`;
    }
    return `<c r="${ref}" s="${style}" t="s"><v>${strings.index(String(cell.value))}</v></c>`;
  });
  return `<row r="${row.index}"${height}>${cells.join('')}</row>`;
}

function dimension<S extends string>(sheet: Sheet<S>): string {
  let right = 0;
  for (const row of sheet.rows) right = Math.max(right, row.cells.at(-1)?.col ?? 0);
  const bottom = sheet.rows.at(-1)?.index ?? 0;
  if (right === 0 || bottom === 0) return 'A1';
  return rangeRef({ top: sheet.rows[0]?.index ?? 1, left: 1, bottom, right });
}

function frozenView(frozen: { rows: number; select: boolean }): string {
  const topLeft = cellRef(frozen.rows + 1, 1);
  const selected = frozen.select ? ` activeCell="${topLeft}" sqref="${topLeft}"` : '';
  return (
    '<sheetViews><sheetView workbookViewId="0">' +
    `<pane ySplit="${frozen.rows}" topLeftCell="${topLeft}" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft"${selected}/>` +
    '</sheetView></sheetViews>'
  );
}

function mergesXml(merges: readonly CellRange[]): string {
  if (merges.length === 0) return '';
  const items = merges.map((range) => `<mergeCell ref="${rangeRef(range)}"/>`);
  return `<mergeCells count="${merges.length}">${items.join('')}</mergeCells>`;
}

function validationXml(validation: ListValidation): string {
  const { error, prompt } = validation;
  const attributes = [
    'type="list"',
    'allowBlank="1"',
    ...(validation.strict ? ['showErrorMessage="1"'] : []),
    ...(prompt === undefined ? [] : ['showInputMessage="1"', `prompt="${xmlAttribute(prompt)}"`]),
    'errorStyle="stop"',
    `errorTitle="${xmlAttribute(error.title)}"`,
    `error="${xmlAttribute(error.message)}"`,
    `sqref="${rangeRef(validation.range)}"`,
  ];
  return `<dataValidation ${attributes.join(' ')}><formula1>${xmlText(validation.list)}</formula1></dataValidation>`;
}

function validationsXml(validations: readonly ListValidation[]): string {
  if (validations.length === 0) return '';
  return `<dataValidations count="${validations.length}">${validations.map(validationXml).join('')}</dataValidations>`;
}

function pageXml<S extends string>(sheet: Sheet<S>): string {
  const { page } = sheet;
  const m = page.margins;
  const header =
    sheet.header === undefined ? '' : `<oddHeader>${xmlText(sheet.header)}</oddHeader>`;
  return (
    (page.centred ? '<printOptions horizontalCentered="1"/>' : '') +
    `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>` +
    `<pageSetup paperSize="${page.paperSize}" orientation="${page.orientation}" fitToWidth="1" fitToHeight="0"/>` +
    `<headerFooter>${header}<oddFooter>${xmlText(sheet.footer)}</oddFooter></headerFooter>`
  );
}

/** The sheet's XML; its texts go into `strings`. Every sheet prints fitted to one page wide. */
export function worksheetXml<S extends string>(
  sheet: Sheet<S>,
  strings: SharedStrings,
  styles: Stylesheet<S>,
): string {
  return (
    XML_DECLARATION +
    OPEN +
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    `<dimension ref="${dimension(sheet)}"/>` +
    (sheet.frozen === undefined ? '' : frozenView(sheet.frozen)) +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    colsXml(sheet.columns) +
    `<sheetData>${sheet.rows.map((row) => rowXml(row, strings, styles)).join('')}</sheetData>` +
    mergesXml(sheet.merges) +
    validationsXml(sheet.validations) +
    pageXml(sheet) +
    '</worksheet>'
  );
}
