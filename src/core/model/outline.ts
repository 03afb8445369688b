/**
 * A region in outline: what the pages about other regions need of it (its place in the tree, its
 * domains and how many items each holds), without its items. A compile keeps the outline of every
 * region while it merges and renders one subtree at a time; a region's full model lives only while
 * its subtree is rendered.
 */
import type { DomainId } from '../vocabulary/domains.js';
import type { RegionModel, RegionRef } from './effective.js';

export interface RegionOutline {
  ref: RegionRef;
  /** Codes of the child regions, sorted. */
  children: readonly string[];
  /** The region's catalogs in its model's order, each with its number of items. */
  catalogs: readonly { domain: DomainId; items: number }[];
}

export function outlineOf(region: RegionModel): RegionOutline {
  return {
    ref: region.ref,
    children: region.children,
    catalogs: region.catalogs.map((catalog) => ({
      domain: catalog.domain,
      items: catalog.items.length,
    })),
  };
}

/** The items of a region's own tables, all domains together. */
export function outlineItems(region: RegionOutline): number {
  return region.catalogs.reduce((sum, catalog) => sum + catalog.items, 0);
}
