/**
 * Effective catalogs: what applies in a region once every layer above it has been merged, with the
 * origin of every value. Produced by core/merge; consumed by merge --explain, diff and renderers.
 */
import type { DomainId } from '../vocabulary/domains.js';
import type { Level } from '../vocabulary/levels.js';
import type { Item, ListField, ScalarField } from './item.js';
import type { Span } from '../diagnostics/types.js';
import type { RawCompleteness, RawGuideline, RawOffice, RawSite } from './raw.js';
import type { RawRegister } from '../documents/types.js';

/** A layer of the merge: the national baseline, or one region's overlay. */
export type Layer =
  { kind: 'national' } | { kind: 'region'; code: string; name: string; level: Level };

/** Where a value was set. */
export interface Origin {
  layer: Layer;
  /**
   * Display path of the file (posix, relative to the working folder). The bundled national
   * baselines are shown as `gkml:catalogs/national/<domain>.yaml`, so that output does not depend
   * on where gkml is installed.
   */
  file: string;
  /** 1-based line of the value (or of the item when the value is implied). */
  line: number;
}

/**
 * One change an overlay made to an inherited item (added for merge --explain and diff: the
 * history behind a value, not only its last origin).
 */
export interface FieldChange {
  field: ScalarField | ListField;
  /**
   * set: a scalar written; clear: a scalar dropped as a consequence (audienceGroup when the
   * audience becomes 全社会); replace: a whole list; add / update / remove: one entry, by key.
   */
  op: 'set' | 'clear' | 'replace' | 'add' | 'update' | 'remove';
  /** The entry's name for add / update / remove (a channel, an element, a basis title). */
  key?: string;
  /** The value before the change, as display text; absent when there was none. */
  previous?: string;
  /** Where the previous value was set (scalar fields), to show the whole history. */
  previousOrigin?: Origin;
  origin: Origin;
}

export interface ItemProvenance {
  /** Where the item was introduced (the baseline, or the overlay that declared it local). */
  introduced: Origin;
  /** The origin of every scalar field that has a value. */
  fields: Partial<Record<ScalarField, Origin>>;
  /** Parallel to the item's lists: the origin of each entry. */
  lists: Record<ListField, Origin[]>;
  /** Every change overlays made after the item was introduced, top-down, in file order. */
  changes: FieldChange[];
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
  /** Display path of the region's own catalog file for this domain (added for links and reports). */
  file: string;
  /** Table title override, from the nearest layer that set one. */
  title?: string;
  /** 标准目录要素说明, from the nearest layer that set them. */
  notes?: string;
  /** The national guideline this catalog derives from. */
  guideline?: RawGuideline;
  /** How complete the national baseline is (added: every national file is partial, say so). */
  completeness?: RawCompleteness;
  /**
   * In table order: inherited items in their parent's order, then local additions in file order,
   * then the moves of `after` / `before` (core/merge/placement.ts). Only items of the region's table
   * (core/merge/levels.ts `inRegionTable`).
   */
  items: EffectiveItem[];
  /** Omissions of items that would apply at this level, by this region or one above it. */
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
  /**
   * Sorted by the domains' conventional order. One per catalog file the region keeps: a region
   * publishes the domains it has a file for (`gkml init` creates all 26). Domains without a file
   * are still passed down to its sub-regions unchanged.
   */
  catalogs: EffectiveCatalog[];
  /** The region's own 一件事 bundles, in file order (not inherited: each government lists its own). */
  bundles?: Bundle[];
  /**
   * Domains whose catalog file here or in a region above could not be read (a syntax or schema
   * error, reported at that file). What the region holds in them is unknown, so coverage, bundles
   * and registers say nothing about them: their findings would be consequences of that one error.
   */
  unread?: DomainId[];
  /** The region's document register (documents.yaml), when it keeps one. */
  register?: RegionRegister;
}

/** A region's documents.yaml as read (see core/documents). */
export interface RegionRegister {
  /** Display path of documents.yaml. */
  file: string;
  register: RawRegister;
}

/** A national baseline as merge read it (added so that diff can compare without re-reading). */
export interface BaselineCatalog {
  domain: DomainId;
  /** Display path of the file. */
  file: string;
  title?: string;
  notes?: string;
  guideline?: RawGuideline;
  completeness?: RawCompleteness;
  /** Every item of the baseline, whatever its levels, in file order; deprecated ones left out. */
  items: EffectiveItem[];
  /** Ids the baseline keeps but no longer uses (`deprecated`), for the warnings of overlays. */
  deprecated?: DeprecatedId[];
}

/** A national id no longer in use, and what replaces it. */
export interface DeprecatedId {
  id: string;
  replacedBy: string[];
  /** Where the deprecation is written, for the message. */
  origin: Origin;
}

/** A whole region repository, merged: what diff, export, site and compile work from. */
export interface RepositoryModel {
  /** Display path of the repository root (the folder of gkml.yaml). */
  root: string;
  /** The data is an invented example (gkml.yaml `example: true`). */
  example: boolean;
  /** gkml.yaml `site`: the portal's frame around the generated site. */
  site?: RawSite;
  /** Display path of the national baselines' folder (`gkml:catalogs/national` when bundled). */
  nationalPath: string;
  /** The national baselines, by the domains' conventional order. */
  national: BaselineCatalog[];
  /** Top-down: each region before its sub-regions, siblings by code (a pre-order walk). */
  regions: RegionModel[];
  /**
   * Code of the region whose folder (or a folder inside it) was passed to loadRepository;
   * absent when the repository root itself was passed and is not a region.
   */
  requested?: string;
}
