/**
 * The two languages gkml speaks. Chinese is the default: the catalogs, their readers and the
 * officials who keep them work in Chinese; English is for reviewers and CI logs (`--lang en`).
 */
export type Lang = 'zh' | 'en';

export const LANGS: readonly Lang[] = ['zh', 'en'];

/** One text in both languages, e.g. a field's name taken from the schema's title / x-en. */
export type Label = Record<Lang, string>;
