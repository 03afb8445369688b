/** What `gkml import --into` reconciles one sheet with (see reconcile.ts). */
import type { LayerState, OverlayFile, RegionLayer } from '../../core/merge/index.js';
import type { RegionRef } from '../../core/model/effective.js';
import type { ImportedCatalog } from '../types.js';

export interface IntoInput {
  sheet: ImportedCatalog;
  /** Display path of the workbook. */
  workbook: string;
  /** What the region inherits for the sheet's domain (core/merge `MergeResult.inherited`). */
  inherited: LayerState;
  /** The region's catalog file for the domain, when it has one. */
  overlay?: OverlayFile;
  /** Display path of the file to write (the overlay's, or a new one). */
  target: string;
  region: RegionLayer;
  ref: RegionRef;
  /** The regions above, top-down: the exported title replaces an inherited place name with them. */
  ancestors?: readonly RegionRef[];
}
