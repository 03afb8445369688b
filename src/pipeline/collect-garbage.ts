/**
 * A full garbage collection, asked for between subtrees: a compile holds one subtree's merged
 * catalogs at a time, but V8 sizes its heap from the machine's memory and, left alone, lets the
 * garbage of several subtrees pile up past what is alive (measured on the 26-domain province: a
 * 1.1 GB resident set growing to 2.2 GB while rendering). Collecting at each boundary keeps the
 * heap near one subtree's size, for a few tenths of a second per subtree.
 *
 * V8's `gc` is exposed only when the flag is set before a context is made, so the function is taken
 * from a fresh context made after setting it.
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | undefined;
/** The heap in use after the last collection asked for here. */
let usedAfter = 0;

/**
 * Heap in use (bytes) under which no collection is forced: a heap this small keeps the resident set
 * well under the 1 GiB a compile is meant to fit in, and V8 collects it by itself, mostly on its
 * other thread. Measured on the 26-domain province: a cold compile peaks at the same 872–888 MiB with
 * and without this floor, and a compile after one changed township forces none of the five full
 * collections (0.1–0.2 s each, of heaps of 200–500 MB) it used to; with a floor of 640 MiB the cold
 * compile's peak rose to 951 MiB.
 */
export const HEAP_FLOOR = 512 * 1024 * 1024;

/**
 * @param grown collect only if the heap in use grew by more than this many bytes since the last
 * @param floor and only if the heap in use is at least this many bytes
 */
export function collectGarbage(grown = 0, floor = HEAP_FLOOR): void {
  const used = getHeapStatistics().used_heap_size;
  if (used < floor || used - usedAfter < grown) return;
  if (gc === undefined) {
    setFlagsFromString('--expose-gc');
    const exposed: unknown = runInNewContext('gc');
    gc = isCallable(exposed) ? exposed : () => undefined;
  }
  gc();
  usedAfter = getHeapStatistics().used_heap_size;
}

function isCallable(value: unknown): value is () => void {
  return typeof value === 'function';
}
