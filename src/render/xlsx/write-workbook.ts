/**
 * Sheets to .xlsx bytes: every part of the package, zipped. Shared by the region workbooks
 * (index.ts) and the document register's lists (render/documents/sheets.ts).
 */
import type { Sheet } from './sheet.js';
import { cellText } from './styles.js';
import { appXml, coreXml, type DocumentProperties } from './ooxml/doc-props.js';
import {
  ROOT_RELS_XML,
  contentTypesXml,
  workbookRelsXml,
  workbookXml,
  worksheetPath,
} from './ooxml/package-parts.js';
import { SharedStrings } from './ooxml/shared-strings.js';
import type { Stylesheet } from './ooxml/stylesheet.js';
import { THEME_XML } from './ooxml/theme.js';
import { worksheetXml } from './ooxml/worksheet.js';
import { zipParts } from './zip.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/u;

export interface WorkbookProperties {
  title: string;
  /** The date of the data (YYYY-MM-DD): the document's dates and the zip entries' dates. */
  date: string;
}

export function writeWorkbook<S extends string>(
  sheets: readonly Sheet<S>[],
  styles: Stylesheet<S>,
  properties: WorkbookProperties,
): Buffer {
  const { date } = properties;
  if (!DATE.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) {
    throw new Error(`not a YYYY-MM-DD date: ${date}`);
  }
  const props: DocumentProperties = {
    title: cellText(properties.title),
    date,
    sheetNames: sheets.map((sheet) => sheet.name),
  };
  // The sheets first: writing them fills the shared strings.
  const strings = new SharedStrings();
  const worksheets = sheets.map((sheet, index) => ({
    path: worksheetPath(index + 1),
    text: worksheetXml(sheet, strings, styles),
  }));
  const parts = [
    { path: '[Content_Types].xml', text: contentTypesXml(sheets.length) },
    { path: '_rels/.rels', text: ROOT_RELS_XML },
    { path: 'docProps/core.xml', text: coreXml(props) },
    { path: 'docProps/app.xml', text: appXml(props) },
    { path: 'xl/workbook.xml', text: workbookXml(sheets) },
    { path: 'xl/_rels/workbook.xml.rels', text: workbookRelsXml(sheets.length) },
    { path: 'xl/styles.xml', text: styles.xml },
    { path: 'xl/theme/theme1.xml', text: THEME_XML },
    { path: 'xl/sharedStrings.xml', text: strings.toXml() },
    ...worksheets,
  ];
  return zipParts(parts, date);
}
