/** The rules `gkml validate` runs, in order. Each is a small named function (see context.ts). */
import {
  audienceGroups,
  baselineSources,
  itemLevelsFitRegion,
  reviewDates,
} from './catalog-rules.js';
import type { CatalogRule, RegionRule } from './context.js';
import { declaredGaps, importReview } from './import-rules.js';
import { deprecations } from './deprecation-rules.js';
import { completeItems, overlayMarkers, uniqueIds } from './item-rules.js';
import { codeFitsLevel, nestedInParent, uniqueBundleIds } from './region-rules.js';
import { knownChannels, promptPolicyInterpretation, readableTimeLimits } from './text-rules.js';

export const CATALOG_RULES: readonly CatalogRule[] = [
  uniqueIds,
  overlayMarkers,
  completeItems,
  itemLevelsFitRegion,
  baselineSources,
  deprecations,
  audienceGroups,
  reviewDates,
  knownChannels,
  readableTimeLimits,
  promptPolicyInterpretation,
  importReview,
  declaredGaps,
];

export const REGION_RULES: readonly RegionRule[] = [codeFitsLevel, nestedInParent, uniqueBundleIds];

export type {
  CatalogRule,
  RegionRule,
  CatalogRuleContext,
  RegionRuleContext,
  RegionInfo,
} from './context.js';
