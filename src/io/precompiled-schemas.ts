/**
 * The fast validators compiled at build time (scripts/precompile-schemas.js), used only while they
 * match the schemas on disk: after a schema is edited and before the next build, ajv compiles them
 * at run time as before.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { hashOf } from '../core/util/hash.js';
import { isRecord } from '../core/util/json.js';
import {
  makeAjv,
  SCHEMA_NAMES,
  type Precompiled,
  type SchemaSet,
} from '../core/schema/validator.js';
import { packagePath } from './package-files.js';

/** Where the build writes them, from the package root. */
export const PRECOMPILED_FILE = 'dist/core/schema/precompiled.cjs';

/** Identifies the schemas the validators were compiled from. */
export function schemasKey(schemas: SchemaSet): string {
  return hashOf(JSON.stringify(schemas));
}

export function loadPrecompiled(
  schemas: SchemaSet,
  file = packagePath(PRECOMPILED_FILE),
): Precompiled | undefined {
  if (!existsSync(file)) return undefined;
  const loaded: unknown = createRequire(import.meta.url)(file);
  if (!isRecord(loaded) || loaded.key !== schemasKey(schemas)) return undefined;
  const { catalog, region, project, documents } = loaded;
  if (!isValidator(catalog) || !isValidator(region) || !isValidator(project)) return undefined;
  if (!isValidator(documents)) return undefined;
  return { catalog, region, project, documents };
}

/** ajv's standalone functions take the data and answer true or false. */
function isValidator(value: unknown): value is (data: unknown) => boolean {
  return typeof value === 'function';
}

/** The module the build writes: ajv's standalone code for the fast validators, and their key. */
export async function precompiledSource(schemas: SchemaSet): Promise<string> {
  // Loaded here only: the build needs it, runs do not.
  const standalone = (await import('ajv/dist/standalone/index.js')).default;
  const ajv = makeAjv(false, true);
  for (const name of SCHEMA_NAMES) ajv.addSchema(schemas[name]);
  const exported = Object.fromEntries(
    SCHEMA_NAMES.map((name) => [name, String(schemas[name].$id)]),
  );
  return `${standalone.default(ajv, exported)}\nexports.key = ${JSON.stringify(schemasKey(schemas))};\n`;
}
