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

/** @param grown collect only if the heap in use grew by more than this many bytes since the last */
export function collectGarbage(grown = 0): void {
  if (getHeapStatistics().used_heap_size - usedAfter < grown) return;
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
