/**
 * Small text helpers shared by the cell parsers. Spreadsheet and web-page text arrives padded with
 * NBSP and ideographic spaces, in full-width forms, sometimes converted to traditional characters by
 * a mirror (with a pinyin gloss after each converted character, docs/data-model.md §10).
 */

/** Every kind of space a cell may be padded with: ASCII, NBSP, ideographic, zero-width, BOM. */
const SPACES = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/gu;

/** Collapses runs of any space (NBSP, U+3000 …) into one ASCII space and trims. */
export function collapseSpaces(text: string): string {
  return text.replace(SPACES, ' ').trim();
}

/** Removes every space, for comparison keys ("调查 结 果" → "调查结果"). */
export function removeSpaces(text: string): string {
  return text.replace(SPACES, '');
}

/** Full-width digits → ASCII digits; the rest of the text is left as written. */
export function asciiDigits(text: string): string {
  return text.replace(/[０-９]/gu, (digit) =>
    String.fromCodePoint((digit.codePointAt(0) ?? 0) - 0xff10 + 0x30),
  );
}

/**
 * Traditional characters that occur in the vocabulary our parsers match (channels, levels, time
 * limits). Mirrors convert whole pages; folding just these is enough to recognise the fixed words,
 * and free text is kept as written anyway.
 */
const TRADITIONAL: Readonly<Record<string, string>> = {
  網: '网',
  兩: '两',
  發: '发',
  聽: '听',
  會: '会',
  廣: '广',
  電: '电',
  視: '视',
  紙: '纸',
  質: '质',
  體: '体',
  開: '开',
  閱: '阅',
  點: '点',
  務: '务',
  戶: '户',
  現: '现',
  場: '场',
  區: '区',
  業: '业',
  單: '单',
  欄: '栏',
  準: '准',
  報: '报',
  鎮: '镇',
  鄉: '乡',
  縣: '县',
  級: '级',
  園: '园',
  個: '个',
  內: '内',
  變: '变',
  長: '长',
  實: '实',
  時: '时',
  決: '决',
  獲: '获',
  請: '请',
  規: '规',
  處: '处',
  從: '从',
  於: '于',
  後: '后',
  復: '复',
  達: '达',
  與: '与',
  臺: '台',
};

/** Folds the traditional characters of our vocabulary to simplified ones. */
export function foldTraditional(text: string): string {
  return text.replace(/\p{Script=Han}/gu, (char) => TRADITIONAL[char] ?? char);
}

/** Drops the pinyin gloss a mirror adds after converted characters: "鎮(zhèn)" → "鎮". */
export function stripPinyinGloss(text: string): string {
  return text.replace(/(\p{Script=Han})[(（][a-zA-Z\u00c0-\u024f\u01ce-\u01dc]{1,7}[)）]/gu, '$1');
}

/** The clean-up every cell parser starts with: spaces, digits, mirror noise. */
export function cleanCell(text: string): string {
  return collapseSpaces(foldTraditional(stripPinyinGloss(asciiDigits(text))));
}

const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/**
 * Reads an ASCII or small Chinese number ("20", "二十", "十六", "一百零五"); undefined otherwise.
 * Catalogs only write small numbers in words (day counts, 令 numbers), so hundreds are the limit.
 */
export function parseSmallNumber(text: string): number | undefined {
  if (/^\d+$/u.test(text)) return Number(text);
  if (!/^[零〇一二两三四五六七八九十百]+$/u.test(text)) return undefined;
  let total = 0;
  let digit: number | undefined;
  for (const char of text) {
    if (char === '百' || char === '十') {
      // "十六" starts with the multiplier itself: an implied 一.
      total += (digit ?? 1) * (char === '百' ? 100 : 10);
      digit = undefined;
    } else {
      digit = CHINESE_DIGITS[char];
    }
  }
  return total + (digit ?? 0);
}
