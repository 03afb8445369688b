/** The region's catalog file merged over what it inherits, as gkml merge would: to check a result. */
import type { Diagnostic } from '../../core/diagnostics/index.js';
import { applyOverlay, namedIds, publish, type LayerState } from '../../core/merge/index.js';
import type { EffectiveCatalog } from '../../core/model/effective.js';
import type { RawCatalog, RawItem } from '../../core/model/raw.js';
import type { IntoInput } from './input.js';
import { placementsFor } from './order.js';

export function simulate(
  input: IntoInput,
  catalog: RawCatalog,
): { state: LayerState; catalog: EffectiveCatalog; diagnostics: Diagnostic[] } {
  const source = input.overlay?.source ?? {
    file: input.target,
    locate: () => undefined,
    locateKey: () => undefined,
  };
  const overlay = { source, catalog };
  const applied = applyOverlay(input.inherited, overlay, input.region);
  const published = publish(
    applied.state,
    input.sheet.domain,
    input.ref,
    input.target,
    namedIds(overlay),
  );
  return { state: applied.state, catalog: published, diagnostics: applied.diagnostics };
}

const idsOf = (catalog: EffectiveCatalog) => catalog.items.map((e) => e.item.id);

/**
 * Keeps the file's placements when they give the sheet's order; otherwise writes new ones from the
 * default order (the fewest moves), so that an untouched order writes nothing.
 */
export function placeInOrder(
  input: IntoInput,
  catalog: RawCatalog,
  wanted: readonly string[],
  fresh: ReadonlySet<string>,
): { catalog: RawCatalog; diagnostics: Diagnostic[] } {
  const now = simulate(input, catalog);
  if (idsOf(now.catalog).join('\n') === wanted.join('\n')) return { catalog, diagnostics: [] };
  const items: RawItem[] = catalog.items.map((entry) => {
    const rest = { ...entry };
    delete rest.after;
    delete rest.before;
    return rest;
  });
  const plain = { ...catalog, items };
  const placements = placementsFor(idsOf(simulate(input, plain).catalog), wanted, fresh);
  for (const placement of placements) {
    let entry = items.find(
      (candidate) => candidate.id === placement.id && candidate.omit === undefined,
    );
    if (!entry) {
      entry = { id: placement.id };
      items.push(entry);
    }
    entry[placement.side] = placement.anchor;
  }
  catalog.items.splice(0, catalog.items.length, ...items);
  return { catalog, diagnostics: [] };
}
