/** Rules about single items of a catalog. */
import { ITEM_FIELD_LABELS } from '../model/fields.js';
import type { RawList } from '../model/raw.js';
import type { CatalogRule } from './context.js';
import { isCompleteItem, isListChanges, LIST_FIELDS } from './items.js';

/** Ids are unique within a domain: overlays refer to items by id. */
export const uniqueIds: CatalogRule = (ctx) => {
  const first = new Map<string, number>();
  ctx.catalog.items.forEach((item, index) => {
    const seen = first.get(item.id);
    if (seen === undefined) {
      first.set(item.id, index);
      return;
    }
    const firstLine = ctx.lineOf(['items', seen, 'id']) ?? 0;
    ctx.report('item-duplicate-id', { id: item.id, firstLine }, ['items', index, 'id']);
  });
};

/** Fields every printed row needs, without which an item cannot be placed in the table. */
const ESSENTIAL = ['l1', 'audience', 'method', 'levels'] as const;
/** Columns of the table a complete item should fill, unless its source lacks them. */
const EXPECTED = ['elements', 'bases', 'timeLimit', 'subject', 'channels'] as const;

export const completeItems: CatalogRule = (ctx) => {
  ctx.catalog.items.forEach((item, index) => {
    if (!isCompleteItem(item, ctx)) return;
    const declared = new Set<string>(item.incomplete ?? []);
    const missing = ESSENTIAL.filter((field) => item[field] === undefined && !declared.has(field));
    if (missing.length > 0) {
      ctx.report(
        'item-incomplete',
        { id: item.id, missing: missing.map((field) => ITEM_FIELD_LABELS[field]) },
        ['items', index, 'id'],
      );
    }
    for (const field of EXPECTED) {
      if (item[field] !== undefined || declared.has(field)) continue;
      ctx.report(
        'item-field-missing',
        { id: item.id, field: ITEM_FIELD_LABELS[field], key: field },
        ['items', index, 'id'],
      );
    }
  });
};

/** Fields an omitted item may carry besides its id and reason. */
const OMIT_COMPANIONS = new Set<string>(['id', 'omit', 'note']);

export const overlayMarkers: CatalogRule = (ctx) => {
  ctx.catalog.items.forEach((item, index) => {
    const at = ['items', index] as const;
    if (ctx.kind === 'baseline') {
      if (item.local !== undefined) {
        ctx.report(
          'item-overlay-marker-in-baseline',
          { id: item.id, marker: 'local' },
          [...at, 'local'],
          true,
        );
      }
      if (item.omit !== undefined) {
        ctx.report(
          'item-overlay-marker-in-baseline',
          { id: item.id, marker: 'omit' },
          [...at, 'omit'],
          true,
        );
      }
    }
    if (item.omit !== undefined) {
      const fields = Object.keys(item).filter((key) => !OMIT_COMPANIONS.has(key));
      if (fields.length > 0)
        ctx.report('item-omit-with-fields', { id: item.id, fields }, [...at, 'omit'], true);
    }
    for (const field of LIST_FIELDS) {
      const list: RawList<unknown> | undefined = item[field];
      if (!isListChanges(list)) continue;
      const label = ITEM_FIELD_LABELS[field];
      if (isCompleteItem(item, ctx)) {
        ctx.report(
          'list-changes-in-full-item',
          { id: item.id, field: label },
          [...at, field],
          true,
        );
      } else if (
        list.replace !== undefined &&
        (list.add !== undefined || list.remove !== undefined)
      ) {
        ctx.report(
          'list-replace-with-changes',
          { id: item.id, field: label },
          [...at, field],
          true,
        );
      }
    }
  });
};
