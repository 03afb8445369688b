/**
 * Ajv's errors turned into gkml diagnostics: grouped so that an `anyOf` reports once, located at
 * the offending YAML node (or key), named with the field's Chinese title.
 *
 * Grouping relies on one property of our schemas, checked by a test: the branches of every `anyOf`
 * differ by JSON type (a list or a change object; a string or an object). So the branch that
 * matches the value's type is the one whose errors matter, and when none matches, one type error
 * says what was expected.
 */
import type { ErrorObject } from 'ajv';
import type { Diagnostic, JsonPath, Span } from '../diagnostics/index.js';
import { diagnostic } from '../diagnostics/index.js';
import type { JsonType } from '../diagnostics/codes/schema.js';
import { isRecord, jsonType, type JsonRecord } from '../util/json.js';
import { closestMatches } from '../util/suggest.js';
import { labelOf, propertyNames, propertySchema } from './labels.js';

/** Maps a data path to its place in the source text. */
export interface SourceLocator {
  file: string;
  locate(path: JsonPath): Span | undefined;
  locateKey(path: JsonPath): Span | undefined;
  /**
   * The line where the node at `path` starts, when it can be told without a full parse (the merge
   * records a line for every value it takes); absent or undefined: ask `locate`.
   */
  lineOf?(path: JsonPath): number | undefined;
}

export function toDiagnostics(
  errors: readonly ErrorObject[],
  root: JsonRecord,
  source: SourceLocator,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const error of groupAnyOf(errors)) {
    const path = toPath(error.instancePath);
    const at = (span: Span | undefined, atPath: JsonPath) => ({
      file: source.file,
      span,
      path: atPath,
    });
    const made = fromError(error, root, path, source, at);
    if (made) out.push(made);
  }
  return out;
}

type At = (span: Span | undefined, path: JsonPath) => { file: string; span?: Span; path: JsonPath };

function fromError(
  error: ErrorObject,
  root: JsonRecord,
  path: JsonPath,
  source: SourceLocator,
  at: At,
): Diagnostic | undefined {
  const field = labelOf(error.parentSchema, String(path.at(-1) ?? ''));
  const here = at(source.locate(path), path);
  const value = typeof error.data === 'string' ? error.data : JSON.stringify(error.data);
  switch (error.keyword) {
    case 'type': {
      const args = { field, expected: toTypes(error.params.type), actual: jsonType(error.data) };
      return diagnostic(
        'schema-type',
        { ...args, ...asWritten(path, error.data, here.span) },
        here,
      );
    }
    case 'required': {
      const missing = String(error.params.missingProperty);
      const missingLabel = labelOf(propertySchema(root, error.parentSchema, missing), missing);
      return diagnostic('schema-required', { field, missing, missingLabel }, here);
    }
    case 'additionalProperties': {
      const key = String(error.params.additionalProperty);
      const keyPath = [...path, key];
      return diagnostic(
        'schema-unknown-key',
        { field, key, suggestions: suggestKeys(root, error.parentSchema, key) },
        at(source.locateKey(keyPath), keyPath),
      );
    }
    case 'enum': {
      const allowed = toStrings(error.params.allowedValues);
      return diagnostic(
        'schema-enum',
        { field, value, allowed, suggestions: closestMatches(value, allowed) },
        here,
      );
    }
    case 'pattern':
      return diagnostic(
        'schema-pattern',
        { field, value, description: descriptionOf(error.parentSchema) },
        here,
      );
    case 'format':
      return diagnostic(
        'schema-format',
        { field, value, format: String(error.params.format) },
        here,
      );
    case 'minLength':
    case 'minItems':
    case 'minProperties':
      return diagnostic('schema-empty', { field }, here);
    case 'uniqueItems': {
      const items: unknown = error.data;
      const repeated: unknown = Array.isArray(items) ? items[Number(error.params.j)] : undefined;
      return diagnostic('schema-duplicate-entry', { field, value: String(repeated) }, here);
    }
    case 'anyOf':
      return undefined;
    default:
      return diagnostic(
        'schema-invalid',
        { field, keyword: error.keyword, detail: error.message ?? '' },
        here,
      );
  }
}

function descriptionOf(schema: unknown): string {
  return isRecord(schema) && typeof schema.description === 'string' ? schema.description : '';
}

/**
 * Unknown keys get suggestions by spelling ("timelimit" → timeLimit) and by Chinese title, since
 * staff may write the column's name ("公开时限:") as the key.
 */
function suggestKeys(root: JsonRecord, objectSchema: unknown, key: string): string[] {
  const names = propertyNames(objectSchema);
  const byTitle = names.filter((name) => {
    const title = labelOf(propertySchema(root, objectSchema, name), name).zh;
    return title === key || title.includes(key) || key.includes(title);
  });
  const lower = key.toLowerCase();
  const byCase = names.filter((name) => name.toLowerCase() === lower);
  const found = [...new Set([...byCase, ...byTitle, ...closestMatches(key, names)])];
  return found.slice(0, 3);
}

/** Replaces each anyOf's errors by those of the branch that fits the value's type. */
function groupAnyOf(errors: readonly ErrorObject[]): ErrorObject[] {
  const dropped = new Set<ErrorObject>();
  const added: ErrorObject[] = [];
  for (const anyOf of errors.filter((e) => e.keyword === 'anyOf')) {
    const branchTypeErrors = errors.filter(
      (e) =>
        e.keyword === 'type' &&
        e.instancePath === anyOf.instancePath &&
        e.schemaPath.startsWith(`${anyOf.schemaPath}/`),
    );
    const branches = Array.isArray(anyOf.schema) ? anyOf.schema.length : 0;
    for (const e of branchTypeErrors) dropped.add(e);
    dropped.add(anyOf);
    if (branchTypeErrors.length === branches) {
      added.push({
        ...anyOf,
        keyword: 'type',
        params: { type: branchTypeErrors.flatMap((e) => toTypes(e.params.type)) },
      });
    }
  }
  return [...errors.filter((e) => !dropped.has(e)), ...added];
}

function toPath(instancePath: string): JsonPath {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((segment) => (/^\d+$/u.test(segment) ? Number(segment) : segment));
}

const JSON_TYPES: readonly JsonType[] = [
  'string',
  'number',
  'integer',
  'boolean',
  'array',
  'object',
  'null',
];

function toTypes(value: unknown): JsonType[] {
  const list: unknown[] = Array.isArray(value) ? value : [value];
  return JSON_TYPES.filter((type) => list.includes(type));
}

function toStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

/**
 * A bare number or true/false: its key and the value as the file wrote it, so that the hint can show
 * the line to write (`id: "12345"`). The value is given only when it prints as wide as the source
 * spans: YAML reads 0410 as 410 and 1.50 as 1.5, and the hint must not suggest those.
 */
function asWritten(
  path: JsonPath,
  data: unknown,
  span: Span | undefined,
): { key?: string; written?: string } {
  if (typeof data !== 'number' && typeof data !== 'boolean') return {};
  const key = path.at(-1);
  const printed = String(data);
  const width =
    span && span.start.line === span.end.line ? span.end.column - span.start.column : -1;
  return {
    ...(typeof key === 'string' ? { key } : {}),
    ...(width === printed.length ? { written: printed } : {}),
  };
}
