/** Files that ship with gkml (schemas, national baselines, templates), found from this module. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SchemaName, SchemaSet } from '../core/schema/validator.js';
import { isRecord } from '../core/util/json.js';

/** The package root: this file is src/io/*.ts in tests and dist/io/*.js when built. */
const ROOT_URL = new URL('../../', import.meta.url);

export function packagePath(...segments: string[]): string {
  return fileURLToPath(new URL(segments.join('/'), ROOT_URL));
}

export function schemaPath(name: SchemaName): string {
  return packagePath('schemas', `${name}.schema.json`);
}

export function readSchemaText(name: SchemaName): string {
  return readFileSync(schemaPath(name), 'utf8');
}

/** Display paths of bundled files start with this, so that output does not depend on the install. */
export const BUNDLED_PREFIX = 'gkml:';

let cached: SchemaSet | undefined;

/** The bundled JSON Schemas, read once. */
export function loadSchemas(): SchemaSet {
  if (cached) return cached;
  const read = (name: SchemaName) => {
    const parsed: unknown = JSON.parse(readSchemaText(name));
    if (!isRecord(parsed)) throw new Error(`schemas/${name}.schema.json is not an object`);
    return parsed;
  };
  cached = {
    catalog: read('catalog'),
    region: read('region'),
    project: read('project'),
    documents: read('documents'),
  };
  return cached;
}
