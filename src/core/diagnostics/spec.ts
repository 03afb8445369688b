import type { Severity } from './severity.js';
import type { Lang } from '../../i18n/lang.js';
import { listOf } from '../../i18n/punctuation.js';

/** How one diagnostic code reads and how severe it is. */
export interface CodeSpec<Args> {
  severity: Severity;
  /**
   * The tool could not do its job (an unreadable file or folder): the run exits with 2 whatever
   * `--fail-on` says, per the exit-code contract.
   */
  fatal?: true;
  /** One sentence: what the code means (docs/codes/README.md and the code's page). */
  doc: string;
  message: Record<Lang, (args: Args) => string>;
  /** What to do about it. */
  hint?: Record<Lang, (args: Args) => string>;
}

/** A table that must have an entry, with text in both languages, for every code of `Args`. */
export type CodeTable<Args> = { [C in keyof Args]: CodeSpec<Args[C]> };

/** No arguments. */
export type NoArgs = Record<string, never>;

/** Quotes a value the way messages show it: 「value」 in Chinese, "value" in English. */
export const quote: Record<Lang, (text: string) => string> = {
  zh: (text) => `「${text}」`,
  en: (text) => `"${text}"`,
};

/** "「a」、「b」" / `"a", "b"`. */
export function quoteList(lang: Lang, items: readonly string[]): string {
  return listOf(lang, items.map(quote[lang]));
}

/** " Did you mean …?" when there are suggestions, else "". */
export function didYouMean(lang: Lang, suggestions: readonly string[]): string {
  if (suggestions.length === 0) return '';
  return lang === 'zh'
    ? `是否应为${quoteList(lang, suggestions)}？`
    : `Did you mean ${quoteList(lang, suggestions)}?`;
}
