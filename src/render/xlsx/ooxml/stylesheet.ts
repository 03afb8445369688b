/**
 * xl/styles.xml of a style table (styles.ts). Cell format 0 is the workbook's default (Calibri 11,
 * as Excel's own); the table's styles follow in its order, each font and border written once. Worksheets
 * refer to a style by its index (`index`).
 */
import type { AlignmentSpec, CellStyle, FontSpec, StyleTable } from '../styles.js';
import { XML_DECLARATION, xmlAttribute } from './xml.js';

/** Number format 49 is the built-in "@" (text). */
const TEXT_FORMAT_ID = 49;

const DEFAULT_FONT =
  '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>';

const NO_BORDER = '<border><left/><right/><top/><bottom/><diagonal/></border>';

function borderXml(border: CellStyle['border']): string {
  if (border === 'none') return NO_BORDER;
  const colour = border === 'black' ? '<color rgb="FF000000"/>' : '';
  const side = (name: string): string => `<${name} style="thin">${colour}</${name}>`;
  return `<border>${side('left')}${side('right')}${side('top')}${side('bottom')}<diagonal/></border>`;
}

function fontXml(font: FontSpec): string {
  return (
    '<font>' +
    (font.bold === true ? '<b/>' : '') +
    (font.italic === true ? '<i/>' : '') +
    (font.charset === undefined ? '' : `<charset val="${font.charset}"/>`) +
    (font.color === undefined ? '' : `<color rgb="${font.color}"/>`) +
    `<sz val="${font.size}"/><name val="${xmlAttribute(font.name)}"/></font>`
  );
}

function alignmentXml(align: AlignmentSpec): string {
  const horizontal = align.horizontal === undefined ? '' : ` horizontal="${align.horizontal}"`;
  const wrap = align.wrap ? ' wrapText="1"' : '';
  return `<alignment${horizontal} vertical="${align.vertical}"${wrap}/>`;
}

function cellFormatXml(style: CellStyle, fontId: number, borderId: number): string {
  const text = style.text === true;
  return (
    `<xf numFmtId="${text ? TEXT_FORMAT_ID : 0}" fontId="${fontId}" fillId="0" borderId="${borderId}" xfId="0"` +
    (text ? ' applyNumberFormat="1"' : '') +
    ' applyFont="1"' +
    (borderId > 0 ? ' applyBorder="1"' : '') +
    (style.align === undefined ? '/>' : ` applyAlignment="1">${alignmentXml(style.align)}</xf>`)
  );
}

export class Stylesheet<Name extends string> {
  readonly xml: string;
  private readonly indexes = new Map<Name, number>();

  constructor(table: StyleTable<Name>) {
    const fonts = [DEFAULT_FONT];
    const borders = [NO_BORDER];
    const formats = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
    for (const [name, style] of Object.entries(table) as [Name, CellStyle][]) {
      const font = fontXml(style.font);
      if (!fonts.includes(font)) fonts.push(font);
      const border = borderXml(style.border);
      if (!borders.includes(border)) borders.push(border);
      this.indexes.set(name, formats.length);
      formats.push(cellFormatXml(style, fonts.indexOf(font), borders.indexOf(border)));
    }
    this.xml =
      `${XML_DECLARATION}<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
      `<fonts count="${fonts.length}">${fonts.join('')}</fonts>` +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      `<borders count="${borders.length}">${borders.join('')}</borders>` +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${formats.length}">${formats.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
      '</styleSheet>';
  }

  /** The `s` attribute of a cell with this style. */
  index(name: Name): number {
    return this.indexes.get(name) ?? 0;
  }
}
