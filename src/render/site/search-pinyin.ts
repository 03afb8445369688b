/**
 * Pinyin for the search, computed when the site is built (pinyin-pro, a maintained library with
 * context-aware readings of polyphones, so that 重庆 is chong qing and 银行 yin hang): the browser
 * matches "dibao" or "dbbz" without a dictionary of its own.
 */
import { pinyin } from 'pinyin-pro';

/** The syllables of the Chinese characters in `text`, lower case, ü as v, space-separated. */
export function pinyinOf(text: string): string {
  return pinyin(text, { toneType: 'none', type: 'array', nonZh: 'removed', v: true })
    .map((syllable) => syllable.toLowerCase())
    .filter((syllable) => /^[a-z]+$/u.test(syllable))
    .join(' ');
}
