/**
 * One catalog as CSV: UTF-8 with a BOM (so Excel reads the Chinese right), CRLF line ends, RFC 4180
 * quoting, the official columns in one header row. Lists are joined with "；".
 *
 * Spreadsheet apps run a cell that starts with = + - @ (or a tab or carriage return) as a formula
 * when they open a CSV. Such cells get a leading apostrophe ("'=1+1"), the guard OWASP recommends:
 * the app shows the text instead of running it, and the apostrophe says the text was escaped.
 */
import type { EffectiveCatalog } from '../core/model/effective.js';
import type { Item } from '../core/model/item.js';
import { basisText, channelText, levelLabels } from './catalog-text.js';

export const CSV_HEADER = [
  '序号',
  '一级事项',
  '二级事项',
  '三级事项',
  '公开内容（要素）',
  '公开依据',
  '公开时限',
  '公开主体',
  '公开渠道和载体',
  '公开对象',
  '公开方式',
  '公开层级',
] as const;

const LIST_SEPARATOR = '；';
const FORMULA_START = /^[=+\-@\t\r]/u;

/** The guard against formula injection described above. */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** RFC 4180: quote a field holding a quote, comma or line break, doubling inner quotes. */
export function csvField(text: string): string {
  return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

function row(item: Item, index: number): string[] {
  return [
    String(index + 1),
    item.l1 ?? '',
    item.l2 ?? '',
    item.l3 ?? '',
    item.elements.map((element) => element.name).join(LIST_SEPARATOR),
    item.bases.map(basisText).join(LIST_SEPARATOR),
    item.timeLimit?.text ?? '',
    item.subject ?? '',
    item.channels.map(channelText).join(LIST_SEPARATOR),
    item.audience ?? '',
    item.method ?? '',
    levelLabels(item.levels).join(LIST_SEPARATOR),
  ];
}

export function renderCsv(catalog: EffectiveCatalog): string {
  const lines = [
    [...CSV_HEADER],
    ...catalog.items.map((effective, index) => row(effective.item, index)),
  ].map((fields) => fields.map((field) => csvField(guardFormula(field))).join(','));
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
