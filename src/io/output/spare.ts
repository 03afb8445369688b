/**
 * The spare output: the output a build replaced, kept beside `--out` (`<out>.gkml-spare`) instead
 * of deleted, so that the next build brings it up to date in place — touching only the files that
 * changed — rather than hard-linking every file of the output into a new folder and deleting the
 * old one (two passes over every file: ~2.5 s for a province's 136,000).
 *
 * The spare's files are hard links sharing inodes with the live output, so nothing here ever writes
 * into an existing file: what changes is unlinked and made anew. A spare is taken by renaming it to
 * a temporary folder (`<out>.gkml-tmp-<random>`, which the recovery of an interrupted run deletes)
 * and its manifest is removed before anything else, so a half-updated spare never passes for an
 * output. Anything unexpected — no spare, no or an unreadable manifest, another command's or another
 * shard's, an error while pruning it — and the build makes a fresh folder as it did before. Deleting
 * the spare is always safe: the next build links every file again.
 */
import { lstatSync, readdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { MANIFEST_PATH, readManifest, type Manifest } from './manifest.js';
import { removeLeftover, removeTree, siblingPath } from './swap.js';

export const SPARE_SUFFIX = '.gkml-spare';

export function sparePath(out: string): string {
  return join(dirname(out), `${basename(out)}${SPARE_SUFFIX}`);
}

/**
 * Whether an output with manifest `kept` may serve as the spare of a build with manifest `next`:
 * the same command and the same shard (or none). Another command's output is replaced whole
 * (--replace) and a shard is a subset of a compile: neither is worth pruning into the other.
 */
export function spareFits(kept: Manifest, next: Manifest): boolean {
  return (
    kept.command === next.command &&
    kept.shard?.index === next.shard?.index &&
    kept.shard?.count === next.shard?.count
  );
}

/**
 * Writes a `.gitignore` of `*` into the spare: an output inside a git working tree is usually
 * ignored by its own name (`/site/`), which does not cover `site.gkml-spare` and its thousands of
 * files. The file is no artifact, so the next build's pruning deletes it. Best effort: a spare git
 * lists is untidy, not wrong.
 */
export function hideFromGit(spare: string): void {
  try {
    writeFileSync(join(spare, '.gitignore'), '*\n', { flag: 'wx' });
  } catch {
    // the spare is gone, or holds a .gitignore already
  }
}

/** A spare taken for a build: its folder (a temporary one now) and what it already holds. */
export interface TakenSpare {
  folder: string;
  /** Artifact paths whose file in the spare already has this build's key: left as they are. */
  kept: ReadonlySet<string>;
  /** Folders (relative; '' is the root) that exist in the spare: no need to make them. */
  folders: Set<string>;
}

/**
 * Takes the spare of `out` for the build of manifest `next`, pruned to what that build keeps: every file that is not an artifact with an unchanged key is deleted (the caches in
 * `.gkml/` with them: the build writes its own), and so is every folder the build has no file in.
 * Undefined when there is no usable spare; an unusable one is deleted.
 */
export async function takeSpare(out: string, next: Manifest): Promise<TakenSpare | undefined> {
  const folder = siblingPath(out, 'temp');
  try {
    renameSync(sparePath(out), folder);
  } catch {
    return undefined; // none (or not ours to take)
  }
  try {
    // A symlink named like a spare is never followed: its target is nobody's spare.
    if (!lstatSync(folder).isDirectory()) throw new Error('not a folder');
    const manifest = await readManifest(folder);
    if (manifest === undefined || !spareFits(manifest, next)) throw new Error('not a spare');
    // First, before anything changes: a half-pruned spare must never pass for an output.
    unlinkSync(join(folder, MANIFEST_PATH));
    return prune(folder, next.artifacts, manifest.artifacts);
  } catch {
    removeLeftover(folder);
    return undefined;
  }
}

/**
 * Deletes from `folder` whatever the build does not keep, in one walk: a file stays only when it is
 * a regular file at the path of an artifact (`wanted`: path → key) with the key the spare's
 * manifest (`had`) gives it. Folders that hold no artifact go whole; no symlink is followed.
 */
function prune(
  folder: string,
  wanted: Readonly<Record<string, string>>,
  had: Readonly<Record<string, unknown>>,
): TakenSpare {
  const needed = neededFolders(Object.keys(wanted));
  const kept = new Set<string>();
  const folders = new Set<string>();
  const walk = (relative: string): void => {
    folders.add(relative);
    const absolute = relative === '' ? folder : join(folder, relative);
    for (const entry of readdirSync(absolute, { withFileTypes: true })) {
      const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        if (needed.has(path)) walk(path);
        else removeTree(join(absolute, entry.name));
      } else if (entry.isFile() && sameKey(wanted, had, path)) {
        kept.add(path);
      } else {
        unlinkSync(join(absolute, entry.name));
      }
    }
  };
  walk('');
  return { folder, kept, folders };
}

/** Every folder (relative, '' for the root) that holds an artifact, directly or below. */
function neededFolders(paths: readonly string[]): Set<string> {
  const needed = new Set<string>(['']);
  for (const path of paths) {
    let parent = path.slice(0, Math.max(0, path.lastIndexOf('/')));
    while (!needed.has(parent)) {
      needed.add(parent);
      parent = parent.slice(0, Math.max(0, parent.lastIndexOf('/')));
    }
  }
  return needed;
}

/**
 * Whether `path` has the same key in both records. Own keys only, without `Object.hasOwn` (twice as
 * many lookups in objects of 136,000 keys): what a record inherits from Object.prototype is never a
 * string.
 */
function sameKey(
  wanted: Readonly<Record<string, string>>,
  had: Readonly<Record<string, unknown>>,
  path: string,
): boolean {
  const key: unknown = wanted[path];
  return typeof key === 'string' && had[path] === key;
}
