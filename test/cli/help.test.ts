/**
 * `--help` of gkml and of every command (subcommands included), in Chinese and in English, as golden
 * files: the help text lives in the commands' messages.ts tables, and moving it must not change a
 * byte. The list of commands is read from the program itself, so a new command gets a golden too.
 */
import { join } from 'node:path';
import type { Command } from 'commander';
import { describe, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import type { CliIo } from '../../src/cli/io.js';
import { expectGolden } from '../helpers/golden.js';
import { REPO_ROOT, TEST_TODAY, formatTranscript, runInProcess } from '../helpers/cli.js';

const silent: CliIo = {
  cwd: REPO_ROOT,
  env: {},
  stdout: { write: () => undefined },
  stderr: { write: () => undefined },
  lang: 'zh',
  colour: false,
  today: TEST_TODAY,
};

function commandPaths(command: Command, above: readonly string[] = []): string[][] {
  return command.commands.flatMap((sub) => {
    const path = [...above, sub.name()];
    return [path, ...commandPaths(sub, path)];
  });
}

const paths = [[], ...commandPaths(buildProgram(silent, () => undefined))];

describe('help of every command', () => {
  for (const lang of ['zh', 'en'] as const) {
    it.each(paths.map((path) => [path.join(' ') || 'gkml', path] as const))(
      `%s --help (${lang})`,
      async (name, path) => {
        const args = [...path, '--help', ...(lang === 'en' ? ['--lang', 'en'] : [])];
        const t = await runInProcess(args, { cwd: REPO_ROOT, lang });
        const file = `${name.replaceAll(' ', '-')}.${lang}.txt`;
        await expectGolden(formatTranscript(t), join(REPO_ROOT, 'test/golden/help', file));
      },
    );
  }
});
