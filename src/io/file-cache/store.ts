/**
 * The persistent file cache: what reading, parsing, the schema check and the rules found in each
 * file, keyed by the file's content hash, so that a compile after one changed file parses and checks
 * that file only. It lives in the output folder (`.gkml/cache/files/`, one part per source folder, so
 * that one change rewrites one small part) and is written with the output. A part that cannot be
 * read, or was written by another build of gkml (see key.ts), is ignored and rebuilt: deleting the
 * cache is always safe.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { copyFile, link, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Diagnostic, Span } from '../../core/diagnostics/index.js';
import { hashOf } from '../../core/util/hash.js';
import { isRecord } from '../../core/util/json.js';
import { mapLimited } from '../../core/util/map-limited.js';
import { makeFolder } from '../make-folder.js';

/** The cache's folder inside an output folder. */
export const FILE_CACHE_PATH = '.gkml/cache/files';

/** Bumped whenever the shape of a part changes (the key changes with every build anyway). */
const FORMAT = 1;

export type CachedParse =
  | { ok: false; diagnostics: Diagnostic[] }
  | { ok: true; quick: boolean; data: unknown; diagnostics: Diagnostic[] };

/** One file's findings. Everything in it is determined by its path, its bytes and the cache key. */
export interface CachedFile {
  parse: CachedParse;
  /** The check against the schema of its kind (taken from its name), once made. */
  schema?: { ok: true } | { ok: false; diagnostics: Diagnostic[] };
  /** The rules' findings, and the context they were found in (its region, parent, today). */
  rules?: { context: string; diagnostics: Diagnostic[] };
  /** Spans asked for so far (of a node: `n`, of a key: `k`, then the path as JSON); none: null. */
  spans?: Record<string, Span | null>;
  /**
   * Lines asked for in this run (the path's segments joined by NUL), of a document the fast path
   * read; not kept in the cache (see load.ts `remembering`).
   */
  lines?: Record<string, number | null>;
}

/** A file's entry in this run: changes to it are saved with `save`. */
export interface CacheSlot {
  entry: CachedFile;
  save(): void;
}

interface Part {
  /** Display path → content hash and entry. */
  files: Map<string, { hash: string; entry: CachedFile }>;
  /** Something was added or changed in this run: the part is written anew. */
  changed: boolean;
}

export class FileCache {
  /** The parts read from the previous output, by part name. */
  private readonly previous: Map<string, Part>;
  /** The parts of this run: only the files it read, so that deleted files drop out. */
  private readonly current = new Map<string, Part>();

  private constructor(
    private readonly key: string,
    previous: Map<string, Part>,
    private readonly folder: string | undefined,
  ) {
    this.previous = previous;
  }

  /** The cache kept in `folder` (a missing or unreadable one is an empty cache). */
  static open(folder: string, key: string): FileCache {
    return new FileCache(key, readParts(folder, key), folder);
  }

  static empty(key: string): FileCache {
    return new FileCache(key, new Map(), undefined);
  }

  /**
   * The slot of file `file` (a display path) with content hash `hash`, read in `scope` (files of
   * the repository and the bundled baselines are shown by paths that may coincide): its cached
   * entry when there is one, otherwise a new entry made by `make`.
   */
  slot(
    scope: string,
    file: string,
    hash: string,
    make: () => CachedFile,
  ): { slot: CacheSlot; hit: boolean } {
    const kept = this.hit(scope, file, hash);
    if (kept) return { slot: kept, hit: true };
    const name = partName(scope, file);
    const entry = make();
    const part = this.partOf(name);
    part.files.set(file, { hash, entry });
    part.changed = true;
    return { slot: this.slotIn(part, entry), hit: false };
  }

  /** The slot of the cached entry of `file` with content hash `hash`, if there is one. */
  hit(scope: string, file: string, hash: string): CacheSlot | undefined {
    const name = partName(scope, file);
    const cached = this.previous.get(name)?.files.get(file);
    if (cached?.hash !== hash) return undefined;
    const part = this.partOf(name);
    part.files.set(file, { hash, entry: cached.entry });
    return this.slotIn(part, cached.entry);
  }

  private slotIn(part: Part, entry: CachedFile): CacheSlot {
    return {
      entry,
      save: () => {
        part.changed = true;
      },
    };
  }

