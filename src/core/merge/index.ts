/**
 * The merge of layered catalogs: national baseline → city → county → township → village. See
 * README "Region repositories" for the rules; `mergeRepository` is the entry point.
 */
export {
  mergeRepository,
  mergeStepwise,
  type MergeResult,
  type RegionNode,
  type RepositoryInput,
  type StepwiseMerge,
  type StepwiseResult,
} from './repository.js';
export type { RegionInput } from './tree.js';
export { applyOverlay, type LayerState, type OverlayFile, type RegionLayer } from './overlay.js';
export { namedIds, publish } from './repository.js';
export { ASSUMED_LEVELS, applicableLevels, appliesAt, reachesBelow } from './levels.js';
export { isGenericSubject, placeNames } from './subjects.js';
export { layerLabel, layerName, layerTitle } from './origin.js';
export { scalarText } from './display.js';
export { LIST_FIELDS, SCALAR_FIELDS } from './item-layer.js';
export { ENTRY_NAMES, toBasis, toChannel, toElement, toItem } from './normalize.js';
export { toRawCatalog, toRawItem, type RawCatalogParts } from './raw-catalog.js';
