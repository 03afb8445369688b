/** `gkml import <files...> --out <dir> | --into <region>`: arguments and options; the work is in run.ts. */
import { Option, type Command } from 'commander';
import type { FailOn } from '../../../core/diagnostics/index.js';
import type { DiagnosticFormat } from '../../../render/diagnostics/index.js';
import { say, type CommandContext } from '../../command.js';
import { failOnOption, formatOption } from '../../options.js';

export function declareImport(program: Command, { io, setExit }: CommandContext): void {
  program
    .command('import')
    .description(
      say(
        io,
        '把官方格式的 Excel 目录（.xlsx）导入为 YAML，每个领域一个文件',
        'import official-layout Excel catalogs (.xlsx) as YAML, one file per domain',
      ),
    )
    .argument('<files...>', say(io, '.xlsx 文件', '.xlsx files'))
    .option('-o, --out <dir>', say(io, '写入 YAML 的文件夹', 'folder to write the YAML to'))
    .option(
      '--into <region>',
      say(
        io,
        '与该区域继承的目录核对，改写区域的目录文件（只写改动）',
        "reconcile with what the region inherits and update the region's files (changes only)",
      ),
    )
    .option(
      '--dry-run',
      say(io, '只报告 --into 的改动，不写文件', 'with --into: report the changes, write nothing'),
    )
    .addOption(
      new Option(
        '--domain <domain>',
        say(
          io,
          '指定领域（不按标题和工作表名判断）',
          'the domain, whatever titles and sheet names say',
        ),
      ),
    )
    .addOption(
      new Option('--force', say(io, '覆盖已有的 YAML 文件', 'overwrite existing YAML files')),
    )
    .addOption(formatOption(io))
    .addOption(failOnOption(io))
    .action(
      async (
        files: string[],
        options: {
          out?: string;
          into?: string;
          dryRun?: boolean;
          domain?: string;
          force?: boolean;
          format: DiagnosticFormat;
          failOn: FailOn;
        },
      ) => {
        const { run } = await import('./run.js');
        setExit(
          await run(
            {
              files,
              ...(options.out !== undefined ? { out: options.out } : {}),
              ...(options.into !== undefined ? { into: options.into } : {}),
              dryRun: options.dryRun === true,
              force: options.force === true,
              format: options.format,
              failOn: options.failOn,
              ...(options.domain !== undefined ? { domain: options.domain } : {}),
            },
            io,
          ),
        );
      },
    );
}
