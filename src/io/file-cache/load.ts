/**
 * Loading a file through the file cache: its bytes are read and hashed; a cached entry for the same
 * path and bytes gives the parse (data and findings) without parsing, and a document whose
 * positions are parsed from the same bytes when first asked for, so every later finding and origin
 * is the one a fresh parse gives.
 */
import { createHash } from 'node:crypto';
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
  if (!hit && fresh !== undefined) return { result: fresh, slot };
  return { result: restored(slot.entry, file, bytes), slot };
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
 * The schema check of a file through its slot: a file that failed its schema before fails it with
 * the same findings (the thorough pass, with every error, is the costly one); a valid one passes
 * the fast check again, which gives its data its type.
 */
export function cachedCheck<N extends SchemaName>(
  validator: SchemaValidator,
  name: N,
  source: SourceDocument,
  slot: CacheSlot,
): Checked<SchemaTypes[N]> {
  const known = slot.entry.schema;
  if (known !== undefined && !known.ok) return { ok: false, diagnostics: known.diagnostics };
  const checked = validator.check(name, source.data, source);
  if (known === undefined) {
    slot.entry.schema = checked.ok ? { ok: true } : { ok: false, diagnostics: checked.diagnostics };
    slot.save();
  }
  return checked;
}
