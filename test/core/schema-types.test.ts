/** The generated types must be what the schemas give today (`npm run schema-types` regenerates). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  NAMES,
  OUTPUT,
  SAME_AS,
  generateSchemaTypes,
  readSchemaTexts,
} from '../../scripts/schema-types.js';
import type {
  CatalogAudience,
  CatalogBasisRank,
  CatalogMethod,
  CatalogStage,
} from '../../src/core/model/schema-types.js';
import type { Audience, BasisRank, Method, Stage } from '../../src/core/vocabulary/table-values.js';
import { isRecord } from '../../src/core/util/json.js';
import { REPO_ROOT } from '../helpers/cli.js';

const committed = readFileSync(join(REPO_ROOT, OUTPUT), 'utf8');
const schemas = readSchemaTexts();

/** The sub-schema at a JSON pointer (no escapes: the pointers here are plain names). */
function at(schema: unknown, pointer: string): unknown {
  let node = schema;
  for (const key of pointer.split('/').slice(1)) {
    if (Array.isArray(node)) node = node[Number(key)] as unknown;
    else node = isRecord(node) ? node[key] : undefined;
  }
  return node;
}

describe(OUTPUT, () => {
  it('is what the schemas generate (run `npm run schema-types` after changing a schema)', async () => {
    expect(await generateSchemaTypes(schemas)).toBe(committed);
  });

  it('differs once a schema changes (the check can fail)', async () => {
    const catalog: unknown = JSON.parse(schemas.catalog ?? '');
    const item = at(catalog, '/definitions/item/properties');
    if (!isRecord(item)) throw new Error('no item properties in the catalog schema');
    item.newField = { type: 'string', title: '新字段', 'x-en': 'new field', description: '测试' };
    const changed = await generateSchemaTypes({ ...schemas, catalog: JSON.stringify(catalog) });
    expect(changed).not.toBe(committed);
    expect(changed).toContain('newField?: string;');
  });

  it('names every node it means to (a renamed schema path would silently inline it)', () => {
    for (const [name, pointers] of Object.entries(NAMES)) {
      const schema: unknown = JSON.parse(schemas[name] ?? '');
      for (const pointer of Object.keys(pointers))
        expect(at(schema, pointer), pointer).toBeTruthy();
    }
  });

  it('writes a repeated enum as the named type only where the lists are equal', () => {
    const catalog: unknown = JSON.parse(schemas.catalog ?? '');
    for (const [name, pairs] of Object.entries(SAME_AS)) {
      const schema: unknown = JSON.parse(schemas[name] ?? '');
      for (const [pointer, named] of Object.entries(pairs)) {
        const repeated = at(schema, pointer);
        const original = at(catalog, named);
        expect(isRecord(repeated) && repeated.enum, pointer).toEqual(
          isRecord(original) && original.enum,
        );
      }
    }
  });

  it('agrees with the vocabulary the code uses (checked by tsc)', () => {
    expectTypeOf<CatalogAudience>().toEqualTypeOf<Audience>();
    expectTypeOf<CatalogMethod>().toEqualTypeOf<Method>();
    expectTypeOf<CatalogStage>().toEqualTypeOf<Stage>();
    expectTypeOf<CatalogBasisRank>().toEqualTypeOf<BasisRank>();
  });
});
