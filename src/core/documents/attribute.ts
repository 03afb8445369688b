/**
 * 公开属性 of a document (seed item 9): the mark printed under its date, "（此件公开发布）", or the
 * short form offices write in their registers. Anything else gets the closest mark as a suggestion.
 */
import { closestMatches } from '../util/suggest.js';
import { cleanCell, removeSpaces } from '../cells/text.js';
import { DISCLOSURE_ATTRIBUTES, type DisclosureAttribute } from '../vocabulary/table-values.js';

/** What the attribute means for the rules. */
export type DisclosureKind = '主动' | '依申请' | '不公开';

export const ATTRIBUTE_KIND: Record<DisclosureAttribute, DisclosureKind> = {
  公开发布: '主动',
  删减后公开: '主动',
  依申请公开: '依申请',
  不予公开: '不公开',
};

/** Attributes that must give their reason (the legal ground for what is withheld). */
export const NEEDS_REASON: ReadonlySet<DisclosureAttribute> = new Set(['删减后公开', '不予公开']);

/** Other spellings seen in registers, mapped to the short form. */
const ALIASES: Readonly<Record<string, DisclosureAttribute>> = {
  主动公开: '公开发布',
  全文公开: '公开发布',
  全文发布: '公开发布',
  此件删减后公开发布: '删减后公开',
  删减公开: '删减后公开',
  依申请: '依申请公开',
  不公开: '不予公开',
  此件不予公开: '不予公开',
};

const BY_TEXT = new Map<string, DisclosureAttribute>([
  ...DISCLOSURE_ATTRIBUTES.flatMap((entry): [string, DisclosureAttribute][] => [
    [entry.value, entry.value],
    [entry.mark, entry.value],
  ]),
  ...Object.entries(ALIASES),
]);

export type AttributeReading =
  | { ok: true; attribute: DisclosureAttribute; kind: DisclosureKind }
  | { ok: false; suggestions: string[] };

/** Reads an attribute as written: brackets such as "（此件公开发布）" and spaces are ignored. */
export function readAttribute(text: string): AttributeReading {
  const cleaned = removeSpaces(cleanCell(text)).replace(/^[（(]|[)）]$/gu, '');
  const attribute = BY_TEXT.get(cleaned);
  if (attribute !== undefined) return { ok: true, attribute, kind: ATTRIBUTE_KIND[attribute] };
  const marks = DISCLOSURE_ATTRIBUTES.map((entry) => entry.mark);
  const found = closestMatches(cleaned, [...marks, ...BY_TEXT.keys()], 5);
  const suggestions = [...new Set(found.map((text) => markOf(BY_TEXT.get(text))))].filter(
    (mark) => mark !== '',
  );
  return { ok: false, suggestions: suggestions.length > 0 ? suggestions.slice(0, 2) : marks };
}

/** The full mark of a short form: 公开发布 → 此件公开发布. */
export function markOf(attribute: DisclosureAttribute | undefined): string {
  return DISCLOSURE_ATTRIBUTES.find((entry) => entry.value === attribute)?.mark ?? '';
}