  /**
   * Writes this run's parts into `target` (the cache folder of the output being built): parts
   * that did not change are hard-linked from the previous output's cache, the others serialized.
   */
  async writeTo(target: string): Promise<void> {
    await makeFolder(target);
    await mapLimited([...this.current], 8, async ([name, part]) => {
      const before = this.previous.get(name);
      const same = !part.changed && before !== undefined && before.files.size === part.files.size;
      if (same && this.folder !== undefined) {
        const linked = await link(join(this.folder, name), join(target, name)).then(
          () => true,
          () => false,
        );
        if (linked) return;
      }
      await writeFile(join(target, name), serializePart(this.key, part));
    });
  }

  private partOf(name: string): Part {
    let part = this.current.get(name);
    if (part === undefined) {
      part = { files: new Map(), changed: false };
      this.current.set(name, part);
    }
    return part;
  }
}

/**
 * Carries a cache from one output into another being built (the assembly of shards takes the first
 * shard's: every shard read the whole repository). Parts are checked when read, not here.
 */
export async function carryCache(from: string, to: string): Promise<void> {
  let names: string[];
  try {
    names = readdirSync(from).filter((name) => name.endsWith('.bin'));
  } catch {
    return;
  }
  await makeFolder(to);
  await mapLimited(names, 8, (name) =>
    link(join(from, name), join(to, name)).catch(() => copyFile(join(from, name), join(to, name))),
  );
}

/** One part per folder of source files. */
function partName(scope: string, file: string): string {
  const folder = file.slice(0, file.lastIndexOf('/') + 1);
  return `${hashOf(scope, folder).slice(0, 20)}.bin`;
}

function serializePart(key: string, part: Part): Uint8Array {
  const files = [...part.files]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([file, { hash, entry }]) => [file, hash, keptOf(entry)]);
  return serialize({ format: FORMAT, key, files });
}

/** An entry as the cache keeps it: without the lines asked for in this run (load.ts `remembering`). */
function keptOf(entry: CachedFile): CachedFile {
  const kept = { ...entry };
  delete kept.lines;
  return kept;
}

function readParts(folder: string, key: string): Map<string, Part> {
  const parts = new Map<string, Part>();
  let names: string[];
  try {
    names = readdirSync(folder).filter((name) => name.endsWith('.bin'));
  } catch {
    return parts;
  }
  for (const name of names) {
    const part = readPart(join(folder, name), key);
    if (part) parts.set(name, part);
  }
  return parts;
}

/** A part, when it is whole and of this key; anything else is no part (it will be rebuilt). */
function readPart(path: string, key: string): Part | undefined {
  let value: unknown;
  try {
    value = deserialize(readFileSync(path));
  } catch {
    return undefined;
  }
  if (!isRecord(value) || value.format !== FORMAT || value.key !== key) return undefined;
  if (!Array.isArray(value.files)) return undefined;
  const files = new Map<string, { hash: string; entry: CachedFile }>();
  const rows: unknown[] = value.files;
  for (const row of rows) {
    if (!Array.isArray(row)) return undefined;
    const cells: unknown[] = row;
    const [file, hash, entry] = cells;
    if (typeof file !== 'string' || typeof hash !== 'string' || !isCachedFile(entry)) {
      return undefined;
    }
    files.set(file, { hash, entry });
  }
  return { files, changed: false };
}

/** The shape of an entry, checked before it is trusted (a part of the right key has it by design). */
function isCachedFile(value: unknown): value is CachedFile {
  if (!isRecord(value) || !isRecord(value.parse)) return false;
  const { parse, schema, rules } = value;
  if (typeof parse.ok !== 'boolean' || !Array.isArray(parse.diagnostics)) return false;
  if (parse.ok && typeof parse.quick !== 'boolean') return false;
  if (schema !== undefined && (!isRecord(schema) || typeof schema.ok !== 'boolean')) return false;
  if (schema !== undefined && schema.ok === false && !Array.isArray(schema.diagnostics)) {
    return false;
  }
  if (value.spans !== undefined && !isRecord(value.spans)) return false;
  if (value.lines !== undefined && !isRecord(value.lines)) return false;
  if (rules === undefined) return true;
  return isRecord(rules) && typeof rules.context === 'string' && Array.isArray(rules.diagnostics);
}
