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
          "指定领域（不按标题和工作表名判断）；可重复，'工作表名=领域' 只指定一个工作表",
          "the domain, whatever titles and sheet names say; repeatable, 'sheet=domain' assigns one sheet",
        ),
      ).argParser((value: string, previous: string[] | undefined) => [...(previous ?? []), value]),
    )
    .addOption(
      new Option('--force', say(io, '覆盖已有的 YAML 文件', 'overwrite existing YAML files')),
    )
    .addOption(
      new Option(
        '--baseline',
        say(
          io,
          '写成国家基准目录（完整目录，供 gkml.yaml 的 national 使用）',
          'write national baselines (complete tables, for gkml.yaml national)',
        ),
      ),
    )
    .addOption(
      new Option(
        '--source <document>',
        say(
          io,
          '与 --baseline 一起用：目录所依据文件的标题和文号（默认：工作表标题）',
          'with --baseline: title and 文号 of the document the tables come from (default: the sheet title)',
        ),
      ),
    )
    .addOption(
      new Option(
        '--documents',
        say(
          io,
          '工作簿是发文登记表：写入该文件夹的 documents.yaml',
          'the workbook is a document register (发文登记表): write documents.yaml into the folder',
        ),
      ),
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
          documents?: boolean;
          domain?: string[];
          force?: boolean;
          baseline?: boolean;
          source?: string;
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
              documents: options.documents === true,
              format: options.format,
              failOn: options.failOn,
              ...(options.domain !== undefined ? { domains: options.domain } : {}),
              ...(options.baseline === true ? { baseline: true } : {}),
              ...(options.source !== undefined ? { source: options.source } : {}),
            },
            io,
          ),
        );
      },
    );
}
