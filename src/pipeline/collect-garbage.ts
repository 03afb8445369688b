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
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | undefined;

export function collectGarbage(): void {
  if (gc === undefined) {
    setFlagsFromString('--expose-gc');
    const exposed: unknown = runInNewContext('gc');
    gc = isCallable(exposed) ? exposed : () => undefined;
  }
  gc();
}

function isCallable(value: unknown): value is () => void {
  return typeof value === 'function';
}
