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
  cleanLineOf,
  precisePositions,
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
    if (kept) return restored(kept, { path, file, options, hash: known });
  }
  const read = readFileBytesSync(path, file, options);
  if (!read.ok) return { result: read };
  const hash = hashBytes(read.bytes);
  const { slot } = use.cache.slot(use.scope, file, way + hash, () => ({
    parse: cachedParse(parseBytes(read.bytes, file, options)),
  }));
  // The text is read again when positions are asked for, not kept: a province's texts do not fit
  // in memory beside its data.
  return restored(slot, { path, file, options, hash });
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

/** A file as the cache knows it: where it is, and the content hash its entry is for. */
interface CachedSource {
  path: string;
  file: string;
  options: LoadOptions;
  hash: string;
}

function restored(slot: CacheSlot, source: CachedSource): { result: ParseResult; slot: CacheSlot } {
  const { parse } = slot.entry;
  if (!parse.ok) return { result: { ok: false, diagnostics: parse.diagnostics }, slot };
  const document = parse.quick
    ? new QuickCachedDocument(slot, source)
    : new CachedDocument(slot, source);
  return { result: { ok: true, diagnostics: parse.diagnostics, document }, slot };
}

/**
 * A document restored from its cache entry, answering exactly as the document it was cached from
 * did: its data as parsed before, positions parsed again from the same bytes on first use. One
 * object per file, with methods rather than closures: a compile after one change to the 26-domain
 * province restores 45,000 of them, and their closures were most of what it held per file.
 *
 * The spans of findings are kept in the slot: each needs the file parsed again, and the next run
 * answers it from the cache (a span depends only on the bytes and the path). The lines the merge
 * asks for (one per value it takes) are not kept: an index of the file's text answers them
 * (yaml-source.ts), and keeping them cost more than it saved: 930,000 of them read back on every
 * run, and, kept for the run only, ~80 MB of a cold compile's live heap on the 26-domain province.
 */
class CachedDocument implements SourceDocument {
  readonly file: string;

  constructor(
    private readonly slot: CacheSlot,
    private readonly source: CachedSource,
  ) {
    this.file = source.file;
  }

  get data(): unknown {
    const { parse } = this.slot.entry;
    if (!parse.ok) return undefined;
    try {
      return parse.data.get();
    } catch {
      // Kept data that cannot be read back (a damaged part) is parsed again from the same bytes,
      // and the entry mended.
      const read = this.bytes();
      const again = read && parseBytes(read, this.file, this.source.options);
      if (again?.ok !== true) throw changedWhileRead(this.source.path);
      parse.data = KeptData.of(structuredClone(again.document.data));
      this.slot.save();
      return parse.data.get();
    }
  }

  locate(path: JsonPath): Span | undefined {
    return this.span('n', path);
  }

  locateKey(path: JsonPath): Span | undefined {
    return this.span('k', path);
  }

  /** The file's text: the bytes are decoded as before (the parse succeeded on them). */
  protected text(): string {
    const read = this.bytes();
    const decoded = read && decodeBytes(read);
    return decoded?.ok ? decoded.text : '';
  }

  /** The file's bytes, read again, if they still have the content hash the entry is for. */
  private bytes(): Uint8Array | undefined {
    const { path, file, options, hash } = this.source;
    const read = readFileBytesSync(path, file, options);
    return read.ok && hashBytes(read.bytes) === hash ? read.bytes : undefined;
  }

  private span(kind: 'n' | 'k', path: JsonPath): Span | undefined {
    const spans = (this.slot.entry.spans ??= {});
    const key = kind + JSON.stringify(path);
    const known = spans[key];
    if (known !== undefined) return known ?? undefined;
    const precise = precisePositions(this, this.file, () => this.text());
    const found = kind === 'n' ? precise?.locate(path) : precise?.locateKey(path);
    spans[key] = found ?? null;
    this.slot.save();
    return found;
  }
}

/**
 * A file that changed between its hash and a second read (someone saved it while gkml ran): a
 * fault of the moment, not of gkml, told as one line by the command (cli/environment-fault.ts).
 */
function changedWhileRead(path: string): Error {
  const error = new Error(`${path} changed while gkml was reading it`);
  return Object.assign(error, { code: 'ECHANGED', path });
}

/** A cached document the fast path read: it answers lines without a precise parse. */
class QuickCachedDocument extends CachedDocument {
  lineOf(path: JsonPath): number | undefined {
    return cleanLineOf(this, this.data, path, () => this.text());
  }
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
