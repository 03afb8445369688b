import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import type { JsonPath } from '../../../src/core/diagnostics/index.js';
import type { Layer } from '../../../src/core/model/effective.js';
import { originOf, type LayerFile } from '../../../src/core/merge/origin.js';

const layer: Layer = { kind: 'national' };

/** A layer file whose lines are counted as they are looked up: line = 10 × the path's length. */
function counted(): { at: LayerFile; lookups: JsonPath[] } {
  const lookups: JsonPath[] = [];
  const source = {
    file: 'catalogs/national/x.yaml',
    locate: () => undefined,
    locateKey: () => undefined,
    lineOf: (path: JsonPath) => {
      lookups.push(path);
      return path.length * 10;
    },
  };
  return { at: { layer, source }, lookups };
}

describe('origins', () => {
  it('look their line up when it is first read, once', () => {
    const { at, lookups } = counted();
    const origin = originOf(at, ['items', 0, 'subject']);
    expect(lookups).toEqual([]);
    expect(origin.line).toBe(30);
    expect(origin.line).toBe(30);
    expect(lookups).toEqual([['items', 0, 'subject']]);
  });

  it('read as plain data: JSON, clones, spreads, keys and deep equality see the line', () => {
    const { at } = counted();
    const plain = { layer, file: 'catalogs/national/x.yaml', line: 20 };
    const origin = () => originOf(at, ['items', 1]);
    expect(JSON.stringify(origin())).toBe(JSON.stringify(plain));
    expect(structuredClone(origin())).toEqual(plain);
    expect(deserialize(serialize(origin()))).toEqual(plain);
    expect({ ...origin() }).toEqual(plain);
    expect(Object.keys(origin())).toEqual(['layer', 'file', 'line']);
    expect(origin()).toEqual(plain);
    expect(origin()).not.toEqual({ ...plain, line: 21 });
  });

  it('fall back to the precise position, then to line 1', () => {
    const span = { start: { line: 7, column: 3 }, end: { line: 7, column: 9 } };
    const source = { file: 'a.yaml', locate: () => span, locateKey: () => undefined };
    expect(originOf({ layer, source }, ['items']).line).toBe(7);
    const nowhere = { ...source, locate: () => undefined };
    expect(originOf({ layer, source: nowhere }, ['items']).line).toBe(1);
  });
});
