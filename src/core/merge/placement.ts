/**
 * Order in a region's table. By default a region keeps its parent's order and puts its local items
 * last, in file order; an entry's `after: <id>` (or `before: <id>`) moves that item next to another
 * one, so that a row inserted in the sheet stays where it was inserted. Placements are applied in
 * file order, so a later one may name an item an earlier one moved. A region that keeps the
 * default order writes nothing.
 */
import type { Diagnostic } from '../diagnostics/index.js';
import { diagnostic } from '../diagnostics/index.js';
import type { EffectiveItem } from '../model/effective.js';
import type { RawItem } from '../model/raw.js';
import type { SourceLocator } from '../schema/errors.js';

/** The items in the order the entries' placements ask for (a new array). */
export function placeItems(
  items: readonly EffectiveItem[],
  entries: readonly RawItem[],
  source: SourceLocator,
): { items: EffectiveItem[]; diagnostics: Diagnostic[] } {
  const placed = [...items];
  const diagnostics: Diagnostic[] = [];
  entries.forEach((raw, index) => {
    if (raw.omit !== undefined) return;
    const side =
      raw.after !== undefined ? 'after' : raw.before !== undefined ? 'before' : undefined;
    const anchor = raw.after ?? raw.before;
    if (side === undefined || anchor === undefined) return;
    const from = placed.findIndex((entry) => entry.item.id === raw.id);
    if (from < 0) return; // an entry that matched nothing is reported by the overlay already
    const [moving] = placed.splice(from, 1);
    const at = placed.findIndex((entry) => entry.item.id === anchor);
    if (moving === undefined || at < 0) {
      if (moving) placed.splice(from, 0, moving);
      const path = ['items', index, side];
      diagnostics.push(
        diagnostic(
          'merge-place-unmatched',
          { id: raw.id, anchor, side },
          { file: source.file, span: source.locate(path), path },
        ),
      );
      return;
    }
    placed.splice(side === 'after' ? at + 1 : at, 0, moving);
  });
  return { items: placed, diagnostics };
}
