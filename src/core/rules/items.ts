/** Facts about raw items that several rules share. */
import type { RawItem, RawList } from '../model/raw.js';
import type { CatalogRuleContext } from './context.js';

/** A complete item describes a whole table row: every baseline item, and local additions. */
export function isCompleteItem(item: RawItem, ctx: CatalogRuleContext): boolean {
  return ctx.kind === 'baseline' || item.local === true;
}

/** The list fields of an item, which overlays may change entry by entry. */
export const LIST_FIELDS = ['elements', 'bases', 'channels'] as const;
export type ListField = (typeof LIST_FIELDS)[number];

export function isListChanges<T>(list: RawList<T> | undefined): list is Exclude<RawList<T>, T[]> {
  return list !== undefined && !Array.isArray(list);
}

/** Every entry an item's list field writes, whole or as additions. */
export function writtenEntries<T>(list: RawList<T> | undefined): { entries: T[]; key: string }[] {
  if (list === undefined) return [];
  if (Array.isArray(list)) return [{ entries: list, key: '' }];
  return [
    { entries: list.add ?? [], key: 'add' },
    { entries: list.replace ?? [], key: 'replace' },
  ];
}
