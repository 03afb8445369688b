/**
 * Which levels an item applies at, and so which regions inherit it.
 *
 * Most national items were read from tables whose 公开层级 columns could not be recovered, so
 * they carry `incomplete: [levels]` and no levels. Rule: such an item applies at 县级 and 乡级,
 * the two levels the 2019 标准指引 are written for (国办发〔2019〕54号 addresses 县乡两级政府, and
 * "县级 | 乡级" is the level header of most real tables). It is carried through a city to its
 * counties without entering the city's own table, and does not reach villages, whose 村务公开
 * items the guidelines always mark. Any region may override `levels` to say otherwise.
 *
 * Levels below: a county's published table lists its own items and the items its townships carry
 * out (乡级-only rows are normal there), and a township's table may list its villages' 村级 items.
 * So a county or township region may name, in its own file, an item that applies only further
 * down: the item then appears in its table (with the lower level ticked) and its sub-regions
 * inherit it as usual. A city's table is its own: it does not list its counties' items.
 */
import { levelRank, type Level } from '../vocabulary/levels.js';
import type { Item } from '../model/item.js';

/** The levels assumed for an item whose source gives none. */
export const ASSUMED_LEVELS: readonly Level[] = ['county', 'township'];

/** The levels an item applies at: its own, or the assumed ones when its source gives none. */
export function applicableLevels(item: Item): readonly Level[] {
  return item.levels.length > 0 ? item.levels : ASSUMED_LEVELS;
}

/** The item belongs in the table of a region of this level. */
export function appliesAt(item: Item, level: Level): boolean {
  return applicableLevels(item).includes(level);
}

/** A region of this level may list, in its own table, items that apply only further down. */
export function listsLevelsBelow(level: Level): boolean {
  return level === 'county' || level === 'township';
}

/** Levels as written may stand in a table of a region of `level` (its own, or one below it). */
export function levelsFitRegion(levels: readonly Level[], level: Level): boolean {
  if (levels.includes(level)) return true;
  return listsLevelsBelow(level) && levels.some((other) => levelRank(other) > levelRank(level));
}

/**
 * The item belongs in the published table of a region of `level`: it applies there, or it applies
 * below and the region names it in its own file (`named`).
 */
export function inRegionTable(item: Item, level: Level, named: boolean): boolean {
  if (appliesAt(item, level)) return true;
  return named && levelsFitRegion(applicableLevels(item), level);
}

/** The item applies at this level or at one below it, so a region of this level passes it on. */
export function reachesBelow(item: Item, level: Level): boolean {
  return applicableLevels(item).some((candidate) => levelRank(candidate) >= levelRank(level));
}
