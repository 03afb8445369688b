/**
 * Loading a file through the file cache: its bytes are read and hashed; a cached entry for the same
 * path and bytes gives the parse (data and findings) without parsing, and a document whose
 * positions are parsed from the same bytes when first asked for, so every later finding and origin
 * is the one a fresh parse gives.
 */
import { hashBytes } from '../../core/util/hash.js';
import type { JsonPath, Span } from '../../core/diagnostics/index.js';
import type {
  SchemaName,
  SchemaTypes,
  SchemaValidator,
  Checked,
} from '../../core/schema/validator.js';
import { decodeBytes } from '../decode.js';
import { parseBytes, readFileBytesSync, type LoadOptions } from '../load-yaml.js';
import {
  ReadThroughDocument,
  restoredDocument,
  type ParseResult,
  type SourceDocument,
} from '../yaml-source.js';
import { KeptData } from './kept-data.js';
import type { CachedFile, CacheSlot, FileCache } from './store.js';

/** A cache, and the scope the files of one load are kept under in it. */
export interface CacheUse {
  cache: FileCache;
  scope: string;
  /**
   * Content hashes (core/util/hash.ts `hashBytes`) already taken of these files, by display path
   * (compile hashes every input first): a file the cache holds under its hash is not read again
   * unless its text is needed.
   */
  hashes?: ReadonlyMap<string, string>;
}

export function cachedLoad(
  path: string,
  file: string,
  options: LoadOptions,
  use: CacheUse,
): { result: ParseResult; slot?: CacheSlot } {
  // The parse depends on the bytes and on whether the fast path may be taken.
  const way = options.quick === true ? 'q' : 'p';
  const known = use.hashes?.get(file);
  if (known !== undefined) {
    const kept = use.cache.hit(use.scope, file, way + known);
    if (kept) {
      const bytes = reader(path, file, options, known);
      return withSlot(restored(kept, file, bytes, options), kept);
    }
  }
  const read = readFileBytesSync(path, file, options);
  if (!read.ok) return { result: read };
  const hash = hashBytes(read.bytes);
  const { slot } = use.cache.slot(use.scope, file, way + hash, () => ({
    parse: cachedParse(parseBytes(read.bytes, file, options)),
  }));
  // The text is read again when positions are asked for, not kept: a province's texts do not fit
  // in memory beside its data.
  return withSlot(restored(slot, file, reader(path, file, options, hash), options), slot);
}

/**
 * The file's bytes, read when asked for, if they still have content hash `hash`. A function of its
 * own: a closure made beside the first read would keep those bytes alive through its context.
 */
function reader(
  path: string,
  file: string,
  options: LoadOptions,
  hash: string,
): () => Uint8Array | undefined {
  return () => {
    const read = readFileBytesSync(path, file, options);
    return read.ok && hashBytes(read.bytes) === hash ? read.bytes : undefined;
  };
}

function withSlot(result: ParseResult, slot: CacheSlot): { result: ParseResult; slot?: CacheSlot } {
  if (!result.ok) return { result, slot };
  return { result: { ...result, document: remembering(result.document, slot) }, slot };
}

/**
 * A document whose spans are kept in its slot: the span of every finding needs the file parsed
 * again, and the next run answers it from the cache. A span depends only on the bytes and the
 * path, so a kept one is the one the document would give. The lines the merge asks for (one per
 * value it takes) are not kept: an index of the file's text answers them (yaml-source.ts), and
 * keeping them cost more than it saved: 930,000 of them read back on every run from the cache, and,
 * kept for the run only, ~80 MB of a cold compile's live heap on the 26-domain province to spare
 * pass two one index per file (~3 s of a 105 s compile).
 */
function remembering(document: SourceDocument, slot: CacheSlot): SourceDocument {
  const span = (kind: 'n' | 'k', path: JsonPath): Span | undefined => {
    const spans = (slot.entry.spans ??= {});
    const key = kind + JSON.stringify(path);
    const known = spans[key];
    if (known !== undefined) return known ?? undefined;
    const found = kind === 'n' ? document.locate(path) : document.locateKey(path);
    spans[key] = found ?? null;
    slot.save();
    return found;
  };
  return new ReadThroughDocument(
    document.file,
    () => document.data,
    (path) => span('n', path),
    (path) => span('k', path),
    document.lineOf === undefined ? undefined : (path) => document.lineOf?.(path),
  );
}

/**
 * What a parse found, as the cache keeps it. The data is copied: the parser's strings are slices of
 * the file's text, and each one would keep the whole text alive (twice: the parser pads a copy).
 */
function cachedParse(result: ParseResult): CachedFile['parse'] {
  if (!result.ok) return { ok: false, diagnostics: result.diagnostics };
  return {
    ok: true,
    quick: result.document.lineOf !== undefined,
    data: KeptData.of(structuredClone(result.document.data)),
    diagnostics: result.diagnostics,
  };
}

function restored(
  slot: CacheSlot,
  file: string,
  bytes: () => Uint8Array | undefined,
  options: LoadOptions,
): ParseResult {
  const { parse } = slot.entry;
  if (!parse.ok) return { ok: false, diagnostics: parse.diagnostics };
  // These bytes decoded before (the parse succeeded): the same bytes decode the same way.
  const text = () => {
    const read = bytes();
    const decoded = read && decodeBytes(read);
    return decoded?.ok ? decoded.text : '';
  };
  // Kept data that cannot be read back (a damaged part) is parsed again from the same bytes, and
  // the entry mended.
  const data = () => {
    try {
      return parse.data.get();
    } catch {
      const read = bytes();
      const again = read && parseBytes(read, file, options);
      if (again?.ok !== true) throw new Error(`${file} changed while gkml was reading it`);
      parse.data = KeptData.of(structuredClone(again.document.data));
      slot.save();
      return parse.data.get();
    }
  };
  return {
    ok: true,
    diagnostics: parse.diagnostics,
    document: restoredDocument(file, data, text, parse.quick),
  };
}

/**
 * The schema check of a file through its slot: a file checked before (the same bytes, under a key
 * that covers the schemas) passes or fails as it did, with the same findings.
 */
export function cachedCheck<N extends SchemaName>(
  validator: SchemaValidator,
  name: N,
  source: SourceDocument,
  slot: CacheSlot,
): Checked<SchemaTypes[N]> {
  const known = slot.entry.schema;
  if (known !== undefined) {
    return known.ok
      ? validator.passed(name, () => source.data)
      : { ok: false, diagnostics: known.diagnostics };
  }
  const checked = validator.check(name, source.data, source);
  slot.entry.schema = checked.ok ? { ok: true } : { ok: false, diagnostics: checked.diagnostics };
  slot.save();
  return checked;
}
