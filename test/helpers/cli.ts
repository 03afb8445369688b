/** Runs gkml in-process (fast) or as the built binary (end to end), capturing a transcript. */
import { spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runProgram } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/gkml.js', import.meta.url));

/** A copy of examples/ as `folder/name`, to change and compile; returns its path. */
export function copyExamples(folder: string, name: string): string {
  const target = join(folder, name);
  cpSync(join(REPO_ROOT, 'examples'), target, { recursive: true });
  return target;
}

/** The date tests run "on", so that date-dependent rules give the same output every day. */
export const TEST_TODAY = '2026-06-30';

/**
 * Where diagnostics link in tests: a fixed address (.invalid never resolves), so that goldens do not
 * depend on the folder gkml is checked out in (the default is a file: URL of its docs/codes).
 */
export const TEST_DOCS_URL = 'https://gkml.invalid/docs/codes';

export interface Transcript {
  args: readonly string[];
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  lang?: 'zh' | 'en';
  colour?: boolean;
  env?: Record<string, string>;
  /** The date the run happens on (GKML_TODAY); TEST_TODAY by default. */
  today?: string;
  /** Replaces the captured stdout (to simulate a failing stream). */
  stdout?: { write: (text: string) => void };
}

export async function runInProcess(
  args: readonly string[],
  options: RunOptions,
): Promise<Transcript> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    cwd: options.cwd,
    env: { GKML_TODAY: TEST_TODAY, GKML_DOCS_URL: TEST_DOCS_URL, ...options.env },
    stdout: options.stdout ?? { write: (text) => void (stdout += text) },
    stderr: { write: (text) => void (stderr += text) },
    lang: options.lang ?? (args.includes('en') && args.includes('--lang') ? 'en' : 'zh'),
    colour: options.colour ?? false,
    today: options.today ?? TEST_TODAY,
  };
  const exitCode = await runProgram(['node', 'gkml', ...args], io);
  return { args, exitCode, stdout, stderr };
}

export function runBinary(args: readonly string[], options: RunOptions): Transcript {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH ?? '',
      GKML_TODAY: TEST_TODAY,
      GKML_DOCS_URL: TEST_DOCS_URL,
      NO_COLOR: '1',
      ...options.env,
    },
  });
  return { args, exitCode: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** One text holding command, exit code, stdout and stderr: what a golden file stores. */
export function formatTranscript(t: Transcript): string {
  return [
    `$ gkml ${t.args.join(' ')}`,
    `--- exit ${t.exitCode}`,
    '--- stdout',
    t.stdout.trimEnd(),
    '--- stderr',
    t.stderr.trimEnd(),
    '',
  ].join('\n');
}
