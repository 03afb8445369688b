/**
 * The one ajv adapter: each schema compiled once, twice over. A fast validator (stops at the first
 * error, no verbose data) checks every file; only a file that fails is validated again with all
 * errors and verbose data to build diagnostics, so valid files pay for the cheap pass only. The
 * fast validators are compiled at build time when they can be (scripts/precompile-schemas.js):
 * compiling them at run time took 70 ms of every run.
 */
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { Diagnostic } from '../diagnostics/index.js';
import type { RawRegister } from '../documents/types.js';
import type { JsonRecord } from '../util/json.js';
import type { RawCatalog, RawProject, RawRegion } from '../model/raw.js';
import { toDiagnostics, type SourceLocator } from './errors.js';

export const SCHEMA_NAMES = ['catalog', 'region', 'project', 'documents'] as const;
export type SchemaName = (typeof SCHEMA_NAMES)[number];

/** The schema documents, keyed by name (read from schemas/ by src/io). */
export type SchemaSet = Record<SchemaName, JsonRecord>;

// ajv-formats is CommonJS; under NodeNext its callable sits on `.default`.
const addFormats = addFormatsModule.default;

/** The ajv both passes use; `source` keeps the generated code, for precompiling at build time. */
export function makeAjv(thorough: boolean, source = false): Ajv {
  const ajv = new Ajv({
    allErrors: thorough,
    verbose: thorough,
    strict: true,
    ...(source ? { code: { source: true } } : {}),
  });
  // Our English field names: an annotation for messages, ignored by validation.
  ajv.addKeyword({ keyword: 'x-en', schemaType: 'string' });
  addFormats(ajv, ['date', 'email']);
  return ajv;
}

/** What each schema describes; test/core/schema-drift.test.ts keeps the two in step. */
export interface SchemaTypes {
  catalog: RawCatalog;
  region: RawRegion;
  project: RawProject;
  documents: RawRegister;
}

interface Compiled<T> {
  root: JsonRecord;
  fast: (data: unknown) => data is T;
  /** Compiled on first use: most runs meet no invalid file and never need it. */
  thorough: () => ValidateFunction;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; diagnostics: Diagnostic[] };

/** Fast validators compiled at build time from the same schemas (see makeAjv). */
export type Precompiled = Record<SchemaName, (data: unknown) => boolean>;

export class SchemaValidator {
  private readonly compiled: { [N in SchemaName]: Compiled<SchemaTypes[N]> };

  constructor(schemas: SchemaSet, precompiled?: Precompiled) {
    let fast: Ajv | undefined;
    let thorough: Ajv | undefined;
    const compile = <N extends SchemaName>(name: N): Compiled<SchemaTypes[N]> => {
      let validate: ValidateFunction | undefined;
      const built = precompiled?.[name];
      return {
        root: schemas[name],
        fast: built
          ? (data): data is SchemaTypes[N] => built(data)
          : (fast ??= makeAjv(false)).compile<SchemaTypes[N]>(schemas[name]),
        thorough: () => {
          thorough ??= makeAjv(true);
          validate ??= thorough.compile(schemas[name]);
          return validate;
        },
      };
    };
    this.compiled = {
      catalog: compile('catalog'),
      region: compile('region'),
      project: compile('project'),
      documents: compile('documents'),
    };
  }

  /** Checks `data` against a schema, giving it its type when valid. */
  check<N extends SchemaName>(
    name: N,
    data: unknown,
    source: SourceLocator,
  ): Checked<SchemaTypes[N]> {
    const compiled: Compiled<SchemaTypes[N]> = this.compiled[name];
    if (compiled.fast(data)) return { ok: true, value: data };
    const thorough = compiled.thorough();
    thorough(data);
    return { ok: false, diagnostics: toDiagnostics(thorough.errors ?? [], compiled.root, source) };
  }

  /**
   * Data that passed this schema's check before: the file cache (io/file-cache) says so only under
   * a key that covers these very schemas and the bytes the data was parsed from. Checking it again
   * was a third of loading an unchanged province from the cache.
   */
  passed<N extends SchemaName>(name: N, data: () => unknown): Checked<SchemaTypes[N]> {
    return new PassedBefore<SchemaTypes[N]>(data);
  }
}

/**
 * A check passed before, its value read when used: the file cache keeps a catalog's data on disk
 * until then (io/file-cache/kept-data.ts). A class, because V8 keeps an object literal with a
 * getter as a dictionary: larger, and slower on every read.
 */
class PassedBefore<T> {
  readonly ok = true;
  constructor(private readonly read: () => unknown) {}
  get value(): T {
    return this.read() as T;
  }
}
