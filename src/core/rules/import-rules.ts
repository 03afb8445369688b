/**
 * Honest validate after an import (issue 19): what the import could not place (tagged note lines)
 * and the fields a local catalog declares missing are reported, so that a lossy import is never
 * called clean. National baselines (with a `guideline`) declare `incomplete` for truncated
 * sources; that is documented there and not repeated here.
 */
import { reviewLines } from '../model/import-review.js';
import { ITEM_FIELD_LABELS } from '../model/fields.js';
import type { CatalogRule } from './context.js';

export const importReview: CatalogRule = (ctx) => {
  for (const text of reviewLines(ctx.catalog.notes)) {
    ctx.report('import-review', { id: '', text }, ['notes']);
  }
  ctx.catalog.items.forEach((item, index) => {
    for (const text of reviewLines(item.note)) {
      ctx.report('import-review', { id: item.id, text }, ['items', index, 'note']);
    }
  });
};

export const declaredGaps: CatalogRule = (ctx) => {
  if (ctx.catalog.guideline !== undefined) return;
  ctx.catalog.items.forEach((item, index) => {
    const missing = item.incomplete ?? [];
    if (missing.length === 0 || item.omit !== undefined) return;
    const labels = missing.map((field) => ITEM_FIELD_LABELS[field]);
    ctx.report('item-incomplete-declared', { id: item.id, missing: labels }, [
      'items',
      index,
      'incomplete',
    ]);
  });
};
