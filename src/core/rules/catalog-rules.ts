/** Rules that need the catalog's context: its region, its kind, today's date. */
import { LEVEL_LABELS, parseLevel, type Level } from '../vocabulary/levels.js';
import { levelsFitRegion } from '../merge/levels.js';
import type { CatalogRule } from './context.js';

/**
 * An item in a region's catalog must apply at that region's level, or it never reaches a table; a
 * county or township may also list items for the levels below it (core/merge/levels.ts).
 */
export const itemLevelsFitRegion: CatalogRule = (ctx) => {
  const region = ctx.region;
  if (!region) return;
  ctx.catalog.items.forEach((item, index) => {
    if (item.levels === undefined || item.omit !== undefined) return;
    const levels = item.levels
      .map(parseLevel)
      .filter((level): level is Level => level !== undefined);
    if (levelsFitRegion(levels, region.level)) return;
    ctx.report(
      'item-level-impossible',
      { id: item.id, levels: item.levels, regionLevel: LEVEL_LABELS[region.level] },
      ['items', index, 'levels'],
    );
  });
};

/** Every item of a national baseline cites where it comes from (no invented government data). */
export const baselineSources: CatalogRule = (ctx) => {
  if (ctx.kind !== 'baseline' || ctx.catalog.guideline === undefined) return;
  ctx.catalog.items.forEach((item, index) => {
    if (item.source === undefined)
      ctx.report('item-source-missing', { id: item.id }, ['items', index, 'id']);
  });
};

export const audienceGroups: CatalogRule = (ctx) => {
  ctx.catalog.items.forEach((item, index) => {
    // A source that ticks 特定群体 without naming the group is declared, not guessed: incomplete.
    const groupNotSeen = item.incomplete?.includes('audienceGroup') === true;
    if (item.audience === '特定群体' && item.audienceGroup === undefined && !groupNotSeen) {
      ctx.report('audience-group-missing', { id: item.id }, ['items', index, 'audience']);
    }
    if (item.audience === '全社会' && item.audienceGroup !== undefined) {
      ctx.report('audience-group-unexpected', { id: item.id }, ['items', index, 'audienceGroup']);
    }
  });
};

const DAY_MS = 24 * 60 * 60 * 1000;

/** Days from `from` to `to`, both YYYY-MM-DD. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * 依申请 items are reviewed yearly, so that what people keep asking for becomes 主动 (seed item 11).
 * Only items whose method is written in this file are checked; inherited methods are merge's to see.
 */
export const reviewDates: CatalogRule = (ctx) => {
  ctx.catalog.items.forEach((item, index) => {
    if (item.method !== '依申请' || item.reviewed === undefined) return;
    const days = daysBetween(item.reviewed, ctx.today);
    if (days > 365) {
      ctx.report('review-overdue', { id: item.id, reviewed: item.reviewed, days }, [
        'items',
        index,
        'reviewed',
      ]);
    }
  });
};
