/**
 * Replacing an output folder as a whole: the new output is built in a sibling folder and swapped in
 * with two renames, so a failed or killed build leaves the previous output as it was. A run that
 * was killed between the two renames (a window of microseconds) is repaired by the next run.
 */
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { readdir, rename, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const TEMP = '.gkml-tmp-';
const OLD = '.gkml-old-';

export function siblingPath(out: string, kind: 'temp' | 'old'): string {
  const tag = kind === 'temp' ? TEMP : OLD;
  return join(dirname(out), `${basename(out)}${tag}${randomBytes(5).toString('hex')}`);
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/**
 * Cleans up after an interrupted run: restores a previous output that was moved aside but not
 * replaced, and removes abandoned temporary folders.
 */
export async function recoverOutput(out: string): Promise<void> {
  const folder = dirname(out);
  const name = basename(out);
  const siblings = await readdir(folder).catch(() => []);
  const old = siblings.filter((entry) => entry.startsWith(`${name}${OLD}`)).sort();
  if (!(await exists(out)) && old.length > 0) {
    const newest = old.at(-1);
    if (newest !== undefined) await rename(join(folder, newest), out);
  }
  for (const entry of siblings) {
    if (
      entry.startsWith(`${name}${TEMP}`) ||
      (entry.startsWith(`${name}${OLD}`) && (await exists(out)))
    ) {
      removeTree(join(folder, entry));
    }
  }
}

/**
 * Puts the finished `built` folder in place of `out`. The output it replaces is deleted, or, given
 * `keepAs` (the spare, see spare.ts), renamed there for the next build to bring up to date.
 */
export async function swapInto(built: string, out: string, keepAs?: string): Promise<void> {
  if (!(await exists(out))) {
    await rename(built, out);
    return;
  }
  const aside = siblingPath(out, 'old');
  await rename(out, aside);
  try {
    await rename(built, out);
  } catch (error) {
    await rename(aside, out);
    throw error;
  }
  // A spare that cannot be kept (its name taken meanwhile) is only a fresh build next time.
  const kept = keepAs !== undefined && (await renamed(aside, keepAs));
  if (!kept) removeTree(aside);
}

/** Renames `from` to `to`; false when it cannot. */
function renamed(from: string, to: string): Promise<boolean> {
  return rename(from, to).then(
    () => true,
    () => false,
  );
}

/**
 * Deletes a folder and everything in it. Synchronous: for 136,000 files `rmSync` took 1.64 s where
 * the thread pool's `rm` took 2.39 s (docs/benchmarks.md, "The spare output").
 */
export function removeTree(path: string): void {
  rmSync(path, { recursive: true, force: true });
}

/** Deletes what a failed build leaves; what cannot be deleted now, the next run's recovery does. */
export function removeLeftover(path: string): void {
  try {
    removeTree(path);
  } catch {
    // left for recoverOutput
  }
}
