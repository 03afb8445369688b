/**
 * Punctuation between parts of a message, in each language: Chinese uses full-width marks with no
 * space after them, English half-width marks followed by a space.
 */
import type { Lang } from './lang.js';

export interface Punctuation {
  /** Between clauses: "，" / ", ". */
  comma: string;
  /** Between sentences of one line: "；" / "; ". */
  semicolon: string;
  /** Before what a label introduces: "：" / ": ". */
  colon: string;
}

export const PUNCTUATION: Readonly<Record<Lang, Punctuation>> = {
  zh: { comma: '，', semicolon: '；', colon: '：' },
  en: { comma: ', ', semicolon: '; ', colon: ': ' },
};

// The narrow conjunction joins without a final 和 / "and": "a、b、c" and "a, b, c".
const LISTS: Readonly<Record<Lang, Intl.ListFormat>> = {
  zh: new Intl.ListFormat('zh', { type: 'conjunction', style: 'narrow' }),
  en: new Intl.ListFormat('en', { type: 'conjunction', style: 'narrow' }),
};

/** Names in a row: "「a」、「b」" in Chinese, `"a", "b"` in English. */
export function listOf(lang: Lang, items: readonly string[]): string {
  return LISTS[lang].format(items);
}

/** The first few names in a row, and "…" when there are more: for a message that names files. */
export function listSome(lang: Lang, items: readonly string[], max = 5): string {
  return listOf(lang, items.slice(0, max)) + (items.length > max ? ' …' : '');
}
