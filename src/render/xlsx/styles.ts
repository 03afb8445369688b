/**
 * The look of the official table: 宋体 for the table, 黑体 for the title, thin borders, wrapped
 * text, A3 landscape fitted to the width of the page with the header rows repeated on every page.
 */
import type { Alignment, Borders, Font, PageSetup, PaperSize } from 'exceljs';

/** GB2312: tells Excel these are Chinese fonts, so it does not substitute a Latin one. */
const GB2312 = 134;

export const BODY_SIZE = 10;
export const TITLE_SIZE = 16;

export const FONTS = {
  title: { name: '黑体', size: TITLE_SIZE, charset: GB2312 },
  header: { name: '宋体', size: BODY_SIZE, bold: true, charset: GB2312 },
  body: { name: '宋体', size: BODY_SIZE, charset: GB2312 },
  emphasis: {
    name: '宋体',
    size: BODY_SIZE,
    bold: true,
    charset: GB2312,
    color: { argb: 'FFC00000' },
  },
} as const satisfies Record<string, Partial<Font>>;

const thin = { style: 'thin' as const, color: { argb: 'FF000000' } };
export const BORDER: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };

export const ALIGN = {
  centre: { horizontal: 'center', vertical: 'middle', wrapText: true },
  left: { horizontal: 'left', vertical: 'middle', wrapText: true },
  notes: { horizontal: 'left', vertical: 'top', wrapText: true },
} as const satisfies Record<string, Partial<Alignment>>;

/** Number format "text": what staff type later stays text ("0505", "=…"). */
export const TEXT_FORMAT = '@';

/** OOXML paper sizes; exceljs's PaperSize enum leaves A3 out, so the numbers are spelled here. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment -- A3 is missing from the enum
export const A3 = 8 as PaperSize;
// eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment -- the enum is const, so unusable here
export const A4 = 9 as PaperSize;

/** A3, landscape, one page wide and as many pages long as needed. */
export function tablePageSetup(printTitlesRow: string): Partial<PageSetup> {
  return {
    paperSize: A3,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    printTitlesRow,
  };
}

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
 * (exceljs would write them as they are, and Excel refuses such files), CR LF becomes LF.
 */
export function cellText(text: string): string {
  return text.replace(/\r\n?/gu, '\n').replace(XML_INVALID, '').replace(LONE_SURROGATE, '');
}
