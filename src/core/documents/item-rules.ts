/** Rules that need the region's effective catalog: the item exists, and its 公开时限 was kept. */
import { closestMatches } from '../util/suggest.js';
import { readAttribute } from './attribute.js';
import { daysBetween } from './calendar.js';
import type { RegisterItemRule } from './context.js';
import { noteEstimate } from './context.js';
import { deadlineOf, publicationRule } from './deadline.js';

/** `item` names an item of the region's effective catalog ("domain/item-id"). */
export const itemsExist: RegisterItemRule = (ctx) => {
  ctx.register.documents?.forEach((document, index) => {
    if (document.item === undefined) return;
    const [domain = '', id = ''] = document.item.split('/');
    if (ctx.catalog.timeLimitOf(domain, id) !== null || ctx.catalog.unread(domain)) return;
    const suggestions = closestMatches(document.item, ctx.catalog.itemKeys(), 3);
    const args = { item: document.item, region: ctx.catalog.region, suggestions };
    ctx.report('document-item-unknown', args, ['documents', index, 'item']);
  });
};

/**
 * A 主动 document is published within its item's 公开时限, counted from its issue (or from the
 * review that made it public). Unpublished ones are reported once the deadline has passed.
 */
export const publicationDeadlines: RegisterItemRule = (ctx) => {
  ctx.register.documents?.forEach((document, index) => {
    const read = document.attribute === undefined ? undefined : readAttribute(document.attribute);
    if (!read?.ok || read.kind !== '主动') return;
    const at = ['documents', index];
    if (document.item === undefined) {
      ctx.report('document-item-missing', { title: document.title }, at, true);
      return;
    }
    const [domain = '', id = ''] = document.item.split('/');
    const limit = ctx.catalog.timeLimitOf(domain, id);
    const rule = typeof limit === 'string' ? publicationRule(limit) : undefined;
    if (rule === undefined) return;
    const madePublic = document.previousAttribute !== undefined ? document.reviewed : undefined;
    const from = madePublic ?? document.issued;
    const due = deadlineOf(ctx.calendar, from, rule);
    const base = { title: document.title, limit: rule.text, deadline: due.date };
    if (document.published === undefined) {
      if (daysBetween(due.date, ctx.today) <= 0) return;
      noteEstimate(ctx, due, [...at, 'issued']);
      ctx.report('document-unpublished', base, [...at, 'issued']);
      return;
    }
    noteEstimate(ctx, due, [...at, 'published']);
    if (daysBetween(due.date, document.published) > 0) {
      const args = { ...base, from, published: document.published };
      ctx.report('document-published-late', args, [...at, 'published']);
    }
  });
};

export const REGISTER_ITEM_RULES: readonly RegisterItemRule[] = [itemsExist, publicationDeadlines];
