/** `gkml export [paths...]`: its arguments and options; the work is in run.ts. */
import { Option, type Command } from 'commander';
import type { ExportFormat } from '../../../render/export.js';
import type { ChannelStyle } from '../../../render/xlsx/index.js';
import { say, type CommandContext } from '../../command.js';
import { replaceOption } from '../../options.js';

export function declareExport(program: Command, { io, setExit }: CommandContext): void {
  program
    .command('export')
    .description(
      say(
        io,
        '导出合并后的目录：官方格式的 Excel（每个区域一个工作簿），或 CSV / JSON',
        'export the merged catalogs: official-layout Excel (a workbook per region), or CSV / JSON',
      ),
    )
    .argument(
      '[paths...]',
      say(
        io,
        '仓库、区域文件夹或目录文件（默认：当前文件夹）',
        'repository, region folders or catalog files (default: .)',
      ),
    )
    .addOption(
      new Option('-f, --format <format>', say(io, '导出格式', 'export format'))
        .choices(['xlsx', 'csv', 'json'] satisfies ExportFormat[])
        .default('xlsx'),
    )
    .addOption(new Option('-o, --out <dir>', say(io, '输出文件夹', 'output folder')).default('out'))
    .addOption(
      new Option(
        '--channels <style>',
        say(
          io,
          '公开渠道：checklist（■/□ 清单，默认）或 list（只列所选）',
          'channels: checklist (■/□, default) or list',
        ),
      )
        .choices(['checklist', 'list'])
        .default('checklist'),
    )
    .addOption(
      new Option(
        '--date <YYYY-MM-DD>',
        say(
          io,
          '数据日期，写入“说明”表（默认：今天）',
          'date of the data, shown in 说明 (default: today)',
        ),
      ),
    )
    .addOption(
      new Option(
        '--documents',
        say(
          io,
          '导出发文登记（documents.yaml）：发文登记、逾期清单、征求意见，每个区域一个工作簿',
          'export the document registers (documents.yaml) instead: register, overdue list, consultations',
        ),
      ),
    )
    .option('--force', say(io, '目录有错误也导出', 'export despite errors in the catalogs'), false)
    .addOption(replaceOption(io))
    .action(
      async (
        paths: string[],
        options: {
          format: ExportFormat;
          out: string;
          channels: ChannelStyle;
          date?: string;
          force: boolean;
          replace: boolean;
          documents?: boolean;
        },
      ) => {
        const { run } = await import('./run.js');
        setExit(
          await run(
            {
              paths,
              format: options.format,
              out: options.out,
              channels: options.channels,
              force: options.force,
              replace: options.replace,
              documents: options.documents === true,
              ...(options.date !== undefined ? { date: options.date } : {}),
            },
            io,
          ),
        );
      },
    );
}
