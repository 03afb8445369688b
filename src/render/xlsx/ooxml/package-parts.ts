/**
 * The parts that tie a workbook together: [Content_Types].xml, _rels/.rels, xl/workbook.xml (the
 * sheets, and the rows each table repeats on every printed page) and its relationships.
 */
import type { Sheet } from '../sheet.js';
import { XML_DECLARATION, xmlAttribute, xmlText } from './xml.js';

const RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const SPREADSHEET = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

export const worksheetPath = (position: number): string => `xl/worksheets/sheet${position}.xml`;

export function contentTypesXml(sheets: number): string {
  const override = (part: string, type: string): string =>
    `<Override PartName="/${part}" ContentType="${type}"/>`;
  const worksheets = Array.from({ length: sheets }, (_, index) =>
    override(worksheetPath(index + 1), `${SPREADSHEET}.worksheet+xml`),
  );
  return (
    `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    override('xl/workbook.xml', `${SPREADSHEET}.sheet.main+xml`) +
    worksheets.join('') +
    override('xl/theme/theme1.xml', 'application/vnd.openxmlformats-officedocument.theme+xml') +
    override('xl/styles.xml', `${SPREADSHEET}.styles+xml`) +
    override('xl/sharedStrings.xml', `${SPREADSHEET}.sharedStrings+xml`) +
    override('docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml') +
    override(
      'docProps/app.xml',
      'application/vnd.openxmlformats-officedocument.extended-properties+xml',
    ) +
    '</Types>'
  );
}

function relationship(id: number, type: string, target: string): string {
  return `<Relationship Id="rId${id}" Type="${type}" Target="${target}"/>`;
}

export const ROOT_RELS_XML =
  `${XML_DECLARATION}<Relationships xmlns="${RELATIONSHIPS}">` +
  relationship(1, `${OFFICE}/officeDocument`, 'xl/workbook.xml') +
  relationship(2, `${RELATIONSHIPS}/metadata/core-properties`, 'docProps/core.xml') +
  relationship(3, `${OFFICE}/extended-properties`, 'docProps/app.xml') +
  '</Relationships>';

/** Styles, theme and strings are rId1–3; sheet i (1-based) is rId(i + 3). */
const FIRST_SHEET_ID = 4;

export function workbookRelsXml(sheets: number): string {
  const worksheets = Array.from({ length: sheets }, (_, index) =>
    relationship(
      FIRST_SHEET_ID + index,
      `${OFFICE}/worksheet`,
      worksheetPath(index + 1).slice('xl/'.length),
    ),
  );
  return (
    `${XML_DECLARATION}<Relationships xmlns="${RELATIONSHIPS}">` +
    relationship(1, `${OFFICE}/styles`, 'styles.xml') +
    relationship(2, `${OFFICE}/theme`, 'theme/theme1.xml') +
    relationship(3, `${OFFICE}/sharedStrings`, 'sharedStrings.xml') +
    worksheets.join('') +
    '</Relationships>'
  );
}

/** 'name' with quotes doubled, as a formula refers to a sheet. */
function quotedSheet(name: string): string {
  return `'${name.replace(/'/gu, "''")}'`;
}

export function workbookXml(sheets: readonly Sheet<string>[]): string {
  const entries = sheets.map(
    (sheet, index) =>
      `<sheet sheetId="${index + 1}" name="${xmlAttribute(sheet.name)}" state="visible" r:id="rId${FIRST_SHEET_ID + index}"/>`,
  );
  const titles = sheets.flatMap((sheet, index) => {
    const rows = sheet.page.titleRows;
    if (rows === undefined) return [];
    const [first, last] = rows;
    return [
      `<definedName name="_xlnm.Print_Titles" localSheetId="${index}">${xmlText(quotedSheet(sheet.name))}!$${first}:$${last}</definedName>`,
    ];
  });
  return (
    `${XML_DECLARATION}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${OFFICE}">` +
    '<workbookPr defaultThemeVersion="164011" filterPrivacy="1"/>' +
    `<sheets>${entries.join('')}</sheets>` +
    (titles.length > 0 ? `<definedNames>${titles.join('')}</definedNames>` : '') +
    '<calcPr calcId="171027"/></workbook>'
  );
}
