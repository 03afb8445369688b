/**
 * Which levels an item applies at, and so which regions inherit it.
 *
 * Most national items were read from tables whose 公开层级 columns could not be recovered, so
 * they carry `incomplete: [levels]` and no levels. Rule: such an item applies at 县级 and 乡级,
 * the two levels the 2019 标准指引 are written for (国办发〔2019〕54号 addresses 县乡两级政府, and
 * "县级 | 乡级" is the level header of most real tables). It is carried through a city to its
 * counties without entering the city's own table, and does not reach villages, whose 村务公开
 * items the guidelines always mark. Any region may override `levels` to say otherwise.
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

/** The item applies at this level or at one below it, so a region of this level passes it on. */
export function reachesBelow(item: Item, level: Level): boolean {
  return applicableLevels(item).some((candidate) => levelRank(candidate) >= levelRank(level));
}
