/**
 * YAML parsed with its source positions kept, so that every later diagnostic (schema, merge, diff)
 * can point at file:line:col. Syntax problems become diagnostics, never exceptions.
 */
import {
  isAlias,
  isMap,
  isNode,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
} from 'yaml';
import type { Diagnostic, JsonPath, Position, Span } from '../core/diagnostics/index.js';
import { diagnostic } from '../core/diagnostics/index.js';
import { lineIndex, type LineIndex } from './line-index.js';
import { quickParse } from './quick-yaml.js';
import { fromYamlError, toData, type SpanOf } from './yaml-errors.js';

export { MAX_ALIAS_COUNT } from './yaml-errors.js';

/** Parse errors listed per file; the count of the others is said in one more line. */
export const MAX_PARSE_ERRORS = 5;

/** A parsed YAML file: its plain data, and a way back from a data path to the source text. */
export interface SourceDocument {
  file: string;
  data: unknown;
  /** The span of the node at `path`, or of its deepest existing ancestor. */
  locate(path: JsonPath): Span | undefined;
  /** The span of the key of the map entry at `path` (falls back to `locate`). */
  locateKey(path: JsonPath): Span | undefined;
  /** The line where the node at `path` starts, when known without a precise parse. */
  lineOf?(path: JsonPath): number | undefined;
}

/**
 * A document whose data is read through a function when asked for (the fast path's: see
 * lazyDocument; the file cache's documents are io/file-cache/load.ts's own). A class, because V8
 * keeps an object literal with a getter as a dictionary: larger, and slower on every read (a cold
 * compile of the 26-domain province, which reads data through such objects all along, was ~10%
 * slower).
 */
class ReadThroughDocument implements SourceDocument {
  readonly lineOf?: (path: JsonPath) => number | undefined;

  constructor(
    readonly file: string,
    private readonly read: () => unknown,
    readonly locate: (path: JsonPath) => Span | undefined,
    readonly locateKey: (path: JsonPath) => Span | undefined,
    lineOf?: (path: JsonPath) => number | undefined,
  ) {
    if (lineOf !== undefined) this.lineOf = lineOf;
  }

  get data(): unknown {
    return this.read();
  }
}

