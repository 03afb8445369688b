/**
 * A folder of caches kept between runs, outside anything published: compile's beside its output
 * (`<out>.gkml-cache/`), validate's in the repository (`.gkml-cache/`, with `--cache`). It holds what
 * parsing, the schema check and the rules found in each file (file-cache/), what merging each region
 * found (region-cache.ts), for compile the pinyin of the search index's texts (pinyin-cache.ts), and
 * for validate the repository's findings under the fingerprint of every input, read back whole when
 * nothing changed. Not inside the output: the caches hold every file's data and every finding, a
 * withheld document's title among them, and an output folder is what gets published.
 *
 * The folder holds a `.gitignore` of `*`, so git never lists it. Each run writes its caches into a
 * folder of its own (`next-<random>`) and swaps it in with two renames: two runs at once, or one
 * killed halfway, leave at worst caches that miss. Every part is checked when read (file-cache/
 * store.ts, region-cache.ts), so a cache that misses costs time, never a wrong finding. Deleting the
 * folder is always safe.
 */
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { copyFile, link, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Diagnostic } from '../core/diagnostics/index.js';
import { isRecord } from '../core/util/json.js';
import { carryCache, FileCache } from './file-cache/store.js';
import { makeFolder } from './make-folder.js';
import { PinyinCache } from './pinyin-cache.js';
import { RegionCache } from './region-cache.js';

/** validate's cache folder, in the repository's root (hidden: the repository's walk skips it). */
export const VALIDATE_CACHE_FOLDER = '.gkml-cache';

/** Compile's cache folder: beside its output, as the spare and the lock are (`<out>.gkml-cache`). */
export function outputCachePath(out: string): string {
  return join(dirname(out), `${basename(out)}.gkml-cache`);
}

/** Where the current caches are, inside a cache folder. */
export const CACHE_PARTS = {
  files: 'current/files',
  regions: 'current/regions',
  pinyin: 'current/pinyin.bin',
} as const;

/** Bumped whenever the shape of the kept findings changes. */
const FORMAT = 1;

/** A folder a run was building and never swapped in (it was killed) is removed after this long. */
const ABANDONED_MS = 60 * 60 * 1000;

/** What validate found in a repository: its findings and the files it read (display paths). */
export interface KeptFindings {
  diagnostics: Diagnostic[];
  files: string[];
}

export class CacheFolder<Part> {
  private files: FileCache | undefined;
  private regions: RegionCache<Part> | undefined;
  private texts: PinyinCache | undefined;

  private constructor(
    private readonly folder: string,
    private readonly key: string,
    private readonly isPart: (value: unknown) => value is Part,
  ) {}

  /** What parsing and checking each file found last time (read only when asked for). */
  get fileCache(): FileCache {
    this.files ??= FileCache.open(join(this.folder, CACHE_PARTS.files), this.key);
    return this.files;
  }

  /** What merging each region found last time. */
  get regionCache(): RegionCache<Part> {
    this.regions ??= RegionCache.open(join(this.folder, CACHE_PARTS.regions), this.isPart);
    return this.regions;
  }

  /** The pinyin of the texts the last search index held (compile's; validate makes no index). */
  get pinyin(): PinyinCache {
    this.texts ??= PinyinCache.open(join(this.folder, CACHE_PARTS.pinyin), this.key);
    return this.texts;
  }

  /**
   * The caches kept in `folder`, written by the gkml build `key` (another build's parts are not
   * used); `isPart` checks a region's part read back.
   */
  static open<Part>(
    folder: string,
    key: string,
    isPart: (value: unknown) => value is Part,
  ): CacheFolder<Part> {
    removeAbandoned(folder);
    return new CacheFolder(folder, key, isPart);
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
   * Keeps this run's caches (and validate's `kept` findings under their fingerprint) for the next
   * run, in place of the previous ones. Throws when the folder cannot be written (a read-only
   * checkout, a full disk).
   */
  async save(kept?: { fingerprint: string; findings: KeptFindings }): Promise<void> {
    await this.swapIn(async (next) => {
      await this.fileCache.writeTo(join(next, 'files'));
      await this.regionCache.writeTo(join(next, 'regions'));
      await this.texts?.writeTo(join(next, 'pinyin.bin'));
      if (kept === undefined) return;
      const { fingerprint, findings } = kept;
      await writeFile(
        join(next, 'findings.bin'),
        serialize({ format: FORMAT, fingerprint, ...findings }),
      );
    });
  }

  /**
   * Takes the caches of the folder `from` in place of these (compile's assembly of shards takes
   * shard 1's: every shard read the whole repository), linked rather than copied.
   */
  async carry(from: string): Promise<void> {
    await this.swapIn(async (next) => {
      await carryCache(join(from, CACHE_PARTS.files), join(next, 'files'));
      await carryCache(join(from, CACHE_PARTS.regions), join(next, 'regions'));
      // Best effort, as the parts: without it the next compile computes the pinyin again.
      const [pinyin, to] = [join(from, CACHE_PARTS.pinyin), join(next, 'pinyin.bin')];
      await link(pinyin, to)
        .catch(() => copyFile(pinyin, to))
        .catch(() => undefined);
    });
  }

  /** Fills a new folder with `fill` and swaps it in as the current caches. */
  private async swapIn(fill: (next: string) => Promise<void>): Promise<void> {
    await makeFolder(this.folder);
    hideFromGit(this.folder);
    const next = join(this.folder, `next-${randomBytes(5).toString('hex')}`);
    try {
      await makeFolder(next);
      await fill(next);
      const current = join(this.folder, 'current');
      const old = join(this.folder, `old-${randomBytes(5).toString('hex')}`);
      // Moved aside, not deleted first, so that the swap is two renames. A concurrent run that
      // swaps its own caches in between them makes the second fail: its caches stay, these are
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
