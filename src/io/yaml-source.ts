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
  visit,
  type Document,
  type YAMLError,
} from 'yaml';
import type { Diagnostic, JsonPath, Position, Span } from '../core/diagnostics/index.js';
import { diagnostic } from '../core/diagnostics/index.js';
import type { YamlProblem } from '../core/diagnostics/codes/yaml.js';
import { lineIndex, type LineIndex } from './line-index.js';
import { quickParse } from './quick-yaml.js';

/**
 * How many alias expansions a document may make. Large enough for ordinary anchors (a list of
 * bases shared by hundreds of items), small enough that an "alias bomb" stops in milliseconds.
 */
export const MAX_ALIAS_COUNT = 10_000;

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

export type ParseResult =
  | { ok: true; document: SourceDocument; diagnostics: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

const PROBLEMS: Partial<Record<string, YamlProblem>> = {
  BAD_INDENT: 'indent',
  MISSING_CHAR: 'unclosed',
  UNEXPECTED_TOKEN: 'unexpected',
  BLOCK_IN_FLOW: 'unexpected',
  IMPOSSIBLE: 'unexpected',
  BLOCK_AS_IMPLICIT_KEY: 'key',
  MULTILINE_IMPLICIT_KEY: 'key',
  KEY_OVER_1024_CHARS: 'key',
  NON_STRING_KEY: 'key',
  BAD_SCALAR_START: 'scalar',
  BAD_DQ_ESCAPE: 'scalar',
  BAD_ALIAS: 'alias',
  ALIAS_PROPS: 'alias',
  TAG_RESOLVE_FAILED: 'tag',
  MULTIPLE_TAGS: 'tag',
  BAD_COLLECTION_TYPE: 'tag',
};

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
  if (quick) return { ok: true, diagnostics: [], document: lazyDocument(file, quick.data, text) };
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
  const problems = [...doc.errors, ...doc.warnings].map((error) =>
    fromYamlError(error, text, file, spanOf),
  );
  if (problems.length > 0) return { ok: false, diagnostics: problems };
  if (doc.contents === null)
    return { ok: false, diagnostics: [diagnostic('file-empty', {}, { file })] };

  const data = toData(doc, file, spanOf);
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
function lazyDocument(file: string, data: unknown, text: string): SourceDocument {
  const identity = {};
  const positions = (): SourceDocument | undefined => {
    let precise = preciseCache.get(identity);
    if (precise === undefined) {
      const parsed = parseYamlSource(text, file);
      // The fast path only takes text the precise parser accepts (quick-yaml.test.ts).
      if (!parsed.ok) return undefined;
      precise = parsed.document;
      if (preciseCache.size >= PRECISE_CACHE_SIZE) {
        const oldest = preciseCache.keys().next();
        if (oldest.done !== true) preciseCache.delete(oldest.value);
      }
    } else {
      preciseCache.delete(identity);
    }
    preciseCache.set(identity, precise);
    return precise;
  };
  const lines = (): LineIndex => {
    let index = lineCache.get(identity);
    if (index === undefined) {
      index = lineIndex(text);
      if (lineCache.size >= PRECISE_CACHE_SIZE) {
        const oldest = lineCache.keys().next();
        if (oldest.done !== true) lineCache.delete(oldest.value);
      }
    } else {
      lineCache.delete(identity);
    }
    lineCache.set(identity, index);
    return index;
  };
  return {
    file,
    data,
    locate: (path) => positions()?.locate(path),
    locateKey: (path) => positions()?.locateKey(path),
    // Only for values: the precise parser has no position for an empty one in a flow collection.
    lineOf: (path) => (valueAt(data, path) == null ? undefined : lines().lineOf(path)),
  };
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

type SpanOf = (start: number, end: number) => Span;

function toData(
  doc: Document,
  file: string,
  spanOf: SpanOf,
): { ok: true; value: unknown } | { ok: false; diagnostics: Diagnostic[] } {
  try {
    return { ok: true, value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    if (error.message.includes('resource exhaustion')) {
      const span = firstAliasSpan(doc, spanOf);
      return {
        ok: false,
        diagnostics: [diagnostic('yaml-alias-limit', { limit: MAX_ALIAS_COUNT }, { file, span })],
      };
    }
    // An alias whose anchor is missing or comes later.
    const span = firstAliasSpan(doc, spanOf);
    return {
      ok: false,
      diagnostics: [
        diagnostic('yaml-syntax', { problem: 'alias', detail: error.message }, { file, span }),
      ],
    };
  }
}

function firstAliasSpan(doc: Document, spanOf: SpanOf): Span | undefined {
  let span: Span | undefined;
  visit(doc, {
    Alias(_, node) {
      if (node.range) span = spanOf(node.range[0], node.range[1]);
      return visit.BREAK;
    },
  });
  return span;
}

function fromYamlError(error: YAMLError, text: string, file: string, spanOf: SpanOf): Diagnostic {
  const span = spanOf(error.pos[0], error.pos[1]);
  switch (error.code) {
    case 'DUPLICATE_KEY':
      return diagnostic('yaml-duplicate-key', { key: keyAt(text, error.pos[0]) }, { file, span });
    case 'TAB_AS_INDENT':
      return diagnostic('yaml-tab', {}, { file, span });
    case 'MULTIPLE_DOCS':
      return diagnostic('yaml-multiple-documents', {}, { file, span });
    default:
      return diagnostic(
        'yaml-syntax',
        { problem: PROBLEMS[error.code] ?? 'other', detail: error.message.split('\n')[0] ?? '' },
        { file, span },
      );
  }
}

/** The key text at an offset, for "key X appears twice": up to the colon on that line. */
function keyAt(text: string, offset: number): string {
  const lineEnd = text.indexOf('\n', offset);
  const line = text.slice(offset, lineEnd === -1 ? undefined : lineEnd);
  return (line.split(':')[0] ?? line).trim().replace(/^["']|["']$/gu, '');
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
