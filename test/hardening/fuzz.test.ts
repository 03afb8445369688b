/**
 * Issue 13's fuzz test: validate and compile on mutated catalogs (fast-check, fixed seed, bounded
 * runs so that CI pays a few seconds). Properties: no stack trace, exit ≤ 2, every diagnostic names
 * its file and every syntax or schema finding its line, and a catalog validate finds clean does not
 * make compile fail (exit 2 or a crash). Merge and coverage findings that only compile checks (an
 * override that matches nothing, a missing national item) may still give exit 1 by design.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';
import { tempFolder } from '../helpers/git.js';
import { expectNoStack, initCounty } from './repo.js';

const work = tempFolder('gkml-hard-fuzz-');
const pristine = join(work.path, 'pristine');
afterAll(() => {
  work.remove();
});
beforeAll(async () => {
  // gkml init's county: validates clean, compiles with warnings only.
  await initCounty(pristine);
});

/** Text fragments that break YAML, the schema or the rules in the ways people do. */
const TOKENS = [
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
  '&a ',
  '*a',
  '<<: ',
  '\t',
  '\u3000',
  '\u202e',
  'null',
  '~',
  '999999999999',
  '县级',
  '!!binary ',
  '? ',
  '|',
  ': x',
  '\n  - id: x',
  '\n---\n',
  '\ufeff',
];

const mutation = fc.oneof(
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    token: fc.constantFrom(...TOKENS),
  }),
  fc.record({
    kind: fc.constant('delete' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 12 }),
  }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(text: string, edits: readonly Mutation[]): string {
  let out = text;
  for (const edit of edits) {
    const at = edit.at % (out.length + 1);
    if (edit.kind === 'insert') out = out.slice(0, at) + edit.token + out.slice(at);
    else if (edit.kind === 'delete') out = out.slice(0, at) + out.slice(at + edit.length);
    else {
      const lines = out.split('\n');
      const line = edit.at % lines.length;
      lines.splice(line, 0, lines[line] ?? '');
      out = lines.join('\n');
    }
  }
  return out;
}

interface JsonDiagnostic {
  code: string;
  file: string | null;
  line: number | null;
}

describe('fuzz: validate and compile on mutated catalogs', () => {
  it('never crash, and locate what they find', async () => {
    let run = 0;
    let cleanRuns = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('employment.yaml', 'region.yaml', 'health.yaml'),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        async (file, edits) => {
          const repo = join(work.path, `r${run++}`);
          cpSync(pristine, repo, { recursive: true });
          writeFileSync(join(repo, file), mutate(readFileSync(join(repo, file), 'utf8'), edits));

          const validate = await runInProcess(['validate', repo, '-f', 'json'], { cwd: work.path });
          expectNoStack(validate);
          expect(validate.exitCode).toBeLessThanOrEqual(2);
          if (validate.exitCode === 2) return;
          const report = JSON.parse(validate.stdout) as { diagnostics: JsonDiagnostic[] };
          for (const d of report.diagnostics) {
            expect(d.file, d.code).not.toBeNull();
            // yaml-errors-more counts the parse errors past the first few: file-level by design.
            const located = /^(?:yaml|schema)-/u.test(d.code) && d.code !== 'yaml-errors-more';
            if (located) expect(d.line, d.code).not.toBeNull();
          }

          const compile = await runInProcess(['compile', repo, '--out', `${repo}-out`], {
            cwd: work.path,
          });
          expectNoStack(compile);
          expect(compile.exitCode).toBeLessThanOrEqual(2);
          if (validate.exitCode === 0) {
            cleanRuns++;
            expect(compile.exitCode, compile.stderr).toBeLessThanOrEqual(1);
          }
        },
      ),
      { seed: 20191231, numRuns: 10, endOnFailure: true },
    );
    // The harness can fail: a run with nothing clean would test the last property on nothing.
    expect(run).toBe(10);
    expect(cleanRuns).toBeGreaterThan(0);
  });
});
