/** The schemas are the source of truth; the TypeScript side must name the same fields. */
import { describe, expect, it } from 'vitest';
import { allDomainNames } from '../../src/core/vocabulary/domains.js';
import { isRecord } from '../../src/core/util/json.js';
import {
  BUNDLE_FIELD_LABELS,
  BUNDLE_STEP_FIELD_LABELS,
  ITEM_FIELD_LABELS,
} from '../../src/core/model/fields.js';
import { loadSchemas } from '../../src/io/package-files.js';

const schemas = loadSchemas();
const definitions = schemas.catalog.definitions;
const itemSchema = isRecord(definitions) ? definitions.item : undefined;
const itemProperties =
  isRecord(itemSchema) && isRecord(itemSchema.properties) ? itemSchema.properties : {};

describe('catalog schema and TypeScript model agree', () => {
  it('item fields and their labels', () => {
    expect(Object.keys(itemProperties)).toEqual(Object.keys(ITEM_FIELD_LABELS));
    for (const [field, label] of Object.entries(ITEM_FIELD_LABELS)) {
      const property = itemProperties[field];
      if (isRecord(property) && typeof property.$ref !== 'string') {
        expect({ zh: property.title, en: property['x-en'] }, field).toEqual(label);
      }
    }
  });

  it('domain names', () => {
    const properties = schemas.catalog.properties;
    const domain = isRecord(properties) ? properties.domain : undefined;
    expect(isRecord(domain) ? domain.enum : undefined).toEqual(allDomainNames());
  });
});

/** The properties of a sub-schema, with their titles. */
function propertiesOf(node: unknown): Record<string, unknown> {
  return isRecord(node) && isRecord(node.properties) ? node.properties : {};
}

function labelsOf(properties: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(properties).map(([key, p]) => [
      key,
      isRecord(p) ? { zh: p.title, en: p['x-en'] } : undefined,
    ]),
  );
}

describe('region schema and TypeScript model agree', () => {
  const bundles = propertiesOf(schemas.region).bundles;
  const bundle = isRecord(bundles) ? bundles.items : undefined;
  const steps = propertiesOf(bundle).items;
  const step = isRecord(steps) ? steps.items : undefined;

  it('bundle fields and their labels', () => {
    expect(labelsOf(propertiesOf(bundle))).toEqual(BUNDLE_FIELD_LABELS);
  });

  it('bundle step fields and their labels', () => {
    expect(labelsOf(propertiesOf(step))).toEqual(BUNDLE_STEP_FIELD_LABELS);
  });

  it('bundle steps name domains like catalogs do', () => {
    const domain = propertiesOf(step).domain;
    expect(isRecord(domain) ? domain.enum : undefined).toEqual(allDomainNames());
  });
});

/** Walks every sub-schema. */
function* walk(node: unknown): Generator<Record<string, unknown>> {
  if (Array.isArray(node)) for (const child of node) yield* walk(child);
  else if (isRecord(node)) {
    yield node;
    for (const child of Object.values(node)) yield* walk(child);
  }
}

describe('schema conventions the tools rely on', () => {
  for (const [name, schema] of Object.entries(schemas)) {
    it(`${name}: every value has a Chinese title and an English name, for messages and hovers`, () => {
      for (const node of walk(schema)) {
        if (node.type === undefined && node.anyOf === undefined) continue;
        const where = JSON.stringify(node).slice(0, 80);
        expect(typeof node.title, where).toBe('string');
        expect(typeof node['x-en'], where).toBe('string');
      }
    });

    it(`${name}: every property has a Chinese description (editor hover help)`, () => {
      for (const node of walk(schema)) {
        if (!isRecord(node.properties)) continue;
        for (const [key, property] of Object.entries(node.properties)) {
          if (isRecord(property) && typeof property.$ref === 'string') continue;
          expect(isRecord(property) && typeof property.description, key).toBe('string');
        }
      }
    });

    it(`${name}: anyOf branches differ by JSON type (the error grouping relies on it)`, () => {
      for (const node of walk(schema)) {
        if (!Array.isArray(node.anyOf)) continue;
        const types = node.anyOf.map((branch: unknown) => {
          const resolved = isRecord(branch) ? branch : {};
          return resolved.type;
        });
        expect(new Set(types).size, JSON.stringify(types)).toBe(types.length);
      }
    });
  }
});
