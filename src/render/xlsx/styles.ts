/**
 * The look of the official table: 宋体 for the table, 黑体 for the title, thin borders, wrapped
 * text, A3 landscape fitted to the width of the page with the header rows repeated on every page.
 * Every cell takes one of the few named styles below (STYLES); ooxml/stylesheet.ts writes them as
 * the workbook's style table.
 */

export const BODY_SIZE = 10;
export const TITLE_SIZE = 16;

/** GB2312: tells Excel these are Chinese fonts, so it does not substitute a Latin one. */
const GB2312 = 134;

export interface FontSpec {
  name: string;
  size: number;
  bold?: boolean;
  italic?: boolean;
  /** ARGB. */
  color?: string;
  /** The font's character set (OOXML charset), when it must be named. */
  charset?: number;
}

export interface AlignmentSpec {
  /** Absent: Excel's general alignment (text left, numbers right). */
  horizontal?: 'center' | 'left';
  vertical: 'center' | 'top';
  wrap: boolean;
}

export interface CellStyle {
  font: FontSpec;
  /** Absent: Excel's default (bottom, general, no wrap). */
  align?: AlignmentSpec;
  /** A thin border on all four sides: black, or the viewer's automatic colour. */
  border: 'none' | 'black' | 'auto';
  /** Number format "text" (@): what staff type later stays text ("0505", "=…"). */
  text?: boolean;
}

/** A workbook's few named styles; ooxml/stylesheet.ts turns one into xl/styles.xml. */
export type StyleTable<Name extends string> = Readonly<Record<Name, CellStyle>>;

const FONTS = {
  title: { name: '黑体', size: TITLE_SIZE, charset: GB2312 },
  header: { name: '宋体', size: BODY_SIZE, bold: true, charset: GB2312 },
  body: { name: '宋体', size: BODY_SIZE, charset: GB2312 },
  emphasis: { name: '宋体', size: BODY_SIZE, bold: true, charset: GB2312, color: 'FFC00000' },
} as const satisfies Record<string, FontSpec>;

const ALIGN = {
  centre: { horizontal: 'center', vertical: 'center', wrap: true },
  left: { horizontal: 'left', vertical: 'center', wrap: true },
  notes: { horizontal: 'left', vertical: 'top', wrap: true },
} as const satisfies Record<string, AlignmentSpec>;

export type StyleName =
  'title' | 'header' | 'bodyLeft' | 'emphasis' | 'bodyCentre' | 'textCentre' | 'textLeft' | 'notes';

/** The styles of a region's workbook. */
export const STYLES: StyleTable<StyleName> = {
  title: { font: FONTS.title, align: ALIGN.centre, border: 'none' },
  header: { font: FONTS.header, align: ALIGN.centre, border: 'black' },
  bodyLeft: { font: FONTS.body, align: ALIGN.left, border: 'black' },
  emphasis: { font: FONTS.emphasis, align: ALIGN.left, border: 'black' },
  bodyCentre: { font: FONTS.body, align: ALIGN.centre, border: 'black' },
  textCentre: { font: FONTS.body, align: ALIGN.centre, border: 'black', text: true },
  textLeft: { font: FONTS.body, align: ALIGN.left, border: 'black', text: true },
  notes: { font: FONTS.body, align: ALIGN.notes, border: 'none' },
};

/** OOXML paper sizes. */
export const PAPER = { A3: 8, A4: 9 } as const;

/** Excel's default margins (inches), which the 说明 and 汇总 sheets keep. */
export const DEFAULT_MARGINS = {
  left: 0.7,
  right: 0.7,
  top: 0.75,
  bottom: 0.75,
  header: 0.3,
  footer: 0.3,
} as const;

/** The tables' margins: narrow, so that a wide table prints as large as it can. */
export const TABLE_MARGINS = {
  left: 0.4,
  right: 0.4,
  top: 0.6,
  bottom: 0.6,
  header: 0.3,
  footer: 0.3,
} as const;

/** The footer "第 N 页，共 M 页", and a warning in the header when the data is an example. */
export function headerFooter(example: boolean): { oddFooter: string; oddHeader?: string } {
  return {
    oddFooter: '&C第 &P 页，共 &N 页',
    ...(example ? { oddHeader: '&R示例数据，非正式目录' } : {}),
  };
}

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/gu;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu;

/**
 * Text as XML 1.0 can carry it: control characters other than tab and line feed are dropped
 * (Excel refuses a file that holds them), CR LF becomes LF.
 */
export function cellText(text: string): string {
  return text.replace(/\r\n?/gu, '\n').replace(XML_INVALID, '').replace(LONE_SURROGATE, '');
}
