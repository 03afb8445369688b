/** `gkml compile <folder> --out <dir>`: its arguments and options; the work is in run.ts. */
import { Option, type Command } from 'commander';
import type { FailOn } from '../../../core/diagnostics/index.js';
import { say, type CommandContext } from '../../command.js';
import { UsageError } from '../../errors.js';
import { failOnOption, replaceOption } from '../../options.js';
import { parseShard } from '../../../core/output/shards.js';
import { compileText } from './text.js';

export function declareCompile(program: Command, { io, setExit }: CommandContext): void {
  program
    .command('compile')
    .description(
      say(
        io,
        '一步完成：校验、合并、比对、导出表格、生成网站和检查报告，输出到一个文件夹',
        'everything in one: validate, merge, diff, export, site and report, into one folder',
      ),
    )
    .argument(
      '<folder>',
      say(io, '目录仓库（或其中任一文件夹）', 'the region repository (or any folder in it)'),
    )
    .requiredOption(
      '-o, --out <dir>',
      say(
        io,
        '输出文件夹（在仓库之外；整体替换）',
        'output folder (outside the repository; replaced whole)',
      ),
    )
    .option('--force', say(io, '有错误也生成', 'publish the outputs despite errors'), false)
    .addOption(replaceOption(io))
    .addOption(failOnOption(io))
    .option(
      '--date <YYYY-MM-DD>',
      say(io, '表格中的数据日期（默认今天）', 'date of the data in the workbooks (default: today)'),
    )
    .addOption(
      new Option(
        '--channels <style>',
        say(
          io,
          '表格中公开渠道的写法：■/□ 清单或列表',
          'channels in the workbooks: the ■/□ checklist or a list',
        ),
      )
        .choices(['checklist', 'list'])
        .default('checklist'),
    )
    .option(
      '--shard <K/N>',
      say(
        io,
        '只编译 N 个分片中的第 K 个（整棵下级区域树，按文件数均分；用于 CI 矩阵）',
        'compile only the K-th of N shards (whole subtrees, balanced by file count; for CI matrices)',
      ),
    )
    .option(
      '--from-shards <dirs...>',
      say(
        io,
        '不编译，把各分片的输出合并成完整输出（与单机编译逐字节相同）',
        "compile nothing: put the shards' outputs together (byte for byte a one-machine compile)",
      ),
    )
    .action(
      async (
        folder: string,
        options: {
          out: string;
          force: boolean;
          replace: boolean;
          failOn: FailOn;
          date?: string;
          channels: 'checklist' | 'list';
          shard?: string;
          fromShards?: string[];
        },
      ) => {
        if (options.shard !== undefined && options.fromShards !== undefined) {
          throw new UsageError(compileText.bothShardOptions);
        }
        const shard = options.shard === undefined ? undefined : parseShard(options.shard);
        if (options.shard !== undefined && shard === undefined) {
          throw new UsageError(compileText.badShard(options.shard));
        }
        if (options.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/u.test(options.date)) {
          throw new UsageError({
            zh: `日期应写成 YYYY-MM-DD：${options.date}`,
            en: `write the date as YYYY-MM-DD: ${options.date}`,
          });
        }
        const { run } = await import('./run.js');
        setExit(
          await run(
            {
              folder,
              out: options.out,
              force: options.force,
              replace: options.replace,
              failOn: options.failOn,
              channels: options.channels,
              ...(options.date !== undefined ? { date: options.date } : {}),
              ...(shard !== undefined ? { shard } : {}),
              ...(options.fromShards !== undefined ? { fromShards: options.fromShards } : {}),
            },
            io,
          ),
        );
      },
    );
}
