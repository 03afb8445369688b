/**
 * What a region hands down to the regions below it for one domain: the items of its own table,
 * plus the items that only pass through it (they apply below its level, not at it). A region
 * cannot change an item that does not apply at its level (merge reports that), so a passing item
 * is exactly what the region above handed down; the whole set is rebuilt from the top.
 */
import type { DomainId } from '../vocabulary/domains.js';
import { levelRank } from '../vocabulary/levels.js';
import type { RegionModel } from '../model/effective.js';
import type { Item } from '../model/item.js';
import { appliesAt, applicableLevels } from './scope.js';

export type HandedDown = (region: RegionModel, domain: DomainId) => readonly Item[];

/** Applies below this level (and not at it): passed through to the regions below. */
function passesThrough(item: Item, region: RegionModel): boolean {
  const rank = levelRank(region.ref.level);
  return (
    !appliesAt(item, region.ref.level) &&
    applicableLevels(item).some((level) => levelRank(level) > rank)
  );
}

export function handedDownFrom(
  regions: readonly RegionModel[],
  baselines: ReadonlyMap<DomainId, readonly Item[]>,
): HandedDown {
  const byCode = new Map(regions.map((region) => [region.ref.code, region]));
  const memo = new Map<string, readonly Item[]>();
  const handedDown: HandedDown = (region, domain) => {
    const key = `${region.ref.code}\u0000${domain}`;
    const known = memo.get(key);
    if (known) return known;
    const parent = region.ref.parent === undefined ? undefined : byCode.get(region.ref.parent);
    const above = parent ? handedDown(parent, domain) : (baselines.get(domain) ?? []);
    const catalog = region.catalogs.find((c) => c.domain === domain);
    // A region without a file for the domain passes everything on unchanged.
    if (!catalog) {
      memo.set(key, above);
      return above;
    }
    const own = new Map(catalog.items.map((effective) => [effective.item.id, effective.item]));
    const omitted = new Set(catalog.omitted.map((omission) => omission.id));
    const out: Item[] = [];
    for (const item of above) {
      const mine = own.get(item.id);
      if (mine) out.push(mine);
      else if (!omitted.has(item.id) && passesThrough(item, region)) out.push(item);
    }
    const inherited = new Set(above.map((item) => item.id));
    out.push(...catalog.items.map((e) => e.item).filter((item) => !inherited.has(item.id)));
    memo.set(key, out);
    return out;
  };
  return handedDown;
}
