import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fg from 'fast-glob';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { makeAjv, SCHEMA_NAMES, type Precompiled } from '../../src/core/schema/validator.js';
import { loadSchemas } from '../../src/io/package-files.js';
import { loadPrecompiled, precompiledSource } from '../../src/io/precompiled-schemas.js';

const schemas = loadSchemas();
// Inside the package, so that the module's require('ajv/…') resolves as it does in dist/.
const folder = resolve('test/.artifacts/precompiled');
const file = join(folder, 'precompiled.cjs');
let precompiled: Precompiled | undefined;

beforeAll(async () => {
  mkdirSync(folder, { recursive: true });
  writeFileSync(file, await precompiledSource(schemas));
  precompiled = loadPrecompiled(schemas, file);
});

/** Every YAML document the tests and examples hold, valid or not, as data. */
function samples(): { name: string; data: unknown }[] {
  const files = fg.sync(['test/fixtures/**/*.yaml', 'examples/**/*.yaml', 'catalogs/**/*.yaml']);
  return files.flatMap((path) => {
    try {
      return [
        { name: path, data: parse(readFileSync(path, 'utf8'), { logLevel: 'silent' }) as unknown },
      ];
    } catch {
      return [];
    }
  });
}

describe('precompiled schema validators', () => {
  it('are loaded when they were built from these schemas', () => {
    expect(precompiled).toBeDefined();
  });

  it('judge every sample as ajv compiling the schemas at run time does', () => {
    const ajv = makeAjv(false);
    const found = samples();
    expect(found.length).toBeGreaterThan(200);
    let invalid = 0;
    for (const name of SCHEMA_NAMES) {
      const runtime = ajv.compile(schemas[name]);
      for (const sample of found) {
        const expected = runtime(sample.data);
        if (!expected) invalid++;
        expect([sample.name, name, precompiled?.[name](sample.data)]).toEqual([
          sample.name,
          name,
          expected,
        ]);
      }
    }
    // Both verdicts occur, or the comparison proves nothing.
    expect(invalid).toBeGreaterThan(100);
  });

  it('are ignored once the schemas change', () => {
    const edited = { ...schemas, region: { ...schemas.region, title: '改过的模式' } };
    expect(loadPrecompiled(edited, file)).toBeUndefined();
    expect(loadPrecompiled(schemas, join(folder, 'missing.cjs'))).toBeUndefined();
  });
});
