/** The result of a version diff: what changed in each region's effective catalogs. */
import type { Diagnostic } from '../diagnostics/index.js';
import type { DomainId } from '../vocabulary/domains.js';
import type { Layer, RegionRef } from '../model/effective.js';
import type { FieldChange } from './field-changes.js';

export type ChangeKind = 'added' | 'removed' | 'changed' | 'omitted' | 'restored';

export interface ItemChange {
  kind: ChangeKind;
  id: string;
  /** 一级 / 二级 / 三级 names (of the new version, or the old one for a removal). */
  title: string;
  /** Made by a layer above the region, not by its own files. */
  inherited: boolean;
  /** The layer the change came from, when inherited. */
  from?: Layer;
  /** For `changed`: field by field, old → new. */
  fields: FieldChange[];
  /** For `omitted`: the reason; for `restored`: the reason it was omitted before. */
  reason?: string;
}

export interface DomainChanges {
  domain: DomainId;
  changes: ItemChange[];
}

export interface VersionCounts {
  added: number;
  removed: number;
  changed: number;
  omitted: number;
  restored: number;
  /** Of the above, how many came from a layer above the region. */
  inherited: number;
}

export interface RegionChanges {
  region: RegionRef;
  /** Display path of region.yaml (the new one; the old one for a removed region). */
  file: string;
  status: 'added' | 'removed' | 'changed';
  domains: DomainChanges[];
  counts: VersionCounts;
}

export interface VersionReport {
  /** Regions with changes, in the new repository's order, removed regions last. */
  regions: RegionChanges[];
  /** Regions present in both versions with no effective change. */
  unchanged: number;
  counts: VersionCounts & { regionsAdded: number; regionsRemoved: number };
  /** Every finding once, sorted (an inherited change is reported at its origin). */
  diagnostics: Diagnostic[];
}

export const NO_CHANGES: VersionCounts = {
  added: 0,
  removed: 0,
  changed: 0,
  omitted: 0,
  restored: 0,
  inherited: 0,
};
