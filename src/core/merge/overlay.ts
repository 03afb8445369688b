/**
 * One region's overlay applied to what it inherits, for one domain: overrides by id, local
 * additions, omissions with a reason. Every mistake is reported at the overlay's entry.
 */
import type { Diagnostic, JsonPath, Location } from '../diagnostics/index.js';
import { diagnostic } from '../diagnostics/index.js';
import { LEVEL_LABELS, type Level } from '../vocabulary/levels.js';
import type { DeprecatedId, EffectiveItem, Layer, Omission } from '../model/effective.js';
import { ITEM_FIELD_LABELS } from '../model/fields.js';
import type { RawCatalog, RawCompleteness, RawGuideline, RawItem } from '../model/raw.js';
import type { SourceLocator } from '../schema/errors.js';
import { closestMatches } from '../util/suggest.js';
import { introduce, override } from './item-layer.js';
import { applicableLevels, levelsFitRegion } from './levels.js';
import { layerLabel, originOf, type LayerFile } from './origin.js';
import { placeItems } from './placement.js';

/**
 * What a layer holds for one domain: every item that applies at its level or below (so that its
 * sub-regions can inherit items that skip its own level), and the omissions made so far.
 */
export interface LayerState {
  items: EffectiveItem[];
  omitted: Omission[];
  title?: string;
  notes?: string;
  guideline?: RawGuideline;
  completeness?: RawCompleteness;
  /** National ids no longer in use: entries naming one get a warning pointing at the new ids. */
  deprecated?: readonly DeprecatedId[];
  /** Items above that do not reach this level, with the levels they apply at. */
  elsewhere?: readonly { id: string; levels: readonly Level[] }[];
}

export interface OverlayFile {
  source: SourceLocator;
  catalog: RawCatalog;
}

export interface RegionLayer {
  layer: Extract<Layer, { kind: 'region' }>;
  level: Level;
}

/** The work of one overlay: the state being built and the diagnostics found. */
interface Pass {
  at: LayerFile;
  region: RegionLayer;
  items: EffectiveItem[];
  omitted: Omission[];
  added: EffectiveItem[];
  diagnostics: Diagnostic[];
  elsewhere?: LayerState['elsewhere'];
}

export function applyOverlay(
  inherited: LayerState,
  overlay: OverlayFile,
  region: RegionLayer,
): { state: LayerState; diagnostics: Diagnostic[] } {
  const pass: Pass = {
    at: { layer: region.layer, source: overlay.source },
    region,
    items: [...inherited.items],
    omitted: [...inherited.omitted],
    added: [],
    diagnostics: [],
    ...(inherited.elsewhere ? { elsewhere: inherited.elsewhere } : {}),
  };
  const seen = new Set<string>();
  overlay.catalog.items.forEach((raw, index) => {
    // A repeated id is validate's to report (item-duplicate-id); the first one counts.
    if (seen.has(raw.id)) return;
    seen.add(raw.id);
    const path: JsonPath = ['items', index];
    if (raw.local !== true && isDeprecated(pass, inherited, raw, path)) return;
    if (raw.local === true) addLocal(pass, raw, path);
    else if (raw.omit !== undefined) omit(pass, raw, raw.omit, path);
    else change(pass, raw, path);
  });
  const placed = placeItems([...pass.items, ...pass.added], overlay.catalog.items, overlay.source);
  pass.diagnostics.push(...placed.diagnostics);
  const state: LayerState = { ...inherited, items: placed.items, omitted: pass.omitted };
  if (overlay.catalog.title !== undefined) state.title = overlay.catalog.title;
  if (overlay.catalog.notes !== undefined) state.notes = overlay.catalog.notes;
  return { state, diagnostics: pass.diagnostics };
}

function where(pass: Pass, path: JsonPath): Location {
  return { file: pass.at.source.file, span: pass.at.source.locate(path), path };
}

/**
 * An override or omission of a national id that is no longer in use: a warning naming the ids
 * that replace it (the entry itself has nothing left to change), instead of merge-unknown-id.
 */
function isDeprecated(pass: Pass, inherited: LayerState, raw: RawItem, path: JsonPath): boolean {
  const found = inherited.deprecated?.find((entry) => entry.id === raw.id);
  if (!found || pass.items.some((candidate) => candidate.item.id === raw.id)) return false;
  const args = {
    id: raw.id,
    action: raw.omit === undefined ? ('override' as const) : ('omit' as const),
    replacedBy: found.replacedBy,
    file: found.origin.file,
    line: found.origin.line,
  };
  pass.diagnostics.push(diagnostic('merge-deprecated-id', args, where(pass, [...path, 'id'])));
  return true;
}

