/**
 * Document numbers (文号) of legal bases (docs/data-model.md §4): "国办发〔2019〕54号", "国务院令第711号",
 * "国家发展改革委2017年第10号令", "GB/T 32939—2016", in every bracket style and broken form seen.
 */
import { asciiDigits, parseSmallNumber } from '../text.js';

const OPEN = '〔﹝\\[【(（';
const CLOSE = '〕﹞\\]】)）';
const HAN = '\\p{Script=Han}';

/**
 * The forms of a document number, each findable inside longer text. Issuer prefixes are short
 * (国卫基层发, 苏财基层): a longer run of characters would swallow the title in front.
 */
const FORMS: readonly RegExp[] = [
  // 国办发〔2019〕54号, with any brackets, spaces, or the closing bracket lost (国办发〔201680号)
  new RegExp(
    `[${HAN}A-Za-z]{1,10}\\s*[${OPEN}]\\s*(?:19|20)\\d{2}\\s*[${CLOSE}]?\\s*\\d[\\d\\s]*号`,
    'u',
  ),
  // 国务院令第711号, 中华人民共和国主席令第十六号, 国务院令710号
  new RegExp(`[${HAN}]{0,20}?令\\s*第?\\s*[\\d零一二三四五六七八九十百]+\\s*号`, 'u'),
  // 国家发展改革委2017年第10号令, 公告2009年第1号
  new RegExp(`[${HAN}]{0,16}(?:19|20)\\d{2}年第\\d+号令?`, 'u'),
  // GB/T 32939—2016
  /GB(?:\/T|\s+T)?\s*\d+(?:\.\d+)?\s*[—–\-－]\s*\d{4}/u,
];

/** The first document number in the text, as written; undefined when there is none. */
export function findDocNo(text: string): { docNo: string; index: number } | undefined {
  let best: { docNo: string; index: number } | undefined;
  for (const form of FORMS) {
    const match = form.exec(text);
    if (!match || (best && best.index <= match.index)) continue;
    // A date run into an order number ("1994年10月27日中华人民共和国主席令") leaves its 日 behind.
    const lead = /^[年月日]+/u.exec(match[0])?.[0].length ?? 0;
    best = { docNo: match[0].slice(lead).trim(), index: match.index + lead };
  }
  return best;
}

/** True when the text starts with a document number (a continuation, not a new basis). */
export function startsWithDocNo(text: string): boolean {
  return findDocNo(text)?.index === 0;
}

/**
 * A document number in one form, for comparison only (keep the written form for display):
 * year brackets as 〔〕, no spaces, broken brackets repaired ("(民发〔2018)23号〕" → "民发〔2018〕23号"),
 * 中华人民共和国 dropped, 国务院令 as 国令, Chinese numbers as digits, "GB T" as "GB/T".
 */
export function normalizeDocNo(docNo: string): string {
  const text = asciiDigits(docNo)
    .replace(/\s+/gu, '')
    .replace(new RegExp(`^[${OPEN}]+(?=[^\\d])|(?<=号)[${CLOSE}]+$`, 'gu'), '');
  const year = new RegExp(
    `^(.*?)[${OPEN}]?((?:19|20)\\d{2})[${CLOSE}]?(\\d+)号[${CLOSE}]*$`,
    'u',
  ).exec(text);
  if (year) return `${year[1] ?? ''}〔${year[2] ?? ''}〕${String(Number(year[3]))}号`;
  if (/^GB/u.test(text)) return text.replace(/^GB\/?T/u, 'GB/T').replace(/[—–－]/gu, '-');
  return text
    .replace(/^中华人民共和国/u, '')
    .replace(/^国务院令/u, '国令')
    .replace(/令(?=\d)/u, '令第')
    .replace(
      /第([零一二三四五六七八九十百]+)号/u,
      (_whole, number: string) => `第${parseSmallNumber(number) ?? number}号`,
    );
}
