/**
 * The persistent file cache: what reading, parsing, the schema check and the rules found in each
 * file, keyed by the file's content hash, so that a compile after one changed file parses and checks
 * that file only. It lives in a cache folder outside the output (io/cache-folder.ts: `files/`, one
 * part per source folder, so that one change rewrites one small part), written after the output. A part that cannot be
 * read, or was written by another build of gkml (see key.ts), is ignored and rebuilt: deleting the
 * cache is always safe.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { copyFile, link, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Diagnostic, Span } from '../../core/diagnostics/index.js';
import { hashBytes, hashOf } from '../../core/util/hash.js';
import { isRecord } from '../../core/util/json.js';
import { mapLimited } from '../../core/util/map-limited.js';
import { makeFolder } from '../make-folder.js';
import { KeptData, type PartData } from './kept-data.js';

/** Bumped whenever the shape of a part changes (the key changes with every build anyway). */
const FORMAT = 2;

export type CachedParse =
  | { ok: false; diagnostics: Diagnostic[] }
  | { ok: true; quick: boolean; data: KeptData; diagnostics: Diagnostic[] };

/** One file's findings. Everything in it is determined by its path, its bytes and the cache key. */
export interface CachedFile {
  parse: CachedParse;
  /** The check against the schema of its kind (taken from its name), once made. */
  schema?: { ok: true } | { ok: false; diagnostics: Diagnostic[] };
  /** The rules' findings, and the context they were found in (its region, parent, today). */
  rules?: { context: string; diagnostics: Diagnostic[] };
  /** Spans asked for so far (of a node: `n`, of a key: `k`, then the path as JSON); none: null. */
  spans?: Record<string, Span | null>;
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

/** A slot as an object of its own, not a closure: a province's compile holds 45,000 of them. */
class PartSlot implements CacheSlot {
  constructor(
    private readonly part: Part,
    readonly entry: CachedFile,
  ) {}

  save(): void {
    this.part.changed = true;
  }
}

export class FileCache {
  /** The parts read from the previous cache, by part name. */
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
    return new PartSlot(part, entry);
  }

