/**
 * Marks printed in catalog tables (docs/data-model.md §2.5): checkbox glyphs in front of channel names, the
 * ●/〇 flags in front of content elements, and the √ in mark columns (公开对象/方式/层级).
 */

/** Glyphs meaning "this channel is used" (or, in a national template, "required"). */
export const CHECKED_GLYPHS = [
  '■', // the standard mark
  '▄', // 枣庄: lower half block
  '◆', // a county 城乡规划 table
  '▲', // 漳州 征地
  '√',
  '☑',
  '✔',
  '✓',
  'R', // Wingdings 2 "☑" exported as a Latin letter (政务局 catalog)
  't', // Wingdings "■" exported as a Latin letter (巩留)
] as const;

/** Glyphs meaning "printed but not used" (or "optional" in a national template). */
export const UNCHECKED_GLYPHS = [
  '□', // the standard box
  '口', // the CJK character "kou", from OCR or hand-typing
  '£', // Wingdings 2 "□" exported as a pound sign (政务局 catalog, 开化)
  '○',
  '☐',
] as const;

export type CheckedGlyph = (typeof CHECKED_GLYPHS)[number];
export type UncheckedGlyph = (typeof UNCHECKED_GLYPHS)[number];
export type CheckboxGlyph = CheckedGlyph | UncheckedGlyph;

/**
 * Glyphs that are also ordinary text (a Latin letter, a common Chinese character: 口岸, 口头).
 * They count as checkboxes only directly in front of a channel name, never inside a word.
 */
export const AMBIGUOUS_GLYPHS: ReadonlySet<string> = new Set<CheckboxGlyph>(['R', 't', '口']);

const CHECKED: ReadonlySet<string> = new Set<string>(CHECKED_GLYPHS);
const UNCHECKED: ReadonlySet<string> = new Set<string>(UNCHECKED_GLYPHS);

/** What a checkbox glyph means: true checked, false unchecked, undefined when it is none. */
export function glyphState(glyph: string): boolean | undefined {
  if (CHECKED.has(glyph)) return true;
  if (UNCHECKED.has(glyph)) return false;
  return undefined;
}

/** Element flags of the national templates: "●" required, "〇" optional (保障性住房 legend). */
export const ELEMENT_FLAGS = { '●': true, 〇: false } as const satisfies Record<string, boolean>;
export type ElementFlag = keyof typeof ELEMENT_FLAGS;

/** Reads an element flag: true required, false optional, undefined when it is not a flag. */
export function elementFlag(glyph: string): boolean | undefined {
  if (glyph === '●') return ELEMENT_FLAGS['●'];
  if (glyph === '〇') return ELEMENT_FLAGS['〇'];
  return undefined;
}

/** The tick written in mark columns; some mirrors turn blanks into "?". */
export const MARK = '√';