export type ParseResult =
  | { ok: true; document: SourceDocument; diagnostics: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

export interface ParseOptions {
  /**
   * Try the fast parser first (see quick-yaml.ts): for commands that need positions only when there
   * is something to report, such as validate. Positions are then computed on first use.
   */
  quick?: boolean;
}

export function parseYamlSource(
  text: string,
  file: string,
  options: ParseOptions = {},
): ParseResult {
  const quick = options.quick === true ? quickParse(text) : undefined;
  if (quick) {
    const data = quick.data;
    return { ok: true, diagnostics: [], document: lazyDocument(file, () => data, text) };
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, merge: true });
  const position = (offset: number): Position => {
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
  const spanOf = (start: number, end: number): Span => ({
    start: position(start),
    end: position(Math.max(start, end)),
  });
  // The parser can report one error per character (100 KB of `[`): the first few say it all.
  const found = [...doc.errors, ...doc.warnings];
  const problems = found
    .slice(0, MAX_PARSE_ERRORS)
    .map((error) => fromYamlError(error, text, file, spanOf, doc));
  if (found.length > MAX_PARSE_ERRORS) {
    problems.push(
      diagnostic('yaml-errors-more', { more: found.length - MAX_PARSE_ERRORS }, { file }),
    );
  }
  if (problems.length > 0) return { ok: false, diagnostics: problems };
  if (doc.contents === null)
    return { ok: false, diagnostics: [diagnostic('file-empty', {}, { file })] };

  const data = toData(doc, text, file, spanOf);
  if (!data.ok) return data;
  const locator = new Locator(doc, spanOf);
  return {
    ok: true,
    diagnostics: [],
    document: {
      file,
      data: data.value,
      locate: (path) => locator.locate(path, false),
      locateKey: (path) => locator.locate(path, true),
    },
  };
}

/**
 * Precise parses made for positions, most recently used last. Bounded so that a whole province's
 * syntax trees are never in memory at once: callers (merge, rules) ask for the positions of one
 * file in a burst, so a small cache serves nearly every request.
 */
const PRECISE_CACHE_SIZE = 64;
const preciseCache = new Map<object, SourceDocument>();

/**
 * A document read by the fast path: only its text is kept; positions come from a precise parse made
 * on first use, and made again if the cache has let it go since.
 */
function lazyDocument(
  file: string,
  data: () => unknown,
  text: string | (() => string),
): SourceDocument {
  const identity = {};
  const textOf = typeof text === 'string' ? () => text : text;
  return new ReadThroughDocument(
    file,
    data,
    (path) => precisePositions(identity, file, textOf)?.locate(path),
    (path) => precisePositions(identity, file, textOf)?.locateKey(path),
    (path) => cleanLineOf(identity, data(), path, textOf),
  );
}

/**
 * The precise parse of a clean file's text, for positions: made on first use for `identity` (one
 * object per document), kept among the most recently used, and made again if let go since.
 */
export function precisePositions(
  identity: object,
  file: string,
  text: () => string,
): SourceDocument | undefined {
  return recentlyUsed(preciseCache, identity, () => {
    const parsed = parseYamlSource(text(), file);
    // The fast path only takes text the precise parser accepts (quick-yaml.test.ts).
    return parsed.ok ? parsed.document : undefined;
  });
}

/**
 * The line of the value at `path` of a clean file (one the fast path read), from an index of its
 * text kept like the precise parses. Only for values: the precise parser has no position for an
 * empty one in a flow collection.
 */
export function cleanLineOf(
  identity: object,
  data: unknown,
  path: JsonPath,
  text: () => string,
): number | undefined {
  if (valueAt(data, path) == null) return undefined;
  return recentlyUsed(lineCache, identity, () => lineIndex(text()))?.lineOf(path);
}

/**
 * The value kept in `cache` for `identity`, made by `make` when it is not there (and not kept when
 * `make` has none); the most recently used PRECISE_CACHE_SIZE values are kept, the oldest let go.
 */
function recentlyUsed<T>(
  cache: Map<object, T>,
  identity: object,
  make: () => T | undefined,
): T | undefined {
  let value = cache.get(identity);
  if (value === undefined) {
    value = make();
    if (value === undefined) return undefined;
    if (cache.size >= PRECISE_CACHE_SIZE) {
      const oldest = cache.keys().next();
      if (oldest.done !== true) cache.delete(oldest.value);
    }
  } else {
    cache.delete(identity); // set again below: last in the map's order is the most recent
  }
  cache.set(identity, value);
  return value;
}

/**
 * Line indexes of clean files (line-index.ts), bounded like the precise parses: the merge asks for
 * the lines of one file in a burst, and a province's indexes would not fit in memory together.
 */
const lineCache = new Map<object, LineIndex>();

function valueAt(data: unknown, path: JsonPath): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

/** Walks the YAML syntax tree along a data path. */
class Locator {
  constructor(
    private readonly doc: Document,
    private readonly spanOf: SpanOf,
  ) {}

  locate(path: JsonPath, wantKey: boolean): Span | undefined {
    let node: unknown = this.doc.contents;
    let keyNode: unknown;
    for (const segment of path) {
      node = this.resolve(node);
      if (isMap(node)) {
        const pair = node.items.find(
          (p) => isScalar(p.key) && String(p.key.value) === String(segment),
        );
        if (!pair) break;
        keyNode = pair.key;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number' && segment < node.items.length) {
        keyNode = undefined;
        node = node.items[segment];
      } else {
        break;
      }
    }
    const target = wantKey && keyNode !== undefined ? keyNode : node;
    return this.spanOfNode(target);
  }

  private resolve(node: unknown): unknown {
    return isAlias(node) ? node.resolve(this.doc) : node;
  }

  private spanOfNode(node: unknown): Span | undefined {
    const range = isNode(node) ? node.range : undefined;
    return range ? this.spanOf(range[0], range[1]) : undefined;
  }
}
