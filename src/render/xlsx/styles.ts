/**
 * The look of the official table: 宋体 for the table, 黑体 for the title, thin borders, wrapped
 * text, A3 landscape fitted to the width of the page with the header rows repeated on every page.
 * Every cell takes one of the few styles below; ooxml/stylesheet.ts writes them as the workbook's
 * style table, in this order.
 */

export const BODY_SIZE = 10;
export const TITLE_SIZE = 16;

/** GB2312: tells Excel these are Chinese fonts, so it does not substitute a Latin one. */
export const GB2312 = 134;

export interface FontSpec {
  name: string;
  size: number;
  bold?: boolean;
  /** ARGB. */
  color?: string;
}

export const FONTS = {
  title: { name: '黑体', size: TITLE_SIZE },
  header: { name: '宋体', size: BODY_SIZE, bold: true },
  body: { name: '宋体', size: BODY_SIZE },
  emphasis: { name: '宋体', size: BODY_SIZE, bold: true, color: 'FFC00000' },
} as const satisfies Record<string, FontSpec>;

export type FontName = keyof typeof FONTS;

export const ALIGNMENTS = {
  centre: { horizontal: 'center', vertical: 'center' },
  left: { horizontal: 'left', vertical: 'center' },
  notes: { horizontal: 'left', vertical: 'top' },
} as const;

export type AlignmentName = keyof typeof ALIGNMENTS;

export interface CellStyle {
  font: FontName;
  align: AlignmentName;
  /** A thin black border on all four sides. */
  border: boolean;
  /** Number format "text" (@): what staff type later stays text ("0505", "=…"). */
  text?: boolean;
}

/** The styles cells use; every one wraps text. The workbook's default style comes before them. */
export const STYLES = {
  title: { font: 'title', align: 'centre', border: false },
  header: { font: 'header', align: 'centre', border: true },
  bodyLeft: { font: 'body', align: 'left', border: true },
  emphasis: { font: 'emphasis', align: 'left', border: true },
  bodyCentre: { font: 'body', align: 'centre', border: true },
  textCentre: { font: 'body', align: 'centre', border: true, text: true },
  textLeft: { font: 'body', align: 'left', border: true, text: true },
  notes: { font: 'body', align: 'notes', border: false },
} as const satisfies Record<string, CellStyle>;

export type StyleName = keyof typeof STYLES;

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
