/** Deprecated ids (`deprecated`): only baselines deprecate, and only towards ids still in use. */
import { closestMatches } from '../util/suggest.js';
import type { CatalogRule } from './context.js';

export const deprecations: CatalogRule = (ctx) => {
  const inUse = new Set(
    ctx.catalog.items.filter((item) => item.deprecated === undefined).map((item) => item.id),
  );
  const all = new Set(ctx.catalog.items.map((item) => item.id));
  ctx.catalog.items.forEach((item, index) => {
    if (item.deprecated === undefined) return;
    const at = ['items', index, 'deprecated'] as const;
    if (ctx.kind === 'overlay') {
      ctx.report('item-deprecated-in-overlay', { id: item.id }, [...at], true);
      return;
    }
    (item.deprecated.replacedBy ?? []).forEach((target, position) => {
      if (inUse.has(target)) return;
      const problem = all.has(target) ? ('deprecated' as const) : ('unknown' as const);
      const suggestions = problem === 'unknown' ? closestMatches(target, [...inUse]) : [];
      ctx.report('item-deprecated-target', { id: item.id, target, problem, suggestions }, [
        ...at,
        'replacedBy',
        position,
      ]);
    });
  });
};
