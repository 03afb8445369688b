/** `gkml site <folder> --out <dir>`: its arguments and options; the work is in run.ts. */
import type { Command } from 'commander';
import { say, type CommandContext } from '../../command.js';
import { replaceOption } from '../../options.js';
import { UsageError } from '../../errors.js';
import { cliText } from '../../text.js';

export function declareSite(program: Command, { io, setExit }: CommandContext): void {
  program
    .command('site')
    .description(
      say(
        io,
        '生成静态网站：区域树、各领域目录表、搜索和办事一本通，可放到政府网站或从 U 盘打开',
        'build the static HTML directory (region tree, catalog tables, search, 一件事 bundles)',
      ),
    )
    .argument(
      '<folder>',
      say(
        io,
        '区域目录仓库（含 gkml.yaml 的文件夹）',
        'the region repository (the folder with gkml.yaml)',
      ),
    )
    .option(
      '-o, --out <dir>',
      say(io, '网站的输出文件夹（必填）', 'output folder of the site (required)'),
    )
    .option('--force', say(io, '有错误也生成网站', 'publish the site despite errors'), false)
    .addOption(replaceOption(io))
    .option(
      '--no-downloads',
      say(
        io,
        '不导出各区域的 Excel、CSV 和 JSON 下载文件（更快）',
        "skip each region's xlsx, csv and json downloads (faster)",
      ),
    )
    .option(
      '--date <YYYY-MM-DD>',
      say(
        io,
        'Excel 表格中的数据日期（默认：今天）',
        'the date of the data in the workbooks (default: today)',
      ),
    )
    .action(
      async (
        folder: string,
        options: {
          out?: string;
          force: boolean;
          replace: boolean;
          downloads: boolean;
          date?: string;
        },
      ) => {
        if (options.out === undefined) throw new UsageError(cliText.siteOutMissing);
        if (options.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/u.test(options.date)) {
          throw new UsageError(cliText.siteBadDate(options.date));
        }
        const { run } = await import('./run.js');
        const { force, replace, downloads, date } = options;
        const out = options.out;
        setExit(
          await run(
            { folder, out, force, replace, downloads, ...(date !== undefined ? { date } : {}) },
            io,
          ),
        );
      },
    );
}
