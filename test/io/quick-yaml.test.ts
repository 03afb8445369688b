/**
 * The fast path (src/io/quick-yaml.ts) must never accept what the precise parser rejects, and must
 * give the same data when it accepts. Checked on every hostile fixture, every bundled catalog and
 * thousands of mutated catalogs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import { decodeBytes } from '../../src/io/decode.js';
import { quickParse } from '../../src/io/quick-yaml.js';
import { MAX_ALIAS_COUNT } from '../../src/io/yaml-source.js';
import { REPO_ROOT } from '../helpers/cli.js';
import fc from 'fast-check';
import { FUZZ_SEED, mutatedText } from '../helpers/mutate.js';

type Quick = (text: string) => { data: unknown } | undefined;

/** What is wrong when `quick` accepts `text`: undefined when nothing is. */
function discrepancy(text: string, quick: Quick): string | undefined {
  const fast = quick(text);
  if (!fast) return undefined;
  const doc = parseDocument(text, {
    lineCounter: new LineCounter(),
    merge: true,
    prettyErrors: false,
  });
  const problems = [...doc.errors, ...doc.warnings];
  if (problems.length > 0)
    return `precise parser rejects: ${problems.map((e) => e.code).join(', ')}`;
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    return `precise parser throws: ${String(error)}`;
  }
  return isDeepStrictEqual(data, fast.data) ? undefined : 'data differ';
}

const textOf = (path: string): string => {
  const decoded = decodeBytes(readFileSync(path));
  return decoded.ok ? decoded.text : '';
};

const hostile = join(REPO_ROOT, 'test/fixtures/hostile');
const national = join(REPO_ROOT, 'catalogs/national');
// Sorted: readdirSync's order depends on the file system, and the mutants on the order.
const catalogs = readdirSync(national)
  .sort()
  .map((file) => textOf(join(national, file)));

describe('the fast YAML path', () => {
  it('agrees with the precise parser on every hostile fixture', () => {
    for (const file of readdirSync(hostile)) {
      expect(discrepancy(textOf(join(hostile, file)), quickParse), file).toBeUndefined();
    }
  });

  it('reads every bundled catalog, with the same data', () => {
    for (const text of catalogs) {
      expect(quickParse(text)).toBeDefined();
      expect(discrepancy(text, quickParse)).toBeUndefined();
    }
  });

  it('leaves anchors, aliases and tags to the precise parser', () => {
    expect(quickParse('a: &x [1]\nb: *x\n')).toBeUndefined();
    expect(quickParse('a: !custom x\n')).toBeUndefined();
  });

  it('never accepts a mutated catalog the precise parser rejects', () => {
    const inserts = [
      ':',
      ' ',
      '  ',
      '- ',
      '\n',
      '"',
      "'",
      '[',
      ']',
      '{',
      '}',
      ',',
      '#',
      '?',
      '|',
      '>',
      '\n  ',
      ': x',
      '0',
      'null',
      '~',
      '\u3000',
      '\r',
      '@',
      '`',
    ];
    let accepted = 0;
    fc.assert(
      fc.property(mutatedText(catalogs, inserts), (text) => {
        if (quickParse(text)) accepted++;
        const found = discrepancy(text, quickParse);
        if (found !== undefined) throw new Error(`${found}:\n${JSON.stringify(text)}`);
      }),
      { seed: FUZZ_SEED, numRuns: 4000 },
    );
    // The check means something only if many mutants took the fast path.
    expect(accepted).toBeGreaterThan(300);
  });

  it('the check catches an unguarded fast parser (it can fail)', () => {
    const unguarded: Quick = (text) => ({ data: load(text, { schema: CORE_SCHEMA }) });
    const continuedFlow = 'channels:\n  - { name: 政府网站,\n required: true }\n';
    expect(discrepancy(continuedFlow, unguarded)).toMatch(/rejects/u);
    expect(discrepancy(continuedFlow, quickParse)).toBeUndefined();
  });
});
