/** `gkml review [folder]`: its arguments and options; the work is in run.ts. */
import { Option, type Command } from 'commander';
import { say, type CommandContext } from '../../command.js';
import type { ReviewFormat } from './run.js';

export function declareReview(program: Command, { io, setExit }: CommandContext): void {
  const t = (zh: string, en: string): string => say(io, zh, en);
  program
    .command('review')
    .description(
      t(
        '发文登记的年度动态调整清单：应审核的依申请公开、不予公开公文，以及经审核调整了公开属性的公文',
        "the year's 动态调整 list of the document registers: withheld documents due for review, and those a review changed",
      ),
    )
    .argument(
      '[folder]',
      t(
        '区域文件夹（默认：当前文件夹）；仓库根目录表示所有区域',
        'a region folder (default: the current folder); the repository root means every region',
      ),
    )
    .option('--year <year>', t('年份（默认：今年）', 'the year (default: this year)'))
    .addOption(
      new Option(
        '-f, --format <format>',
        t('输出格式：text（默认）、json、xlsx', 'output format: text (default), json, xlsx'),
      )
        .choices(['text', 'json', 'xlsx'])
        .default('text'),
    )
    .option(
      '-o, --out <file>',
      t('写入文件（xlsx 必须指定）', 'write to this file (required for xlsx)'),
    )
    .action(
      async (
        folder: string | undefined,
        options: { year?: string; format: ReviewFormat; out?: string },
      ) => {
        const { run } = await import('./run.js');
        setExit(
          await run(
            {
              folder: folder ?? '.',
              format: options.format,
              ...(options.year !== undefined ? { year: options.year } : {}),
              ...(options.out !== undefined ? { out: options.out } : {}),
            },
            io,
          ),
        );
      },
    );
}
