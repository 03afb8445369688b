/**
 * Message tables, as the diagnostics' codes are: the wording of a feature in a Chinese table and
 * an English table with the same keys. The English table is typed from the Chinese one, so a key
 * missing from either (or a sentence taking other arguments) fails typecheck. `messages` joins them
 * into one object whose entries are `Label`s, or functions returning one, so that a message can be
 * thrown before the language it is shown in is known.
 */
import type { Label, Lang } from './lang.js';

/** A sentence, or a function of its arguments returning one. */
type Entry = string | ((...args: never[]) => string);

/** The English table of a Chinese one: the same keys, each entry of the same kind and arguments. */
export type Translation<Zh> = {
  [K in keyof Zh]: Zh[K] extends (...args: infer A) => string ? (...args: A) => string : string;
};

/** Both tables as one: each entry in both languages. */
export type Messages<Zh> = {
  [K in keyof Zh]: Zh[K] extends (...args: infer A) => string ? (...args: A) => Label : Label;
};

/** The keys of a table's entries that take no arguments (help text). */
export type PlainKeys<M> = { [K in keyof M]: M[K] extends Label ? K : never }[keyof M];

export function messages<Zh extends Record<string, Entry>>(
  zh: Zh,
  en: NoInfer<Translation<Zh>>,
): Messages<Zh> {
  const joined = new Map<string, unknown>();
  const english = new Map<string, unknown>(Object.entries(en));
  for (const [key, inZh] of Object.entries(zh)) {
    const inEn = english.get(key);
    joined.set(
      key,
      typeof inZh === 'function'
        ? both(inZh as Sentence, inEn as Sentence)
        : { zh: inZh, en: inEn },
    );
  }
  return Object.fromEntries(joined) as Messages<Zh>;
}

type Sentence = (...args: unknown[]) => string;

function both(zh: Sentence, en: Sentence): (...args: unknown[]) => Label {
  return (...args) => ({ zh: zh(...args), en: en(...args) });
}

/** Help text in the user's language, by key: `const say = speaker(io.lang, exportMessages)`. */
export function speaker<M>(lang: Lang, table: M): (key: PlainKeys<M>) => string {
  return (key) => (table[key] as Label)[lang];
}
