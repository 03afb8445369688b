/** Rules about a region file and its place under its parent region. */
import { LEVEL_LABELS, levelRank, parseLevel, type Level } from '../vocabulary/levels.js';
import type { RegionRule } from './context.js';

const CODE_DIGITS: Record<Level, number> = { city: 6, county: 6, township: 9, village: 12 };

/** How many leading digits a child's code shares with its parent's, by the parent's level. */
const SHARED_DIGITS: Record<Level, number> = { city: 4, county: 6, township: 9, village: 12 };

export const codeFitsLevel: RegionRule = (ctx) => {
  const level = parseLevel(ctx.region.level);
  if (!level) return;
  const digits = CODE_DIGITS[level];
  if (ctx.region.code.length !== digits) {
    ctx.report(
      'region-code-length',
      { code: ctx.region.code, level: LEVEL_LABELS[level], digits },
      ['code'],
    );
  }
};

export const nestedInParent: RegionRule = (ctx) => {
  const parent = ctx.parent?.region;
  const level = parseLevel(ctx.region.level);
  const parentLevel = parent ? parseLevel(parent.level) : undefined;
  if (!parent || !level || !parentLevel) return;
  if (levelRank(level) <= levelRank(parentLevel)) {
    ctx.report(
      'region-level-order',
      {
        level: LEVEL_LABELS[level],
        parentLevel: LEVEL_LABELS[parentLevel],
        parentName: parent.name,
      },
      ['level'],
    );
    return;
  }
  const shared = SHARED_DIGITS[parentLevel];
  if (ctx.region.code.slice(0, shared) !== parent.code.slice(0, shared)) {
    ctx.report(
      'region-code-not-nested',
      { code: ctx.region.code, parentCode: parent.code, parentName: parent.name },
      ['code'],
    );
  }
};

/** A bundle's id names its page: two bundles with one id would overwrite each other. */
export const uniqueBundleIds: RegionRule = (ctx) => {
  const first = new Map<string, number>();
  (ctx.region.bundles ?? []).forEach((bundle, index) => {
    const firstIndex = first.get(bundle.id);
    if (firstIndex === undefined) {
      first.set(bundle.id, index);
      return;
    }
    const firstLine = ctx.lineOf(['bundles', firstIndex, 'id']) ?? 0;
    ctx.report('bundle-duplicate-id', { id: bundle.id, firstLine }, ['bundles', index, 'id']);
  });
};
