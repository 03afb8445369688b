/**
 * Order in a region's table. By default a region keeps its parent's order and puts its local items
 * last, in file order; an entry's `after: <id>` (or `before: <id>`) moves that item next to another
 * one, so that a row inserted in the sheet stays where it was inserted. An item placed next to an
 * item that is itself placed is moved after it (rows inserted one under another), otherwise in
 * file order. A region that keeps the default order writes nothing.
 */
import type { Diagnostic } from '../diagnostics/index.js';
import { diagnostic } from '../diagnostics/index.js';
import type { EffectiveItem } from '../model/effective.js';
import type { RawItem } from '../model/raw.js';
import type { SourceLocator } from '../schema/errors.js';

interface Move {
  id: string;
  side: 'after' | 'before';
  anchor: string;
  index: number;
}

function movesOf(entries: readonly RawItem[]): Map<string, Move> {
  const moves = new Map<string, Move>();
  entries.forEach((raw, index) => {
    if (raw.omit !== undefined || moves.has(raw.id)) return;
    if (raw.after !== undefined)
      moves.set(raw.id, { id: raw.id, side: 'after', anchor: raw.after, index });
    else if (raw.before !== undefined)
      moves.set(raw.id, { id: raw.id, side: 'before', anchor: raw.before, index });
  });
  return moves;
}

/** The items in the order the entries' placements ask for (a new array). */
export function placeItems(
  items: readonly EffectiveItem[],
  entries: readonly RawItem[],
  source: SourceLocator,
): { items: EffectiveItem[]; diagnostics: Diagnostic[] } {
  const placed = [...items];
  const diagnostics: Diagnostic[] = [];
  const moves = movesOf(entries);
  const done = new Set<string>();
  const apply = (move: Move): void => {
    if (done.has(move.id)) return;
    done.add(move.id); // before settling the anchor, so that a cycle ends
    const anchorMove = moves.get(move.anchor);
    if (anchorMove) apply(anchorMove);
    const from = placed.findIndex((entry) => entry.item.id === move.id);
    if (from < 0) return; // an entry that matched nothing is reported by the overlay already
    const at = placed.findIndex((entry) => entry.item.id === move.anchor);
    const moving = placed[from];
    if (moving === undefined || at < 0 || at === from) {
      const path = ['items', move.index, move.side];
      const args = { id: move.id, anchor: move.anchor, side: move.side };
      const where = { file: source.file, span: source.locate(path), path };
      diagnostics.push(diagnostic('merge-place-unmatched', args, where));
      return;
    }
    placed.splice(from, 1);
    const anchorAt = at > from ? at - 1 : at;
    placed.splice(move.side === 'after' ? anchorAt + 1 : anchorAt, 0, moving);
  };
  for (const move of moves.values()) apply(move);
  return { items: placed, diagnostics };
}
