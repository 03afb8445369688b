/**
 * A region without its items: what planning a compile's paths and keys needs, kept for every
 * region of a province (pipeline/subtrees.ts) and in a compile's region cache. There, a hollow
 * region is written relative to its parent's: the catalog fields a region inherits unchanged (the
 * guideline and the note on its completeness: ~1 KB per domain, the same in each of the bench
 * province's 1,680 regions) are left out, and taken back from the parent's when read, shared.
 */
import type { EffectiveCatalog, RegionModel } from './effective.js';

/** The fields of a catalog that a region inherits from the nearest layer that set them. */
const INHERITED = ['title', 'notes', 'guideline', 'completeness'] as const;
type InheritedField = (typeof INHERITED)[number];

export interface HollowRegion {
  region: RegionModel;
  /** Per catalog (by domain), the fields left out of `region`: the same as its parent's. */
  fromParent?: Record<string, InheritedField[]>;
}

export function hollowOf(region: RegionModel): RegionModel {
  return {
    ...region,
    catalogs: region.catalogs.map((catalog) => ({ ...catalog, items: [], omitted: [] })),
  };
}

/** `hollow` without the catalog fields that are the same as in `parent`'s catalog of its domain. */
export function relativeHollow(hollow: RegionModel, parent: RegionModel | undefined): HollowRegion {
  if (parent === undefined) return { region: hollow };
  const parents = new Map(parent.catalogs.map((catalog) => [catalog.domain, catalog]));
  const fromParent: Record<string, InheritedField[]> = {};
  const catalogs = hollow.catalogs.map((catalog) => {
    const above = parents.get(catalog.domain);
    const same = INHERITED.filter(
      (field) =>
        catalog[field] !== undefined && above !== undefined && equal(catalog, above, field),
    );
    if (same.length === 0) return catalog;
    fromParent[catalog.domain] = same;
    // Left in place as undefined, not deleted: restored, the catalog's keys keep their order.
    const kept: EffectiveCatalog = { ...catalog };
    for (const field of same) Object.assign(kept, { [field]: undefined });
    return kept;
  });
  return Object.keys(fromParent).length === 0
    ? { region: hollow }
    : { region: { ...hollow, catalogs }, fromParent };
}

/** The hollow region `relativeHollow` kept, with its parent's fields back (the same objects). */
export function restoredHollow(kept: HollowRegion, parent: RegionModel | undefined): RegionModel {
  const { region, fromParent } = kept;
  if (fromParent === undefined) return region;
  const parents = new Map(parent?.catalogs.map((catalog) => [catalog.domain, catalog]));
  return {
    ...region,
    catalogs: region.catalogs.map((catalog) => {
      const fields = fromParent[catalog.domain];
      if (fields === undefined) return catalog;
      const above = parents.get(catalog.domain);
      if (above === undefined) {
        throw new Error(`${region.ref.code} ${catalog.domain}: its parent's catalog is not known`);
      }
      const restored: EffectiveCatalog = { ...catalog };
      for (const field of fields) Object.assign(restored, { [field]: above[field] });
      return restored;
    }),
  };
}

function equal(a: EffectiveCatalog, b: EffectiveCatalog, field: InheritedField): boolean {
  return a[field] === b[field] || JSON.stringify(a[field]) === JSON.stringify(b[field]);
}
