/**
 * The one writer of gkml's output folders (compile and site): each artifact is rendered only when
 * its key changed since the last build (otherwise the previous file is hard-linked into the new
 * folder), the new folder is built aside and swapped in whole. Equal keys everywhere, and every
 * listed file still there: nothing is touched at all. Callers open the folder first (target.ts:
 * lock, symlinks, ownership, repair of interrupted runs) and pass the path it returns.
 */
import { copyFile, link, rm, writeFile } from 'node:fs/promises';
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
import { siblingPath, swapInto } from './swap.js';

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
  /**
   * Writes what the output keeps besides its artifacts (the file cache) into the folder being
   * built, so that it is swapped in with them. Not called when nothing changed.
   */
  alongside?: (built: string) => Promise<void>;
}

export { hashOf };

export async function buildOutput(
  out: string,
  artifacts: readonly Artifact[],
  options: BuildOptions = {},
): Promise<BuildResult> {
  const previous = await readManifest(out);
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

  const built = siblingPath(out, 'temp');
  let rendered = 0;
  let done = 0;
  try {
    await makeFolder(built);
    // Each folder is made once: a province has over 100,000 files in a few thousand folders.
    const folders = new Map<string, Promise<unknown>>();
    const folderOf = (path: string) => {
      let made = folders.get(path);
      if (!made) {
        made = makeFolder(path);
        folders.set(path, made);
      }
      return made;
    };
    await mapLimited(artifacts, options.concurrency ?? 8, async (artifact) => {
      const target = join(built, artifact.path);
      await folderOf(dirname(target));
      const reusable = previous?.artifacts[artifact.path] === artifact.key;
      if (!(reusable && (await carryOver(join(out, artifact.path), target)))) {
        await writeFile(target, await artifact.render());
        rendered++;
      }
      options.onProgress?.(++done, artifacts.length);
    });
    await makeFolder(dirname(join(built, MANIFEST_PATH)));
    await writeFile(join(built, MANIFEST_PATH), manifestText(manifest));
    await options.alongside?.(built);
    await swapInto(built, out);
  } catch (error) {
    await rm(built, { recursive: true, force: true });
    throw error;
  }
  return { rendered, reused: artifacts.length - rendered, unchanged: false };
}

/** Hard-links (or copies, across devices) a previous file; false when it is gone. */
async function carryOver(from: string, to: string): Promise<boolean> {
  try {
    await link(from, to);
    return true;
  } catch {
    return copyFile(from, to).then(
      () => true,
      () => false,
    );
  }
}
