/**
 * Pinyin for the search, computed when the site is built (pinyin-pro, a maintained library with
 * context-aware readings of polyphones, so that 重庆 is chong qing and 银行 yin hang): the browser
 * matches "dibao" or "dbbz" without a dictionary of its own.
 */
import { createRequire } from 'node:module';
import type { pinyin as PinyinPro } from 'pinyin-pro';

let library: typeof PinyinPro | undefined;

/**
 * pinyin-pro, loaded when first asked for: loading it and building its dictionaries takes ~85 ms,
 * which validate (no index) and a compile whose pinyin is all kept (io/pinyin-cache.ts) never need.
 */
function pinyinPro(): typeof PinyinPro {
  // `require` answers `any`: the type is pinyin-pro's own, taken from its declarations above.
  library ??= (createRequire(import.meta.url)('pinyin-pro') as { pinyin: typeof PinyinPro }).pinyin;
  return library;
}

/** The syllables of the Chinese characters in `text`, lower case, ü as v, space-separated. */
export function pinyinOf(text: string): string {
  return pinyinPro()(text, { toneType: 'none', type: 'array', nonZh: 'removed', v: true })
    .map((syllable) => syllable.toLowerCase())
    .filter((syllable) => /^[a-z]+$/u.test(syllable))
    .join(' ');
}
