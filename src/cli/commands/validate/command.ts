/** `gkml validate [paths...]`: its arguments and options; the work is in run.ts. */
import type { Command } from 'commander';
import type { FailOn } from '../../../core/diagnostics/index.js';
import type { DiagnosticFormat } from '../../../render/diagnostics/index.js';
import { say, type CommandContext } from '../../command.js';
import { failOnOption, formatOption, maxSizeOption } from '../../options.js';

export function declareValidate(program: Command, { io, setExit }: CommandContext): void {
  program
    .command('validate')
    .description(
      say(
        io,
        '校验目录、区域和配置文件（不写入任何文件）',
        'check catalog, region and configuration files (writes nothing)',
      ),
    )
    .argument(
      '[paths...]',
      say(
        io,
        '文件、文件夹或通配符（默认：当前文件夹）',
        'files, folders or globs (default: the current folder)',
      ),
    )
    .addOption(formatOption(io))
    .addOption(failOnOption(io))
    .addOption(maxSizeOption(io))
    .action(
      async (
        paths: string[],
        options: { format: DiagnosticFormat; failOn: FailOn; maxSize?: number },
      ) => {
        const { run } = await import('./run.js');
        setExit(
          await run(
            {
              paths,
              format: options.format,
              failOn: options.failOn,
              ...(options.maxSize !== undefined ? { maxBytes: options.maxSize } : {}),
            },
            io,
          ),
        );
      },
    );
}
