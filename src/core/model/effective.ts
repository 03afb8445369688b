/**
 * Effective catalogs: what applies in a region once every layer above it has been merged, with the
 * origin of every value. Produced by core/merge; consumed by merge --explain, diff and renderers.
 */
import type { DomainId } from '../domains.js';
import type { Level } from '../levels.js';
import type { Item, ListField, ScalarField } from './item.js';
import type { Span } from '../diagnostics/types.js';
import type { RawGuideline, RawOffice } from './raw.js';

/** A layer of the merge: the national baseline, or one region's overlay. */
export type Layer =
  { kind: 'national' } | { kind: 'region'; code: string; name: string; level: Level };

/** Where a value was set. */
export interface Origin {
  layer: Layer;
  /** Display path of the file (posix, relative to the working folder). */
  file: string;
  /** 1-based line of the value (or of the item when the value is implied). */
  line: number;
}

export interface ItemProvenance {
  /** Where the item was introduced (the baseline, or the overlay that declared it local). */
  introduced: Origin;
  fields: Partial<Record<ScalarField, Origin>>;
  /** Parallel to the item's lists: the origin of each entry. */
  lists: Record<ListField, Origin[]>;
}

export interface EffectiveItem {
  item: Item;
  provenance: ItemProvenance;
  /** Added below the national level (a local item of this region or of a region above it). */
  local: boolean;
}

/** An inherited item this region (or one above it) does not adopt, with the written reason. */
export interface Omission {
  id: string;
  reason: string;
  origin: Origin;
  /** The item as it was inherited, for diff and reports. */
  item: Item;
}

export interface RegionRef {
  code: string;
  name: string;
  level: Level;
  /** Display path of the region's folder. */
  path: string;
  /** Code of the parent region, if any. */
  parent?: string;
}

export interface EffectiveCatalog {
  domain: DomainId;
  region: RegionRef;
  /** Table title override, from the nearest layer that set one. */
  title?: string;
  /** 标准目录要素说明, from the nearest layer that set them. */
  notes?: string;
  /** The national guideline this catalog derives from. */
  guideline?: RawGuideline;
  /** In table order: inherited items in their parent's order, then local additions in file order. */
  items: EffectiveItem[];
  omitted: Omission[];
}

/** One step of a 一件事 bundle: an item of the region's effective catalogs, by domain and id. */
export interface BundleStep {
  domain: DomainId;
  id: string;
  note?: string;
  /** Where the step is written in region.yaml, to locate a reference that matches nothing. */
  span?: Span;
}

/** 办事一本通 (region.yaml `bundles`): items across domains in the order a citizen meets them. */
export interface Bundle {
  id: string;
  name: string;
  description?: string;
  steps: BundleStep[];
  span?: Span;
}

/** One region of a repository, with its effective catalogs. */
export interface RegionModel {
  ref: RegionRef;
  /** Display path of region.yaml. */
  file: string;
  office?: RawOffice;
  /** Codes of the child regions, sorted. */
  children: string[];
  /** Sorted by the domains' conventional order. */
  catalogs: EffectiveCatalog[];
  /** The region's own 一件事 bundles, in file order (not inherited: each government lists its own). */
  bundles?: Bundle[];
}

/** A whole region repository, merged: what diff, export, site and compile work from. */
export interface RepositoryModel {
  /** Display path of the repository root (the folder of gkml.yaml). */
  root: string;
  /** The data is an invented example (gkml.yaml `example: true`). */
  example: boolean;
  /** Top-down (parents before children), then by code. */
  regions: RegionModel[];
}
