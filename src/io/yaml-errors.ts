/**
 * What the YAML parser rejects, as located diagnostics: syntax errors pointed where the user can
 * fix them, and the documents it parses but cannot turn into data (recursive aliases, alias bombs,
 * merge keys on non-mappings). Never an exception for a user's text.
 */
import { isScalar, visit, type Alias, type Document, type YAMLError } from 'yaml';
import type { Diagnostic, Span } from '../core/diagnostics/index.js';
import { diagnostic } from '../core/diagnostics/index.js';
import type { YamlProblem } from '../core/diagnostics/codes/yaml.js';

/**
 * How many alias expansions a document may make. Large enough for ordinary anchors (a list of
 * bases shared by hundreds of items), small enough that an "alias bomb" stops in milliseconds.
 */
export const MAX_ALIAS_COUNT = 10_000;

export type SpanOf = (start: number, end: number) => Span;

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

export function toData(
  doc: Document,
  text: string,
  file: string,
  spanOf: SpanOf,
): { ok: true; value: unknown } | { ok: false; diagnostics: Diagnostic[] } {
  // An alias inside the node it names would make the data circular: every later step (schema
  // errors, hashing, JSON output) would loop or throw on it.
  const recursive = text.includes('*') ? recursiveAlias(doc) : undefined;
  if (recursive) {
    const span = recursive.range ? spanOf(recursive.range[0], recursive.range[1]) : undefined;
    const detail = `*${recursive.source} refers to a node that contains it`;
    return {
      ok: false,
      diagnostics: [diagnostic('yaml-syntax', { problem: 'recursive', detail }, { file, span })],
    };
  }
  try {
    return { ok: true, value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch (error) {
    if (error instanceof ReferenceError && error.message.includes('resource exhaustion')) {
      const span = firstAliasSpan(doc, spanOf);
      return {
        ok: false,
        diagnostics: [diagnostic('yaml-alias-limit', { limit: MAX_ALIAS_COUNT }, { file, span })],
      };
    }
    if (error instanceof ReferenceError) {
      // An alias whose anchor is missing or comes later.
      const span = firstAliasSpan(doc, spanOf);
      return {
        ok: false,
        diagnostics: [
          diagnostic('yaml-syntax', { problem: 'alias', detail: error.message }, { file, span }),
        ],
      };
    }
    // The parser refuses to build data it accepted as syntax: a merge key (<<) whose value is not
    // a mapping is the known case. Still the user's text, so a located finding, not a crash.
    const detail = error instanceof Error ? error.message : String(error);
    const span = mergeKeySpan(doc, spanOf);
    return {
      ok: false,
      diagnostics: [
        diagnostic(
          'yaml-syntax',
          { problem: span ? 'merge' : 'other', detail },
          { file, ...(span ? { span } : {}) },
        ),
      ],
    };
  }
}

/** The first alias that names one of its own ancestors (`a: &x [*x]`), if any. */
function recursiveAlias(doc: Document): Alias | undefined {
  let found: Alias | undefined;
  visit(doc, {
    Alias(_, node, path) {
      const target = node.resolve(doc);
      if (target !== undefined && path.some((ancestor) => ancestor === target)) {
        found = node;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/** The first merge key (`<<`) of the document. */
function mergeKeySpan(doc: Document, spanOf: SpanOf): Span | undefined {
  let span: Span | undefined;
  visit(doc, {
    Pair(_, pair) {
      const key = pair.key;
      if (isScalar(key) && key.source === '<<' && key.range) {
        span = spanOf(key.range[0], key.range[1]);
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return span;
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

export function fromYamlError(
  error: YAMLError,
  text: string,
  file: string,
  spanOf: SpanOf,
  doc: Document,
): Diagnostic {
  const opening = unclosedOpening(doc, error);
  const span = opening ? spanOf(opening, opening + 1) : spanOf(error.pos[0], error.pos[1]);
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

/**
 * Where an unclosed quote or flow collection opens. The parser notices the missing closing
 * character only where the text ends, often many lines later; the user needs the opening one.
 */
function unclosedOpening(doc: Document, error: YAMLError): number | undefined {
  const quote = error.code === 'MISSING_CHAR' && error.message.includes('quote');
  const flow = error.code === 'BAD_INDENT' && /^Flow (?:sequence|map)/u.test(error.message);
  if (!quote && !flow) return undefined;
  const at = error.pos[0];
  let opening: number | undefined;
  // The innermost node that opens before the error and runs up to it.
  const consider = (range: readonly number[] | null | undefined) => {
    const [start, end] = range ?? [];
    if (start === undefined || end === undefined || start >= at || end < at - 1) return;
    if (opening === undefined || start > opening) opening = start;
  };
  visit(doc, {
    Scalar(_, node) {
      if (quote && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE'))
        consider(node.range);
    },
    Seq(_, node) {
      if (flow && node.flow === true) consider(node.range);
    },
    Map(_, node) {
      if (flow && node.flow === true) consider(node.range);
    },
  });
  return opening;
}

/** The key text at an offset, for "key X appears twice": up to the colon on that line. */
function keyAt(text: string, offset: number): string {
  const lineEnd = text.indexOf('\n', offset);
  const line = text.slice(offset, lineEnd === -1 ? undefined : lineEnd);
  return (line.split(':')[0] ?? line).trim().replace(/^["']|["']$/gu, '');
}
