import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Argument, Command, CommanderError, Option } from 'commander';
import { describe, expect, it } from 'vitest';
import { usageText } from '../../src/cli/usage-messages.js';
import { REPO_ROOT, runBinary, runInProcess } from '../helpers/cli.js';

/** Commander's own usage errors, raised inside a command, keep the exit-code contract: 2. */
describe("a command's usage errors exit 2 and are written through CliIo, in the user's language", () => {
  it.each([
    [['compile', 'examples'], '缺少必需的选项 --out。运行 gkml compile --help 查看用法。'],
    [
      ['validate', '--fail-on', 'bogus'],
      '选项 --fail-on 不能取值「bogus」。可用的值：「error」、「warning」。',
    ],
    [['init', '--code', '410102'], '缺少必需的选项 --name。运行 gkml init --help 查看用法。'],
    [
      ['merge', '--no-such-option'],
      '没有选项 --no-such-option。运行 gkml merge --help 查看可用的选项。',
    ],
    [['validate', '--jobs', '0'], '--jobs 应为正整数，这里是「0」。'],
    [['valdate'], '没有命令 valdate。是否应为「validate」？运行 gkml --help 查看全部命令。'],
    [
      ['compile', 'examples', '--lang', 'en'],
      'The option --out is required. Run gkml compile --help for the usage.',
    ],
    [
      ['export', '--format', 'pdf', '--lang', 'en'],
      'The option --format cannot be "pdf". Allowed: "xlsx", "csv", "json".',
    ],
  ])('gkml %j', async (args, message) => {
    const t = await runInProcess(args, { cwd: REPO_ROOT });
    expect(t.exitCode).toBe(2);
    expect(t.stderr).toBe(`gkml: ${message}\n`);
    expect(t.stdout).toBe('');
  });

  it('a command alone shows its help on stderr and exits 2, with nothing after it', async () => {
    for (const args of [[], ['guidelines']]) {
      const t = await runInProcess(args, { cwd: REPO_ROOT });
      expect(t.exitCode).toBe(2);
      expect(t.stderr).toMatch(/^用法： gkml/u);
      expect(t.stderr).not.toContain('gkml: ');
    }
  });

  it('names the command whose subcommand is unknown', async () => {
    const t = await runInProcess(['guidelines', 'lst'], { cwd: REPO_ROOT });
    expect(t.stderr).toBe(
      'gkml: 没有命令 lst。是否应为「list」？运行 gkml guidelines --help 查看全部命令。\n',
    );
  });

  it('validate where there is nothing to check says where it looked and what to give', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'gkml-empty-'));
    const zh = await runInProcess(['validate'], { cwd: empty });
    expect(zh.exitCode).toBe(2);
    expect(zh.stderr).toBe(
      'gkml: 在 . 中没有找到 .yaml 文件。请给出目录仓库、区域文件夹或目录文件的路径，或先 cd 到目录仓库。\n',
    );
    const en = await runInProcess(['validate', '--lang', 'en'], { cwd: empty });
    expect(en.stderr).toMatch(/^gkml: Found no \.yaml files \(looked in \.\)\. Give /u);
  });

  it('help of a command is a success, written to stdout', async () => {
    const t = await runInProcess(['validate', '--help'], { cwd: REPO_ROOT });
    expect(t.exitCode).toBe(0);
    expect(t.stdout).toContain('--fail-on');
  });

  it('through the built binary as well', () => {
    const t = runBinary(['compile', 'examples'], { cwd: REPO_ROOT });
    expect(t.exitCode).toBe(2);
    expect(t.stderr).toBe('gkml: 缺少必需的选项 --out。运行 gkml compile --help 查看用法。\n');
  });
});

/** The error commander itself raises for `args` given to a small program: its wording, not ours. */
function commanderError(args: string[]): CommanderError {
  const program = new Command('x')
    .exitOverride()
    .configureOutput({ outputError: () => undefined, writeErr: () => undefined })
    .showSuggestionAfterError(true);
  program
    .command('check')
    .argument('<folder>')
    .addArgument(new Argument('[kind]').choices(['a', 'b']))
    .addOption(new Option('-o, --out <dir>').makeOptionMandatory())
    .addOption(new Option('--format <format>').choices(['xlsx', 'csv']))
    .addOption(new Option('--quiet').conflicts('verbose'))
    .option('--verbose')
    .action(() => undefined);
  try {
    program.parse(args, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error;
    throw error;
  }
  throw new Error(`commander accepted ${args.join(' ')}`);
}

describe("each of commander's usage errors has its sentence (commander's own errors)", () => {
  it.each([
    [
      ['check', 'f', '-o', 'd', '--outt'],
      '没有选项 --outt。是否应为「--out」？运行 gkml check --help 查看可用的选项。',
    ],
    [['chekc'], '没有命令 chekc。是否应为「check」？运行 gkml --help 查看全部命令。'],
    [['check', '-o', 'd'], '缺少参数 <folder>。运行 gkml check --help 查看用法。'],
    [['check', 'f', '-o'], '选项 --out 后面缺少值。'],
    [['check', 'f'], '缺少必需的选项 --out。运行 gkml check --help 查看用法。'],
    [['check', 'f', '-o', 'd', '--quiet', '--verbose'], '选项 --quiet 和 --verbose 不能同时使用。'],
    [
      ['check', 'f', 'a', 'extra', '-o', 'd'],
      '参数太多：应为 2 个，这里有 3 个。含空格的路径请加引号；运行 gkml check --help 查看用法。',
    ],
    [
      ['check', 'f', '-o', 'd', '--format', 'pdf'],
      '选项 --format 不能取值「pdf」。可用的值：「xlsx」、「csv」。',
    ],
    [['check', 'f', 'c', '-o', 'd'], '参数 <kind> 不能取值「c」。可用的值：「a」、「b」。'],
  ])('%j', (args, zh) => {
    const error = commanderError(args);
    const command = args[0] === 'check' ? 'check' : undefined;
    expect(usageText(error, 'zh', command)).toBe(zh);
    // The English sentence is gkml's too, not commander's "error: …".
    expect(usageText(error, 'en', command)).not.toMatch(/^error:|'/u);
  });

  it('shows an error of a form it does not know as commander wrote it', () => {
    const failure = { code: 'commander.somethingNew', message: "error: something new '--x'" };
    expect(usageText(failure, 'zh')).toBe("something new '--x'");
  });
});
