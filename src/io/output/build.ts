/**
 * The one writer of gkml's output folders (compile, site and export): each artifact is rendered
 * only when its key changed since the last build, the new output is built aside and swapped in
 * whole. It is built from the spare (the output the last build replaced, see spare.ts), which
 * already holds most files, or else in a fresh folder into which every unchanged file is
 * hard-linked from the previous output. Equal keys everywhere, and every listed file still there:
 * nothing is touched at all. Callers open the folder first (target.ts: lock, symlinks, ownership,
 * repair of interrupted runs) and pass the path it returns.
 */
import { constants, copyFileSync, linkSync, mkdirSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { hashList, hashOf } from '../../core/util/hash.js';
import type { Artifact } from '../../core/output/artifact.js';
import { mapLimited } from '../../core/util/map-limited.js';
import { makeFolder } from '../make-folder.js';
import {
  MANIFEST_PATH,
  manifestIntact,
  manifestText,
  readManifest,
  type Manifest,
  type ManifestShard,
  type OutputCommand,
} from './manifest.js';
import { hideFromGit, sparePath, spareFits, takeSpare, type TakenSpare } from './spare.js';
import { removeLeftover, siblingPath, swapInto } from './swap.js';

export type { Artifact };

export interface BuildResult {
  /** Artifacts rendered anew. */
  rendered: number;
  /** Artifacts carried over from the previous output. */
  reused: number;
  /** Nothing changed: the previous output was left exactly as it was. */
  unchanged: boolean;
}

export interface BuildOptions {
  /** The command building the folder, recorded in the manifest (see Manifest.command). */
  command?: OutputCommand;
  /** The inputs' fingerprint, kept in the manifest so the next run can stop early. */
  inputs?: string;
  /** Called after each artifact, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
  /** How many artifacts render at once. */
  concurrency?: number;
  /** The build is one shard of a compile (kept in the manifest for --from-shards). */
  shard?: ManifestShard;
  /** The manifest of `out` as the caller read it after opening the folder (read here if absent). */
  previous?: Manifest | undefined;
}

export { hashOf };

export async function buildOutput(
  out: string,
  artifacts: readonly Artifact[],
  options: BuildOptions = {},
): Promise<BuildResult> {
  // A province's manifest lists 136,000 files: the caller's copy, read when it opened the folder.
  const previous = 'previous' in options ? options.previous : await readManifest(out);
  const keys = Object.fromEntries(artifacts.map((a) => [a.path, a.key]));
  const manifest: Manifest = {
    tool: 'gkml',
    ...(options.command !== undefined ? { command: options.command } : {}),
    key: hashList(artifacts.map((a) => `${a.path}=${a.key}`).sort()),
    artifacts: keys,
    ...(options.inputs !== undefined ? { inputs: options.inputs } : {}),
    ...(options.shard !== undefined ? { shard: options.shard } : {}),
  };
  if (
    previous?.key === manifest.key &&
    previous.inputs === manifest.inputs &&
    manifestIntact(out, previous)
  ) {
    return { rendered: 0, reused: artifacts.length, unchanged: true };
  }

  const build: Build = { out, artifacts, previous, manifest, options };
  let built: string | undefined;
  let rendered = 0;
  const spare = await takeSpare(out, manifest);
  if (spare) {
    try {
      rendered = await fill(spare, build);
      built = spare.folder;
    } catch (error) {
      // The caller's error fails the build; any other is the spare's: the build starts afresh.
      if (error instanceof CallerFailure) throw error.error;
    }
  }
  if (built === undefined) {
    const folder = siblingPath(out, 'temp');
    try {
      await makeFolder(folder);
      rendered = await fill({ folder, kept: new Set(), folders: new Set(['']) }, build);
    } catch (error) {
      removeLeftover(folder); // fill removes it too; not if making it failed halfway
      throw error instanceof CallerFailure ? error.error : error;
    }
    built = folder;
  }
  // The output replaced becomes the next build's spare, when it can serve as one.
  const keepAs = previous && spareFits(previous, manifest) ? sparePath(out) : undefined;
  try {
    await swapInto(built, out, keepAs);
  } catch (error) {
    removeLeftover(built);
    throw error;
  }
  if (keepAs !== undefined) hideFromGit(keepAs);
  return { rendered, reused: artifacts.length - rendered, unchanged: false };
}

interface Build {
  out: string;
  artifacts: readonly Artifact[];
  /** The manifest of the output in `out` (the live one), when it has one. */
  previous: Manifest | undefined;
  manifest: Manifest;
  options: BuildOptions;
}

/**
 * Fills `target.folder` (a fresh folder, or a spare pruned to the files it keeps) with every
 * artifact it does not hold yet and the manifest; returns how many artifacts
 * were rendered. Removes the folder when anything fails. Nothing is written into an existing file:
 * a spare's files share their inodes with the live output.
 */
async function fill(target: TakenSpare, build: Build): Promise<number> {
  const { out, artifacts, previous, manifest, options } = build;
  const { folder, kept } = target;
  const folderOf = folderMaker(folder, target.folders);
  let done = 0;
  const progress = (): void => options.onProgress?.(++done, artifacts.length);
  try {
    // Carried over one after another: for 136,000 files `linkSync` took 0.92 s where `link` with
    // 8 in flight through the thread pool took 1.84 s (docs/benchmarks.md, "The spare output").
    const carriedOver = ({ path, key }: Artifact): boolean => {
      if (previous?.artifacts[path] !== key) return false;
      folderOf(dirname(path));
      return carryOver(join(out, path), join(folder, path));
    };
    const toRender: Artifact[] = [];
    for (const artifact of artifacts) {
      if (kept.has(artifact.path) || carriedOver(artifact)) progress();
      else toRender.push(artifact);
    }
    await mapLimited(toRender, options.concurrency ?? 8, async (artifact) => {
      const bytes = await callerCode(() => artifact.render());
      folderOf(dirname(artifact.path));
      // 'wx': a new file, never an existing one rewritten (it might be shared with the live output).
      await writeFile(join(folder, artifact.path), bytes, { flag: 'wx' });
      progress();
    });
    folderOf(dirname(MANIFEST_PATH));
    await writeFile(join(folder, MANIFEST_PATH), manifestText(manifest), { flag: 'wx' });
    return toRender.length;
  } catch (error) {
    removeLeftover(folder);
    throw error;
  }
}

/**
 * Makes folders inside `root` (relative paths, '.' or '' for the root itself), each once: a
 * province has over 100,000 files in a few thousand folders. `made` holds those that exist.
 */
function folderMaker(root: string, made: Set<string>): (relative: string) => void {
  const make = (relative: string): void => {
    const path = relative === '.' ? '' : relative;
    if (path === '' || made.has(path)) return; // the root is made first
    make(dirname(path));
    try {
      mkdirSync(join(root, path));
    } catch (error) {
      if (!statSync(join(root, path), { throwIfNoEntry: false })?.isDirectory()) throw error;
    }
    made.add(path);
  };
  return make;
}

/**
 * Hard-links (or copies, across devices) a previous file; false when it is gone. Never onto an
 * existing file (`link` refuses, and so does the copy with COPYFILE_EXCL).
 */
function carryOver(from: string, to: string): boolean {
  try {
    linkSync(from, to);
    return true;
  } catch {
    try {
      copyFileSync(from, to, constants.COPYFILE_EXCL);
      return true;
    } catch {
      return false;
    }
  }
}

/** An error of the caller's code (a render): the build fails with it as it is. */
class CallerFailure extends Error {
  constructor(readonly error: unknown) {
    super('the caller failed');
  }
}

async function callerCode<T>(code: () => Promise<T> | T): Promise<T> {
  try {
    return await code();
  } catch (error) {
    throw new CallerFailure(error);
  }
}
