/** The national baselines as the top layer: every item introduced with its origin. */
import { resolveDomain } from '../vocabulary/domains.js';
import type { BaselineCatalog, DeprecatedId, EffectiveItem } from '../model/effective.js';
import { introduce } from './item-layer.js';
import { originOf } from './origin.js';
import type { LayerState, OverlayFile } from './overlay.js';

export function readBaseline(file: OverlayFile): BaselineCatalog | undefined {
  const domain = resolveDomain(file.catalog.domain);
  if (!domain) return undefined;
  const at = { layer: { kind: 'national' as const }, source: file.source };
  const { catalog } = file;
  // A deprecated id stays in the file (ids never change meaning) but is no longer handed down.
  const items: EffectiveItem[] = [];
  const deprecated: DeprecatedId[] = [];
  catalog.items.forEach((raw, index) => {
    if (raw.deprecated === undefined) items.push(introduce(raw, at, ['items', index], false));
    else
      deprecated.push({
        id: raw.id,
        replacedBy: raw.deprecated.replacedBy ?? [],
        origin: originOf(at, ['items', index, 'deprecated']),
      });
  });
  const baseline: BaselineCatalog = { domain: domain.id, file: file.source.file, items };
  if (deprecated.length > 0) baseline.deprecated = deprecated;
  if (catalog.title !== undefined) baseline.title = catalog.title;
  if (catalog.notes !== undefined) baseline.notes = catalog.notes;
  if (catalog.guideline !== undefined) baseline.guideline = catalog.guideline;
  if (catalog.completeness !== undefined) baseline.completeness = catalog.completeness;
  return baseline;
}

/**
 * The state a baseline hands down: all its items, no omissions. Not its title or notes: the
 * national title has no place name, and its notes describe the template for maintainers; a
 * region's table takes them from the nearest region that writes them.
 */
export function baselineState(baseline: BaselineCatalog | undefined): LayerState {
  if (!baseline) return { items: [], omitted: [] };
  const state: LayerState = { items: baseline.items, omitted: [] };
  if (baseline.deprecated !== undefined) state.deprecated = baseline.deprecated;
  if (baseline.guideline !== undefined) state.guideline = baseline.guideline;
  if (baseline.completeness !== undefined) state.completeness = baseline.completeness;
  return state;
}
