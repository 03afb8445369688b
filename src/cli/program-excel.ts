/** Declarations of `gkml export` and `gkml import` (kept apart from program.ts to keep it small). */
import { Option, type Command } from 'commander';
import type { DiagnosticFormat } from '../render/diagnostics/index.js';
import type { FailOn } from '../core/diagnostics/index.js';
import type { ExportFormat } from '../render/export.js';
import type { ChannelStyle } from '../render/xlsx/index.js';
import type { CliIo } from './io.js';

type SetExit = (code: number) => void;

const t = (io: CliIo, zh: string, en: string): string => (io.lang === 'zh' ? zh : en);

export function declareExcelCommands(
  program: Command,
  io: CliIo,
  setExit: SetExit,
  shared: { formatOption: () => Option; failOnOption: () => Option },
): void {
  program
    .command('export')
    .description(
      t(
        io,
        '导出合并后的目录：官方格式的 Excel（每个区域一个工作簿），或 CSV / JSON',
        'export the merged catalogs: official-layout Excel (a workbook per region), or CSV / JSON',
      ),
    )
    .argument(
      '[paths...]',
      t(
        io,
        '仓库、区域文件夹或目录文件（默认：当前文件夹）',
        'repository, region folders or catalog files (default: .)',
      ),
    )
    .addOption(
      new Option('-f, --format <format>', t(io, '导出格式', 'export format'))
        .choices(['xlsx', 'csv', 'json'] satisfies ExportFormat[])
        .default('xlsx'),
    )
    .addOption(new Option('-o, --out <dir>', t(io, '输出文件夹', 'output folder')).default('out'))
    .addOption(
      new Option(
        '--channels <style>',
        t(
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
        t(
          io,
          '数据日期，写入“说明”表（默认：今天）',
          'date of the data, shown in 说明 (default: today)',
        ),
      ),
    )
    .addOption(
      new Option(
        '--force',
        t(io, '覆盖输出文件夹中非 gkml 写入的同名文件', 'overwrite files gkml did not write'),
      ),
    )
    .action(
      async (
        paths: string[],
        options: {
          format: ExportFormat;
          out: string;
          channels: ChannelStyle;
          date?: string;
          force?: boolean;
        },
      ) => {
        const { run } = await import('./commands/export.js');
        setExit(
          await run(
            {
              paths,
              format: options.format,
              out: options.out,
              channels: options.channels,
              force: options.force === true,
              ...(options.date !== undefined ? { date: options.date } : {}),
            },
            io,
          ),
        );
      },
    );

  program
    .command('import')
    .description(
      t(
        io,
        '把官方格式的 Excel 目录（.xlsx）导入为 YAML，每个领域一个文件',
        'import official-layout Excel catalogs (.xlsx) as YAML, one file per domain',
      ),
    )
    .argument('<files...>', t(io, '.xlsx 文件', '.xlsx files'))
    .requiredOption('-o, --out <dir>', t(io, '写入 YAML 的文件夹', 'folder to write the YAML to'))
    .addOption(
      new Option(
        '--domain <domain>',
        t(
          io,
          '指定领域（不按标题和工作表名判断）',
          'the domain, whatever titles and sheet names say',
        ),
      ),
    )
    .addOption(
      new Option('--force', t(io, '覆盖已有的 YAML 文件', 'overwrite existing YAML files')),
    )
    .addOption(
      new Option(
        '--baseline',
        t(
          io,
          '写成国家基准目录（完整目录，供 gkml.yaml 的 national 使用）',
          'write national baselines (complete tables, for gkml.yaml national)',
        ),
      ),
    )
    .addOption(
      new Option(
        '--source <document>',
        t(
          io,
          '与 --baseline 一起用：目录所依据文件的标题和文号（默认：工作表标题）',
          'with --baseline: title and 文号 of the document the tables come from (default: the sheet title)',
        ),
      ),
    )
    .addOption(shared.formatOption())
    .addOption(shared.failOnOption())
    .action(
      async (
        files: string[],
        options: {
          out: string;
          domain?: string;
          force?: boolean;
          baseline?: boolean;
          source?: string;
          format: DiagnosticFormat;
          failOn: FailOn;
        },
      ) => {
        const { run } = await import('./commands/import.js');
        setExit(
          await run(
            {
              files,
              out: options.out,
              force: options.force === true,
              format: options.format,
              failOn: options.failOn,
              ...(options.domain !== undefined ? { domain: options.domain } : {}),
              ...(options.baseline === true ? { baseline: true } : {}),
              ...(options.source !== undefined ? { source: options.source } : {}),
            },
            io,
          ),
        );
      },
    );
}
