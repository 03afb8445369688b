/** `gkml merge [folder]`: its arguments and options; the work is in run.ts. */
import { Option, type Command } from 'commander';
import type { FailOn } from '../../../core/diagnostics/index.js';
import { say, type CommandContext } from '../../command.js';
import { failOnOption } from '../../options.js';

export function declareMerge(program: Command, { io, setExit }: CommandContext): void {
  program
    .command('merge')
    .description(
      say(
        io,
        '输出区域合并后的目录（国家基准 → 市 → 县 → 乡 → 村逐级合并）',
        'print the effective catalogs of a region (national → city → county → township → village)',
      ),
    )
    .argument(
      '[folder]',
      say(
        io,
        '区域文件夹（默认：当前文件夹）；仓库根目录表示所有区域',
        'a region folder (default: the current folder); the repository root means every region',
      ),
    )
    .option(
      '-d, --domain <domain>',
      say(io, '只输出一个领域（编号、名称或别名）', 'one domain only (id, Chinese name or alias)'),
    )
    .addOption(
      new Option(
        '-f, --format <format>',
        say(
          io,
          '输出格式：yaml（默认）、json；--explain 时默认为 text',
          'output format: yaml (default) or json; text by default with --explain',
        ),
      ).choices(['yaml', 'json', 'text']),
    )
    .option(
      '--explain',
      say(
        io,
        '逐个字段说明取值来自哪一级、哪个文件哪一行',
        'show where each value of each field came from (layer, file, line)',
      ),
    )
    .addOption(failOnOption(io))
    .action(
      async (
        folder: string | undefined,
        options: {
          domain?: string;
          format?: 'yaml' | 'json' | 'text';
          explain?: boolean;
          failOn: FailOn;
        },
      ) => {
        const { run } = await import('./run.js');
        setExit(
          await run(
            {
              folder: folder ?? '.',
              explain: options.explain === true,
              failOn: options.failOn,
              ...(options.domain !== undefined ? { domain: options.domain } : {}),
              ...(options.format !== undefined ? { format: options.format } : {}),
            },
            io,
          ),
        );
      },
    );
}
