/** Human names of schema nodes: the Chinese `title` and the English `x-en` annotation. */
import { isRecord, stringField, type JsonRecord } from '../util/json.js';
import type { Label } from '../../i18n/lang.js';

/** Follows a local `$ref` ("#/definitions/x") inside `root`. */
export function resolveRef(root: JsonRecord, schema: unknown): unknown {
  const ref = stringField(schema, '$ref');
  if (ref?.startsWith('#/') !== true) return schema;
  let node: unknown = root;
  for (const segment of ref.slice(2).split('/')) node = isRecord(node) ? node[segment] : undefined;
  return node;
}

export function labelOf(schema: unknown, fallback: string): Label {
  return {
    zh: stringField(schema, 'title') ?? fallback,
    en: stringField(schema, 'x-en') ?? fallback,
  };
}

/** The schema of property `key` of an object schema, with references followed. */
export function propertySchema(root: JsonRecord, objectSchema: unknown, key: string): unknown {
  const properties = isRecord(objectSchema) ? objectSchema.properties : undefined;
  return resolveRef(root, isRecord(properties) ? properties[key] : undefined);
}

export function propertyNames(objectSchema: unknown): string[] {
  const properties = isRecord(objectSchema) ? objectSchema.properties : undefined;
  return isRecord(properties) ? Object.keys(properties) : [];
}
