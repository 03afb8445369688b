/**
 * validate's cache (`gkml validate --cache`): what the last validate of a repository found, kept in
 * the repository's own `.gkml-cache/` folder, so that the next validate parses, checks and merges
 * only what changed. It holds the same two caches compile keeps in its output (what each file's
 * parse, schema check and rules found: file-cache/; what merging each region found: region-cache.ts)
 * and the repository's findings under the fingerprint of every input, read back whole when nothing
 * changed.
 *
 * The folder is hidden, so the repository's walk never reads it, and holds a `.gitignore` of `*`,
 * so git never lists it. Each run writes its cache into a folder of its own (`next-<random>`) and
 * swaps it in with two renames: two validates at once, or one killed halfway, leave at worst a cache
 * that misses. Every part is checked when read (file-cache/store.ts, region-cache.ts), so a cache
 * that misses costs time, never a wrong finding. Deleting the folder is always safe.
 */
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Diagnostic } from '../core/diagnostics/index.js';
import { isRecord } from '../core/util/json.js';
import { FileCache } from './file-cache/store.js';
import { makeFolder } from './make-folder.js';
import { RegionCache } from './region-cache.js';

/** The cache's folder, in the repository's root. */
export const VALIDATE_CACHE_FOLDER = '.gkml-cache';

/** Bumped whenever the shape of the kept findings changes. */
const FORMAT = 1;

/** A folder a run was building and never swapped in (it was killed) is removed after this long. */
const ABANDONED_MS = 60 * 60 * 1000;

/** What validate found in a repository: its findings and the files it read (display paths). */
export interface KeptFindings {
  diagnostics: Diagnostic[];
  files: string[];
}

export class ValidateCache<Part> {
  private files: FileCache | undefined;
  private regions: RegionCache<Part> | undefined;

  private constructor(
    private readonly folder: string,
    private readonly key: string,
    private readonly isPart: (value: unknown) => value is Part,
  ) {}

  /** What parsing and checking each file found last time (read only when asked for). */
  get fileCache(): FileCache {
    this.files ??= FileCache.open(join(this.folder, 'current', 'files'), this.key);
    return this.files;
  }

  /** What merging each region found last time. */
  get regionCache(): RegionCache<Part> {
    this.regions ??= RegionCache.open(join(this.folder, 'current', 'regions'), this.isPart);
    return this.regions;
  }

  /**
   * The cache of the repository at `root`, written by the gkml build `key` (another build's
   * parts are not used); `isPart` checks a region's part read back.
   */
  static open<Part>(
    root: string,
    key: string,
    isPart: (value: unknown) => value is Part,
  ): ValidateCache<Part> {
    const folder = join(root, VALIDATE_CACHE_FOLDER);
    removeAbandoned(folder);
    return new ValidateCache(folder, key, isPart);
  }

  /** The findings kept under `fingerprint` (every input's hash), when nothing changed since. */
  findings(fingerprint: string): KeptFindings | undefined {
    let value: unknown;
    try {
      value = deserialize(readFileSync(join(this.folder, 'current', 'findings.bin')));
    } catch {
      return undefined;
    }
    if (!isKeptFindings(value) || value.format !== FORMAT || value.fingerprint !== fingerprint) {
      return undefined;
    }
    return { diagnostics: value.diagnostics, files: value.files };
  }

  /**
   * Keeps this run's caches and `findings` under `fingerprint` for the next validate, in place of
   * the previous ones. Throws when the folder cannot be written (a read-only checkout).
   */
  async save(fingerprint: string, findings: KeptFindings): Promise<void> {
    await makeFolder(this.folder);
    hideFromGit(this.folder);
    const next = join(this.folder, `next-${randomBytes(5).toString('hex')}`);
    try {
      await makeFolder(next);
      await this.fileCache.writeTo(join(next, 'files'));
      await this.regionCache.writeTo(join(next, 'regions'));
      const kept = { format: FORMAT, fingerprint, ...findings };
      await writeFile(join(next, 'findings.bin'), serialize(kept));
      const current = join(this.folder, 'current');
      const old = join(this.folder, `old-${randomBytes(5).toString('hex')}`);
      // Moved aside, not deleted first, so that the swap is two renames. A concurrent validate that
      // swaps its own cache in between them makes the second fail: its cache stays, this one is
      // dropped, and either is as good.
      await rename(current, old).catch(() => undefined);
      await rename(next, current).catch((error: unknown) => {
        if (!isFolderInTheWay(error)) throw error;
      });
      rmSync(old, { recursive: true, force: true });
    } finally {
      rmSync(next, { recursive: true, force: true });
    }
  }
}

/**
 * The shape of the findings read back: written by this build of gkml (the fingerprint covers it),
 * so only whether they are findings at all is checked, as the region cache checks its parts.
 */
function isKeptFindings(
  value: unknown,
): value is KeptFindings & { format: unknown; fingerprint: unknown } {
  if (!isRecord(value)) return false;
  const { diagnostics, files } = value;
  return (
    Array.isArray(diagnostics) &&
    diagnostics.every(isRecord) &&
    Array.isArray(files) &&
    files.every((file) => typeof file === 'string')
  );
}

function isFolderInTheWay(error: unknown): boolean {
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  return code === 'ENOTEMPTY' || code === 'EEXIST';
}

/** The folder's `.gitignore` of `*`: a cache is never committed. Best effort. */
function hideFromGit(folder: string): void {
  try {
    writeFileSync(join(folder, '.gitignore'), '*\n', { flag: 'wx' });
  } catch {
    // there is one already
  }
}

/**
 * Removes what killed runs left: folders moved aside (`old-`) at once, folders being built
 * (`next-`) once they are old enough not to be a concurrent run's.
 */
function removeAbandoned(folder: string): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  const now = Date.now();
  for (const name of names) {
    const path = join(folder, name);
    const abandoned =
      name.startsWith('old-') ||
      (name.startsWith('next-') && now - (statOf(path)?.mtimeMs ?? now) > ABANDONED_MS);
    if (abandoned) rmSync(path, { recursive: true, force: true });
  }
}

function statOf(path: string): { mtimeMs: number } | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
