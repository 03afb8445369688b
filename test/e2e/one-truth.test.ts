/**
 * One truth for checks: a repository that `gkml validate` calls clean is accepted by merge, export
 * and compile too. Walks the commands over the examples and every merge fixture, as users run them
 * (the built binary), and asserts validate exit 0 ⇒ no other command exits 1 or 2.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, REPO_ROOT, TEST_TODAY } from '../helpers/cli.js';

interface Outcome {
  command: string;
  exitCode: number;
}

/** The commands that exit 1 or 2 after validate said 0: each one is a broken promise. */
export function brokenPromises(outcomes: readonly Outcome[]): string[] {
  const validate = outcomes.find((outcome) => outcome.command === 'validate');
  if (validate?.exitCode !== 0) return [];
  return outcomes
    .filter((outcome) => outcome.command !== 'validate' && outcome.exitCode !== 0)
    .map((outcome) => `${outcome.command} exited ${String(outcome.exitCode)}`);
}

const MERGE_FIXTURES = join(REPO_ROOT, 'test/fixtures/merge');
const REPOSITORIES = [
  join(REPO_ROOT, 'examples'),
  ...readdirSync(MERGE_FIXTURES)
    .sort()
    .map((name) => join(MERGE_FIXTURES, name)),
];
const scratch = mkdtempSync(join(tmpdir(), 'gkml-one-truth-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

function walk(repository: string, index: number): Outcome[] {
  const out = (command: string): string => join(scratch, `${String(index)}-${command}`);
  const commands: Record<string, string[]> = {
    validate: ['validate', '.'],
    merge: ['merge', '.'],
    export: ['export', '.', '-o', out('export')],
    compile: ['compile', '.', '-o', out('compile')],
  };
  return Object.entries(commands).map(([command, args]) => ({
    command,
    exitCode: exitOf(args, repository),
  }));
}

/** Only the exit code matters; merge's output of the examples is larger than a pipe buffer. */
function exitOf(args: readonly string[], cwd: string): number {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    stdio: 'ignore',
    env: { PATH: process.env.PATH ?? '', GKML_TODAY: TEST_TODAY, NO_COLOR: '1' },
  });
  return result.status ?? -1;
}

describe('one truth for checks', () => {
  it.each(REPOSITORIES.map((path, index) => [path.slice(REPO_ROOT.length), index] as const))(
    '%s: clean for validate means clean for merge, export and compile',
    (path, index) => {
      const outcomes = walk(join(REPO_ROOT, path), index);
      expect(brokenPromises(outcomes), JSON.stringify(outcomes)).toEqual([]);
      // The examples are clean, so the walk checks a real promise there.
      if (path === 'examples') expect(outcomes[0]).toEqual({ command: 'validate', exitCode: 0 });
    },
  );

  it('the check can fail: validate 0 with compile 1 is reported', () => {
    const outcomes = [
      { command: 'validate', exitCode: 0 },
      { command: 'merge', exitCode: 0 },
      { command: 'compile', exitCode: 1 },
    ];
    expect(brokenPromises(outcomes)).toEqual(['compile exited 1']);
    expect(brokenPromises([{ command: 'validate', exitCode: 1 }, ...outcomes.slice(1)])).toEqual(
      [],
    );
  });
});
