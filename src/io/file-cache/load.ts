/**
 * Loading a file through the file cache: its bytes are read and hashed; a cached entry for the same
 * path and bytes gives the parse (data and findings) without parsing, and a document whose
 * positions are parsed from the same bytes when first asked for, so every later finding and origin
 * is the one a fresh parse gives.
 */
import { createHash } from 'node:crypto';
import type { JsonPath, Span } from '../../core/diagnostics/index.js';
import type {
  SchemaName,
  SchemaTypes,
  SchemaValidator,
  Checked,
} from '../../core/schema/validator.js';
import { decodeBytes } from '../decode.js';
import { parseBytes, readFileBytesSync, type LoadOptions } from '../load-yaml.js';
import { restoredDocument, type ParseResult, type SourceDocument } from '../yaml-source.js';
import type { CachedFile, CacheSlot, FileCache } from './store.js';

/** A cache, and the scope the files of one load are kept under in it. */
export interface CacheUse {
  cache: FileCache;
  scope: string;
}

export function cachedLoad(
  path: string,
  file: string,
  options: LoadOptions,
  use: CacheUse,
): { result: ParseResult; slot?: CacheSlot } {
  const read = readFileBytesSync(path, file, options);
  if (!read.ok) return { result: read };
  const { bytes } = read;
  // The parse depends on the bytes and on whether the fast path may be taken.
  const hash = `${options.quick === true ? 'q' : 'p'}${createHash('sha256').update(bytes).digest('hex')}`;
  let fresh: ParseResult | undefined;
  const { slot, hit } = use.cache.slot(use.scope, file, hash, () => {
    fresh = parseBytes(bytes, file, options);
    return { parse: cachedParse(fresh) };
  });
  const result = !hit && fresh !== undefined ? fresh : restored(slot.entry, file, bytes);
  if (!result.ok) return { result, slot };
  return { result: { ...result, document: remembering(result.document, slot) }, slot };
}

/**
 * A document whose positions are kept in its slot: the merge asks for the line of every value it
 * takes and the span of every finding, which needs the file's text indexed or parsed again; the
 * next run answers them from the cache. A position depends only on the bytes and the path, so a
 * kept one is the one the document would give.
 */
function remembering(document: SourceDocument, slot: CacheSlot): SourceDocument {
  const spans = (slot.entry.spans ??= {});
  const span = (kind: 'n' | 'k', path: JsonPath): Span | undefined => {
    const key = kind + JSON.stringify(path);
    const known = spans[key];
    if (known !== undefined) return known ?? undefined;
    const found = kind === 'n' ? document.locate(path) : document.locateKey(path);
    spans[key] = found ?? null;
    slot.save();
    return found;
  };
  const remembered: SourceDocument = {
    file: document.file,
    data: document.data,
    locate: (path) => span('n', path),
    locateKey: (path) => span('k', path),
  };
  if (document.lineOf === undefined) return remembered;
  const lines = (slot.entry.lines ??= {});
  remembered.lineOf = (path) => {
    // A line does not depend on whether a segment is written as a number or a string.
    const key = path.join('\u0000');
    const known = lines[key];
    if (known !== undefined) return known ?? undefined;
    const found = document.lineOf?.(path);
    lines[key] = found ?? null;
    slot.save();
    return found;
  };
  return remembered;
}

/** What a parse found, as the cache keeps it. */
function cachedParse(result: ParseResult): CachedFile['parse'] {
  if (!result.ok) return { ok: false, diagnostics: result.diagnostics };
  return {
    ok: true,
    quick: result.document.lineOf !== undefined,
    data: result.document.data,
    diagnostics: result.diagnostics,
  };
}

function restored(entry: CachedFile, file: string, bytes: Uint8Array): ParseResult {
  const { parse } = entry;
  if (!parse.ok) return { ok: false, diagnostics: parse.diagnostics };
  // These bytes decoded before (the parse succeeded): the same bytes decode the same way.
  const text = () => {
    const decoded = decodeBytes(bytes);
    return decoded.ok ? decoded.text : '';
  };
  return {
    ok: true,
    diagnostics: parse.diagnostics,
    document: restoredDocument(file, parse.data, text, parse.quick),
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
      ? validator.passed(name, source.data)
      : { ok: false, diagnostics: known.diagnostics };
  }
  const checked = validator.check(name, source.data, source);
  slot.entry.schema = checked.ok ? { ok: true } : { ok: false, diagnostics: checked.diagnostics };
  slot.save();
  return checked;
}
