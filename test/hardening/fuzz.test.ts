/**
 * Issue 13's fuzz test: validate and compile on mutated catalogs (fast-check, fixed seed, bounded
 * runs so that CI pays a few seconds). Properties: no stack trace, exit ≤ 2, every diagnostic names
 * its file and every syntax or schema finding its line, and a catalog validate finds clean does not
 * make compile fail (exit 2 or a crash). Merge and coverage findings that only compile checks (an
 * override that matches nothing, a missing national item) may still give exit 1 by design. And a
 * file that cannot be read (a syntax or schema error in it) adds no finding to any other file.
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
/** The findings of the unmutated county. */
let pristineFindings: ReadonlySet<string> = new Set();
beforeAll(async () => {
  // gkml init's county: validates clean, compiles with warnings only.
  await initCounty(pristine);
  const t = await runInProcess(['validate', pristine, '-f', 'json'], { cwd: work.path });
  const report = JSON.parse(t.stdout) as { diagnostics: JsonDiagnostic[] };
  pristineFindings = new Set(report.diagnostics.map(findingKey));
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
  severity: string;
  file: string | null;
  line: number | null;
}

/** A finding as "code file:line", the file relative to its repository copy (`r<n>/…`). */
const findingKey = (d: JsonDiagnostic): string =>
  `${d.code} ${(d.file ?? '').replace(/^[^/]+\//u, '')}:${d.line ?? '-'}`;

/** The mutated file could not be read: a syntax, schema or reading error located in it. */
const unreadable = (d: JsonDiagnostic, file: string): boolean =>
  d.severity === 'error' &&
  /^(?:yaml|schema|file)-/u.test(d.code) &&
  d.file?.endsWith(`/${file}`) === true;

// More runs locally (not in CI): GKML_FUZZ_RUNS=300 GKML_FUZZ_SEED=7 npx vitest run test/hardening/fuzz.test.ts
const RUNS = Number(process.env.GKML_FUZZ_RUNS ?? 10);
const SEED = Number(process.env.GKML_FUZZ_SEED ?? 20191231);

describe('fuzz: validate and compile on mutated catalogs', () => {
  it(
    'never crash, and locate what they find',
    async () => {
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

            const validate = await runInProcess(['validate', repo, '-f', 'json'], {
              cwd: work.path,
            });
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
            // One unreadable file is reported once (case 15): nothing new in the other files, whose
            // findings about its absence would only be consequences of its own error.
            if (report.diagnostics.some((d) => unreadable(d, file))) {
              const elsewhere = report.diagnostics.filter(
                (d) =>
                  d.file?.endsWith(`/${file}`) !== true && !pristineFindings.has(findingKey(d)),
              );
              expect(elsewhere.map(findingKey)).toEqual([]);
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
        { seed: SEED, numRuns: RUNS, endOnFailure: true },
      );
      // The harness can fail: a run with nothing clean would test the last property on nothing.
      expect(run).toBe(RUNS);
      expect(cleanRuns).toBeGreaterThan(0);
      // A local hunt with many runs needs longer than vitest's default; CI's 10 runs do not.
    },
    Math.max(60_000, RUNS * 10_000),
  );
});
