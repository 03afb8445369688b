/**
 * xl/styles.xml: the fixed style table of styles.ts. Cell format 0 is the workbook's default
 * (Calibri 11, as Excel's own); format i + 1 is the i-th entry of STYLES, which is how worksheets
 * refer to them (`styleIndex`).
 */
import {
  ALIGNMENTS,
  FONTS,
  GB2312,
  STYLES,
  type FontName,
  type FontSpec,
  type StyleName,
} from '../styles.js';
import { XML_DECLARATION, xmlAttribute } from './xml.js';

const FONT_NAMES = Object.keys(FONTS) as FontName[];
const STYLE_NAMES = Object.keys(STYLES) as StyleName[];

/** Number format 49 is the built-in "@" (text). */
const TEXT_FORMAT_ID = 49;

const STYLE_INDEX = new Map(STYLE_NAMES.map((name, index) => [name, index + 1] as const));

/** The `s` attribute of a cell with this style. */
export function styleIndex(name: StyleName): number {
  return STYLE_INDEX.get(name) ?? 0;
}

function fontXml(font: FontSpec): string {
  const bold = font.bold === true ? '<b/>' : '';
  const color = font.color === undefined ? '' : `<color rgb="${font.color}"/>`;
  return `<font>${bold}<charset val="${GB2312}"/>${color}<sz val="${font.size}"/><name val="${xmlAttribute(font.name)}"/></font>`;
}

const THIN = '<color rgb="FF000000"/>';
const BORDERS =
  '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>' +
  `<border><left style="thin">${THIN}</left><right style="thin">${THIN}</right><top style="thin">${THIN}</top><bottom style="thin">${THIN}</bottom><diagonal/></border></borders>`;

function cellFormatXml(name: StyleName): string {
  const style = STYLES[name];
  const font = FONT_NAMES.indexOf(style.font) + 1;
  const border = style.border ? 1 : 0;
  const text = 'text' in style && style.text;
  const align = ALIGNMENTS[style.align];
  return (
    `<xf numFmtId="${text ? TEXT_FORMAT_ID : 0}" fontId="${font}" fillId="0" borderId="${border}" xfId="0"` +
    `${text ? ' applyNumberFormat="1"' : ''} applyFont="1"${border ? ' applyBorder="1"' : ''} applyAlignment="1">` +
    `<alignment horizontal="${align.horizontal}" vertical="${align.vertical}" wrapText="1"/></xf>`
  );
}

function buildStylesheet(): string {
  const fonts = [
    '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>',
    ...FONT_NAMES.map((name) => fontXml(FONTS[name])),
  ];
  const formats = [
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
    ...STYLE_NAMES.map(cellFormatXml),
  ];
  return (
    `${XML_DECLARATION}<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
    `<fonts count="${fonts.length}">${fonts.join('')}</fonts>` +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    BORDERS +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="${formats.length}">${formats.join('')}</cellXfs>` +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
    '</styleSheet>'
  );
}

/** The same for every workbook: built once. */
export const STYLESHEET_XML = buildStylesheet();