  /**
   * Writes this run's parts into `target` (the cache folder being built): parts that did not
   * change are hard-linked from the previous cache, the others serialized.
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
 * Carries a cache from one folder into another being built (the assembly of shards takes the first
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

/**
 * A part's bytes: the length of its header, the header (the files' findings, and each catalog's
 * place among the catalogs), then the catalogs' data, serialized together (kept-data.ts). The
 * header names the length and hash of what follows it, so that the catalogs read back later are
 * the ones written with it.
 */
function serializePart(key: string, part: Part): Uint8Array {
  const catalogs: unknown[] = [];
  const files = [...part.files]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .flatMap(([file, { hash, entry }]) => {
      const stored = storedEntry(entry, catalogs);
      return stored === undefined ? [] : [[file, hash, stored]];
    });
  const data = serialize(catalogs);
  const header = serialize({
    format: FORMAT,
    key,
    files,
    data: { length: data.length, hash: hashBytes(data) },
  });
  const size = Buffer.alloc(4);
  size.writeUInt32LE(header.length);
  return Buffer.concat([size, header, data]);
}

/**
 * An entry as a part stores it: a catalog's data among the part's catalogs, other data (a region,
 * gkml.yaml) in the entry. A catalog whose data can no longer be read (its part gone since it was
 * opened) is left out: its file is parsed again next time.
 */
function storedEntry(entry: CachedFile, catalogs: unknown[]): unknown {
  const { parse } = entry;
  if (!parse.ok) return entry;
  const { data, ...rest } = parse;
  if (data.domain === undefined) return { ...entry, parse: { ...rest, value: data.get() } };
  let value: unknown;
  try {
    value = data.get();
  } catch {
    return undefined;
  }
  catalogs.push(value);
  return { ...entry, parse: { ...rest, index: catalogs.length - 1, domain: data.domain } };
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

/**
 * A part, when it is whole and of this key; anything else is no part (it will be rebuilt). Only
 * its header is read now: its catalogs when one of them is first read.
 */
function readPart(path: string, key: string): Part | undefined {
  let header: unknown;
  let start: number;
  let length: number;
  try {
    const bytes = readFileSync(path);
    start = 4 + bytes.readUInt32LE(0);
    header = deserialize(bytes.subarray(4, start));
    length = bytes.length - start;
  } catch {
    return undefined;
  }
  if (!isRecord(header) || header.format !== FORMAT || header.key !== key) return undefined;
  const { data } = header;
  if (!Array.isArray(header.files) || !isRecord(data)) return undefined;
  if (data.length !== length || typeof data.hash !== 'string') return undefined;
  const catalogs = partCatalogs(path, start, length, data.hash);
  const files = new Map<string, { hash: string; entry: CachedFile }>();
  const rows: unknown[] = header.files;
  for (const row of rows) {
    if (!Array.isArray(row)) return undefined;
    const cells: unknown[] = row;
    const [file, hash, stored] = cells;
    const entry = keptEntry(stored, catalogs);
    if (typeof file !== 'string' || typeof hash !== 'string' || !entry) return undefined;
    files.set(file, { hash, entry });
  }
  return { files, changed: false };
}

/**
 * The catalogs stored after a part's header, read from its file when first asked for: a cache's
 * files are never written in place (a new cache is swapped in whole), so they are the ones opened,
 * which the length and hash confirm (anything else, say a concurrent validate's swap, throws, and
 * the catalog is parsed from its file again).
 */
function partCatalogs(path: string, start: number, length: number, hash: string): PartData {
  let values: readonly unknown[] | undefined;
  return () => {
    if (values !== undefined) return values;
    const bytes = readFileSync(path).subarray(start);
    if (bytes.length !== length || hashBytes(bytes) !== hash) {
      throw new Error(`${path} changed since it was opened`);
    }
    const read: unknown = deserialize(bytes);
    if (!Array.isArray(read)) throw new Error(`${path} holds no catalogs`);
    values = read;
    return values;
  };
}

/** An entry read back (see `storedEntry`); undefined if it is not one. */
function keptEntry(value: unknown, catalogs: PartData): CachedFile | undefined {
  if (!isRecord(value) || !isRecord(value.parse)) return undefined;
  const { parse } = value;
  if (parse.ok !== true) return isCachedFile(value) ? value : undefined;
  const { index, domain, value: inline, ...rest } = parse;
  let data: KeptData;
  if (index === undefined) data = KeptData.of(inline);
  else if (typeof index === 'number' && typeof domain === 'string') {
    data = KeptData.inPart(catalogs, index, domain);
  } else return undefined;
  // `{ ...rest, data }` would give each of a province's 45,000 entries a hidden class of its own in
  // V8 (cloning an object and adding a key does): the fields are written out.
  const kept = {
    ...value,
    parse: { ok: rest.ok, quick: rest.quick, data, diagnostics: rest.diagnostics },
  };
  return isCachedFile(kept) ? kept : undefined;
}

/** The shape of an entry, checked before it is trusted (a part of the right key has it by design). */
function isCachedFile(value: unknown): value is CachedFile {
  if (!isRecord(value) || !isRecord(value.parse)) return false;
  const { parse, schema, rules } = value;
  if (typeof parse.ok !== 'boolean' || !Array.isArray(parse.diagnostics)) return false;
  if (parse.ok && (typeof parse.quick !== 'boolean' || !(parse.data instanceof KeptData))) {
    return false;
  }
  if (schema !== undefined && (!isRecord(schema) || typeof schema.ok !== 'boolean')) return false;
  if (schema !== undefined && schema.ok === false && !Array.isArray(schema.diagnostics)) {
    return false;
  }
  if (value.spans !== undefined && !isRecord(value.spans)) return false;
  if (rules === undefined) return true;
  return isRecord(rules) && typeof rules.context === 'string' && Array.isArray(rules.diagnostics);
}
