/**
 * The region cache: what a compile found of each region while it merged the repository (pipeline/
 * subtrees.ts: its outline, coverage figures, search-index entries, findings), kept in a cache
 * folder outside the output (io/cache-folder.ts: `regions/<key>.bin`) under the region's key. The key chains the region's own files
 * with its parent's key (and the build of gkml, today's date and every file outside the regions), so
 * a part is found again exactly when merging the region would give the same result: after one
 * township changed, only that township (and the regions above it, which its merge needs) is merged.
 *
 * Parts are content-addressed: an unchanged part is hard-linked into the next cache, a missing or
 * unreadable one is merged again. Deleting the cache is always safe.
 */
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, link, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { isRecord } from '../core/util/json.js';
import { mapLimited } from '../core/util/map-limited.js';
import { makeFolder } from './make-folder.js';

/** Bumped whenever the shape of a part changes (part of every key, see pipeline/subtrees.ts). */
export const REGION_CACHE_FORMAT = 4;

export class RegionCache<Part> {
  /** This run's parts: those read from the previous cache (to link) or made now (serialized). */
  private readonly current = new Map<string, Uint8Array | 'previous'>();

  private constructor(
    private readonly folder: string | undefined,
    private readonly isPart: (value: unknown) => value is Part,
  ) {}

  /**
   * The cache kept in `folder` (missing: an empty cache); `isPart` checks the shape of a part read
   * back, so that a part written differently is merged again, never trusted.
   */
  static open<Part>(folder: string, isPart: (value: unknown) => value is Part): RegionCache<Part> {
    return new RegionCache<Part>(existsSync(folder) ? folder : undefined, isPart);
  }

  /** The part kept under `key`, when the previous cache has a readable one; kept for the next. */
  get(key: string): Part | undefined {
    if (this.folder === undefined) return undefined;
    let value: unknown;
    try {
      value = deserialize(readFileSync(join(this.folder, `${key}.bin`)));
    } catch {
      return undefined;
    }
    if (!isRecord(value) || value.format !== REGION_CACHE_FORMAT || value.key !== key) {
      return undefined;
    }
    const part = value.part;
    if (!this.isPart(part)) return undefined;
    this.current.set(key, 'previous');
    return part;
  }

  /**
   * Keeps `part` under `key` for the next compile, serialized now (a province's parts are held
   * until the output is written). Not compressed: parts are written relative to their parent's
   * (pipeline/subtrees.ts), 52 MB for the 26-domain province, and inflating 1,680 of them after one
   * changed township cost ~0.1 s of 4.4 s; deflated they were 11.5 MB, 45 MB less at the cold
   * compile's peak (910 against 865 MiB).
   */
  put(key: string, part: Part): void {
    if (this.current.has(key)) return;
    this.current.set(key, serialize({ format: REGION_CACHE_FORMAT, key, part }));
  }

  /** Writes this run's parts into `target` (the cache folder being built). */
  async writeTo(target: string): Promise<void> {
    await makeFolder(target);
    await mapLimited([...this.current], 8, async ([key, bytes]) => {
      const name = `${key}.bin`;
      if (bytes !== 'previous') return writeFile(join(target, name), bytes);
      const from = join(this.folder ?? '', name);
      // A part gone since it was read is only a miss next time.
      return link(from, join(target, name))
        .catch(() => copyFile(from, join(target, name)))
        .catch(() => undefined);
    });
  }
}
