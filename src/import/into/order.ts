/**
 * The fewest placements that turn the merge's default order into the sheet's: the items of a
 * longest common subsequence stay where they are, every other item is placed right after the row
 * above it in the sheet (the first row: before the first item that stays).
 */

/**
 * The ids of a common subsequence of two lists of distinct ids, the heaviest one: an id in `light`
 * (a row new to the region) weighs less, so that among equally short ways the new rows move.
 */
export function keptInOrder(
  from: readonly string[],
  target: readonly string[],
  light: ReadonlySet<string> = new Set(),
): Set<string> {
  const weight = (id: string | undefined) => (id !== undefined && light.has(id) ? 1 : 2);
  const rows = from.length;
  const cols = target.length;
  const length: number[][] = Array.from({ length: rows + 1 }, () =>
    new Array<number>(cols + 1).fill(0),
  );
  const at = (i: number, j: number): number => length[i]?.[j] ?? 0;
  for (let i = rows - 1; i >= 0; i--) {
    for (let j = cols - 1; j >= 0; j--) {
      const row = length[i];
      if (row === undefined) continue;
      row[j] = Math.max(
        from[i] === target[j] ? at(i + 1, j + 1) + weight(from[i]) : 0,
        at(i + 1, j),
        at(i, j + 1),
      );
    }
  }
  const kept = new Set<string>();
  for (let i = 0, j = 0; i < rows && j < cols;) {
    const id = from[i];
    if (id !== undefined && id === target[j] && at(i, j) === at(i + 1, j + 1) + weight(id)) {
      kept.add(id);
      i++;
      j++;
    } else if (at(i + 1, j) >= at(i, j + 1)) i++;
    else j++;
  }
  return kept;
}

export interface Placement {
  id: string;
  side: 'after' | 'before';
  anchor: string;
}

/** Placements that make `current` (same ids) read as `target`, moving `fresh` rows first. */
export function placementsFor(
  current: readonly string[],
  target: readonly string[],
  fresh: ReadonlySet<string> = new Set(),
): Placement[] {
  const kept = keptInOrder(current, target, fresh);
  const firstKept = target.find((id) => kept.has(id));
  const placements: Placement[] = [];
  target.forEach((id, index) => {
    if (kept.has(id)) return;
    const above = target[index - 1];
    if (above !== undefined) placements.push({ id, side: 'after', anchor: above });
    else if (firstKept !== undefined) placements.push({ id, side: 'before', anchor: firstKept });
  });
  return placements;
}
