/**
 * Where a diff finding points. A finding caused by a value points at the overlay line that set it
 * (provenance gives file and line); one caused by an absence points at the region's own catalog
 * file for the domain, or at its region.yaml when it has none.
 */
import type { Location } from '../diagnostics/index.js';
import { levelRank } from '../vocabulary/levels.js';
import type { EffectiveCatalog, EffectiveItem, Origin, RegionRef } from '../model/effective.js';

/** Origins carry lines only: the finding points at the start of that line. */
export function at(origin: Origin): Location {
  const start = { line: origin.line, column: 1 };
  return { file: origin.file, span: { start, end: start } };
}

export function isOwn(origin: Origin, region: RegionRef): boolean {
  return origin.layer.kind === 'region' && origin.layer.code === region.code;
}

/** Every origin recorded for an item: where it was introduced, each field, each list entry. */
export function originsOf(effective: EffectiveItem): Origin[] {
  const { provenance } = effective;
  return [
    provenance.introduced,
    ...Object.values(provenance.fields),
    ...provenance.lists.elements,
    ...provenance.lists.bases,
    ...provenance.lists.channels,
  ];
}

/** Region layers first, the lowest (nearest the region) first; then by file and line. */
function compareOrigins(region: RegionRef, a: Origin, b: Origin): number {
  const rank = (o: Origin): number =>
    isOwn(o, region) ? -1 : o.layer.kind === 'region' ? 10 - levelRank(o.layer.level) : 100;
  return rank(a) - rank(b) || (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line);
}

/**
 * The overlay entry that shaped an item for this region: the region's own lines first, then the
 * nearest region above it. Undefined when only the baseline shaped it.
 */
export function itemAnchor(
  effective: EffectiveItem,
  region: RegionRef,
  among: readonly Origin[] = originsOf(effective),
): Origin | undefined {
  return among
    .filter((origin) => origin.layer.kind === 'region')
    .sort((a, b) => compareOrigins(region, a, b))[0];
}

/**
 * Where an absence in this region's catalog is reported: its own catalog file for the domain, or
 * its region.yaml when it keeps none.
 */
export function absenceLocation(
  catalog: EffectiveCatalog | undefined,
  regionFile: string,
): Location {
  return { file: catalog?.file ?? regionFile };
}
