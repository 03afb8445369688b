/**
 * Which item of the region each sheet row is: by the hidden 事项编号（gkml） column (the row's id),
 * then by its 一级/二级/三级 names; a row matching nothing is a new local item.
 */
import { removeSpaces } from '../../core/cells/text.js';
import type { Item } from '../../core/model/item.js';
import type { RawItem } from '../../core/model/raw.js';

export type Candidate =
  /** In the region's table now. */
  | { kind: 'listed'; item: Item; local: boolean }
  /** Inherited for the levels below and not named by the region: listing it names it. */
  | { kind: 'below'; item: Item }
  /** Omitted by the region itself: a row restores it. */
  | { kind: 'omitted'; item: Item };

export function namesKey(item: { l1?: string; l2?: string; l3?: string }): string {
  return [item.l1, item.l2, item.l3].map((name) => removeSpaces(name ?? '')).join('/');
}

/** Parallel to the rows: the candidate each row is, or undefined for a new item. */
export function matchRows(
  rows: readonly RawItem[],
  candidates: readonly Candidate[],
): (Candidate | undefined)[] {
  const claimed = new Set<Candidate>();
  const byId = new Map(candidates.map((c) => [c.item.id, c] as const));
  const matches = rows.map((row) => {
    const found = byId.get(row.id);
    if (found === undefined || claimed.has(found)) return undefined;
    claimed.add(found);
    return found;
  });
  return matches.map((found, index) => {
    const row = rows[index];
    if (found !== undefined || row === undefined) return found;
    const key = namesKey(row);
    const byName = candidates.find((c) => !claimed.has(c) && namesKey(c.item) === key);
    if (byName) claimed.add(byName);
    return byName;
  });
}