function addLocal(pass: Pass, raw: RawItem, path: JsonPath): void {
  const existing =
    pass.items.find((candidate) => candidate.item.id === raw.id)?.provenance.introduced ??
    pass.omitted.find((omission) => omission.id === raw.id)?.origin;
  if (existing) {
    const args = {
      id: raw.id,
      layer: layerLabel(existing.layer),
      file: existing.file,
      line: existing.line,
    };
    pass.diagnostics.push(diagnostic('merge-local-exists', args, where(pass, [...path, 'id'])));
    return;
  }
  const made = introduce(raw, pass.at, path, true);
  checkLevel(pass, made, raw, path);
  pass.added.push(made);
}

/**
 * The inherited item an entry names, or a diagnostic saying there is none: where the id exists
 * above but was omitted or applies only at other levels, the diagnostic says so; an entry that
 * only names the item (as gkml init lists them) then has no effect and gets a warning.
 */
function target(pass: Pass, raw: RawItem, path: JsonPath): number | undefined {
  const position = pass.items.findIndex((candidate) => candidate.item.id === raw.id);
  if (position >= 0) return position;
  const omission = pass.omitted.find((candidate) => candidate.id === raw.id);
  const elsewhere = omission ? undefined : pass.elsewhere?.find((entry) => entry.id === raw.id);
  const why = {
    ...(omission ? { omittedBy: layerLabel(omission.origin.layer) } : {}),
    ...(elsewhere ? { onlyAt: elsewhere.levels.map((level) => LEVEL_LABELS[level]) } : {}),
  };
  const regionLevel = LEVEL_LABELS[pass.region.level];
  const at = where(pass, [...path, 'id']);
  if ((omission ?? elsewhere) && Object.keys(raw).length === 1) {
    pass.diagnostics.push(
      diagnostic('merge-entry-not-inherited', { id: raw.id, ...why, regionLevel }, at),
    );
    return undefined;
  }
  const ids = pass.items.map((candidate) => candidate.item.id);
  const args = {
    id: raw.id,
    action: raw.omit === undefined ? ('override' as const) : ('omit' as const),
    suggestions: (omission ?? elsewhere) ? [] : closestMatches(raw.id, ids),
    ...why,
    ...(elsewhere ? { regionLevel } : {}),
  };
  pass.diagnostics.push(diagnostic('merge-unknown-id', args, at));
  return undefined;
}

function omit(pass: Pass, raw: RawItem, reason: string, path: JsonPath): void {
  const position = target(pass, raw, path);
  const found = position === undefined ? undefined : pass.items[position];
  if (position === undefined || found === undefined) return;
  if (!fits(found, pass.region.level)) {
    reportLevel(pass, found, path);
    return;
  }
  pass.items.splice(position, 1);
  const origin = originOf(pass.at, [...path, 'omit']);
  pass.omitted.push({ id: raw.id, reason, origin, item: found.item });
}

function change(pass: Pass, raw: RawItem, path: JsonPath): void {
  const position = target(pass, raw, path);
  const found = position === undefined ? undefined : pass.items[position];
  if (position === undefined || found === undefined) return;
  const result = override(found, raw, pass.at, path);
  for (const miss of result.unmatched) {
    const args = {
      id: raw.id,
      field: ITEM_FIELD_LABELS[miss.field],
      entry: miss.written,
      suggestions: miss.suggestions,
    };
    pass.diagnostics.push(diagnostic('merge-remove-unmatched', args, where(pass, miss.path)));
  }
  checkLevel(pass, result.effective, raw, path);
  pass.items[position] = result.effective;
}

/** The item may stand in the region's table: at its level, or below it where the region lists those. */
function fits(made: EffectiveItem, level: Level): boolean {
  return levelsFitRegion(applicableLevels(made.item), level);
}

/**
 * An item this overlay touched must apply at the region's level (or below it, for a county or
 * township). Levels written in the entry itself are validate's to check (item-level-impossible),
 * so only inherited levels are reported.
 */
function checkLevel(pass: Pass, made: EffectiveItem, raw: RawItem, path: JsonPath): void {
  if (raw.levels !== undefined || fits(made, pass.region.level)) return;
  reportLevel(pass, made, path);
}

function reportLevel(pass: Pass, made: EffectiveItem, path: JsonPath): void {
  const levels = applicableLevels(made.item).map((level) => LEVEL_LABELS[level]);
  const args = {
    id: made.item.id,
    levels,
    regionLevel: LEVEL_LABELS[pass.region.level],
    assumed: made.item.levels.length === 0,
  };
  pass.diagnostics.push(diagnostic('merge-level-excluded', args, where(pass, [...path, 'id'])));
}
