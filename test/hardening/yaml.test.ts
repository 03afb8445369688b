/**
 * Issue 13, cases 3 and 5: YAML the parser accepts as syntax but cannot turn into data (recursive
 * aliases, a merge key on a scalar) is a located yaml-syntax error, never a crash; an unclosed quote
 * or bracket is located where it opens, not where the file ends.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseBytes } from '../../src/io/load-yaml.js';
import { runInProcess } from '../helpers/cli.js';
import { tempFolder } from '../helpers/git.js';
import { catalogOf, expectNoStack, initCounty } from './repo.js';

const work = tempFolder('gkml-hard-yaml-');
afterAll(() => {
  work.remove();
});

const parse = (text: string) => parseBytes(new TextEncoder().encode(text), 'x.yaml');

describe('YAML that cannot become data (case 3)', () => {
  const cases = {
    'a recursive alias in a sequence': ['domain: employment\nitems: &a [ *a ]\n', 2, 13],
    'a recursive alias in a mapping': ['- &a {id: x, subject: *a}\n', 1, 23],
    'a merge key on a scalar': ['<<: 1\n', 1, 1],
    'a nested merge key on a scalar': ['domain: employment\nitems:\n  - <<: 1\n    id: x\n', 3, 5],
  } as const;
  for (const [name, [text, line, column]] of Object.entries(cases)) {
    it(`${name} is a located yaml-syntax error`, () => {
      const result = parse(text);
      expect(result.ok).toBe(false);
      expect(result.diagnostics.map((d) => [d.code, d.span?.start])).toEqual([
        ['yaml-syntax', { line, column }],
      ]);
    });
  }

  it('validate and compile report it with exit 1 and no stack trace', async () => {
    const repo = join(work.path, 'repo');
    await initCounty(repo);
    writeFileSync(catalogOf(repo), 'domain: employment\nitems: &a [ *a ]\n');
    for (const args of [
      ['validate', repo],
      ['compile', repo, '--out', join(work.path, 'out')],
    ]) {
      const t = await runInProcess(args, { cwd: work.path, lang: 'en' });
      expectNoStack(t);
      expect(t.stdout + t.stderr).toMatch(/employment\.yaml\n\s+2:13\s+error .+ yaml-syntax/u);
      expect(t.exitCode).toBe(1);
    }
  });
});

describe('an unclosed quote or bracket (case 5)', () => {
  it.each([
    [
      'a double quote',
      'domain: employment\nitems:\n  - id: "abc\n    subject: x\n    l1: y\n',
      3,
      9,
    ],
    ['a single quote', "domain: x\nitems:\n  - id: 'abc\n\n\n    subject: x\n", 3, 9],
    ['a flow sequence', 'domain: x\nlevels: [a, b\n', 2, 9],
  ])('%s is located where it opens', (_, text, line, column) => {
    const result = parse(text);
    expect(result.ok).toBe(false);
    expect(result.diagnostics[0]?.span?.start).toEqual({ line, column });
  });
});
