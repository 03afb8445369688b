/**
 * The line index (src/io/line-index.ts) answers "on which line does the node at this path start"
 * without a parser, for files the fast path accepts. Every answer it gives must equal the precise
 * parser's; it may give none. Checked on every path of every example, bundled baseline and fixture
 * the fast path accepts, of a generated province, and of thousands of mutated catalogs.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { JsonPath } from '../../src/core/diagnostics/index.js';
import { decodeBytes } from '../../src/io/decode.js';
import { lineIndex, type LineIndex } from '../../src/io/line-index.js';
import { quickParse } from '../../src/io/quick-yaml.js';
import { parseYamlSource } from '../../src/io/yaml-source.js';
import { REPO_ROOT } from '../helpers/cli.js';
import { testProvince } from '../helpers/province.js';
import fc from 'fast-check';
import { FUZZ_SEED, mutatedText } from '../helpers/mutate.js';

/**
 * Every path of the data, containers included, but not empty values: the precise parser has no
 * position for a null inside a flow collection, and the loader asks the index only for values.
 */
function pathsOf(value: unknown, path: JsonPath = [], out: JsonPath[] = []): JsonPath[] {
  if (value === null) return out;
  if (path.length > 0) out.push(path);
  if (Array.isArray(value)) value.forEach((entry, i) => pathsOf(entry, [...path, i], out));
  else if (typeof value === 'object') {
    for (const [key, entry] of Object.entries(value)) pathsOf(entry, [...path, key], out);
  }
  return out;
}

interface Comparison {
  answered: number;
  paths: number;
  wrong: string[];
}

/** Compares the index with the precise parser on every path of `text` (fast-path text only). */
function compare(text: string, index: (text: string) => LineIndex = lineIndex): Comparison {
  const result: Comparison = { answered: 0, paths: 0, wrong: [] };
  const quick = quickParse(text);
  if (!quick) return result;
  const precise = parseYamlSource(text, 'x.yaml');
  if (!precise.ok) throw new Error('the fast path took what the precise parser rejects');
  const lines = index(text);
  for (const path of pathsOf(quick.data)) {
    result.paths++;
    const line = lines.lineOf(path);
    if (line === undefined) continue;
    result.answered++;
    const expected = precise.document.locate(path)?.start.line;
    if (line !== expected) result.wrong.push(`${path.join('.')}: ${line} ≠ ${String(expected)}`);
  }
  return result;
}

function yamlFiles(folder: string): string[] {
  return readdirSync(folder)
    .sort()
    .flatMap((name) => {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) return yamlFiles(path);
      return /\.ya?ml$/u.test(name) ? [path] : [];
    });
}

const textOf = (path: string): string => {
  const decoded = decodeBytes(readFileSync(path));
  return decoded.ok ? decoded.text : '';
};

const work = mkdtempSync(join(tmpdir(), 'gkml-line-index-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('the line index', () => {
  const files = [
    ...yamlFiles(join(REPO_ROOT, 'examples')),
    ...yamlFiles(join(REPO_ROOT, 'catalogs/national')),
    ...yamlFiles(join(REPO_ROOT, 'test/fixtures')),
  ];

  it('agrees with the precise parser on every example, baseline and fixture', () => {
    let answered = 0;
    for (const file of files) {
      const found = compare(textOf(file));
      expect(found.wrong, file).toEqual([]);
      answered += found.answered;
    }
    expect(answered).toBeGreaterThan(10_000);
  });

  it('answers for nearly every path of a generated province, rightly', () => {
    testProvince(join(work, 'province'), { cities: 1, domains: 26 });
    let answered = 0;
    let paths = 0;
    for (const file of yamlFiles(join(work, 'province'))) {
      const found = compare(textOf(file));
      expect(found.wrong, file).toEqual([]);
      answered += found.answered;
      paths += found.paths;
    }
    expect(answered / paths).toBeGreaterThan(0.99);
  });

  it('never gives a wrong line for a mutated catalog', () => {
    const inserts = [':', ' ', '  ', '- ', '\n', '"', "'", '#', ' #', '|', '>', '\n  ', ': x'];
    const catalogs = yamlFiles(join(REPO_ROOT, 'catalogs/national')).map(textOf);
    let compared = 0;
    fc.assert(
      fc.property(mutatedText(catalogs, inserts), (text) => {
        const found = compare(text);
        if (found.wrong.length > 0) throw new Error(`${found.wrong[0]}:\n${JSON.stringify(text)}`);
        if (found.answered > 0) compared++;
      }),
      { seed: FUZZ_SEED, numRuns: 800 },
    );
    expect(compared).toBeGreaterThan(200);
  });

  it('leaves a list entry that starts with a comment ("- # …") to the precise parser', () => {
    const text = 'items:\n  - # id: x\n    l1: 征地管理政策\n';
    expect(lineIndex(text).lineOf(['items', 0])).toBeUndefined();
    expect(compare(text).wrong).toEqual([]);
  });

  it('the comparison catches an index that is one line off (it can fail)', () => {
    const offByOne = (text: string): LineIndex => {
      const index = lineIndex(text);
      return { lineOf: (path) => (index.lineOf(path) ?? 0) + 1 };
    };
    const text = textOf(
      join(
        REPO_ROOT,
        'catalogs/national',
        readdirSync(join(REPO_ROOT, 'catalogs/national')).sort()[0] ?? '',
      ),
    );
    expect(compare(text, offByOne).wrong.length).toBeGreaterThan(0);
  });
});
