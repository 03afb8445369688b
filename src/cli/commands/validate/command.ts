/** `gkml validate [paths...]`: its arguments and options; the work is in run.ts. */
import { Option, type Command } from 'commander';
import type { FailOn } from '../../../core/diagnostics/index.js';
import type { DiagnosticFormat } from '../../../render/diagnostics/index.js';
import type { CommandContext } from '../../command.js';
import { failOnOption, formatOption, jobsOption, maxSizeOption } from '../../options.js';
import { speaker } from '../../../i18n/messages.js';
import { validateMessages } from './messages.js';

export function declareValidate(program: Command, { io, setExit }: CommandContext): void {
  const say = speaker(io.lang, validateMessages);
  program
    .command('validate')
    .description(say('description'))
    .argument('[paths...]', say('paths'))
    .addOption(formatOption(io))
    .addOption(failOnOption(io))
    .addOption(maxSizeOption(io))
    .addOption(jobsOption(say('jobs')))
    .addOption(new Option('--cache', say('cache')))
    .action(
      async (
        paths: string[],
        options: {
          format: DiagnosticFormat;
          failOn: FailOn;
          maxSize?: number;
          jobs?: number;
          cache?: boolean;
        },
      ) => {
        const { run } = await import('./run.js');
        setExit(
          await run(
            {
              paths,
              format: options.format,
              failOn: options.failOn,
              ...(options.maxSize !== undefined ? { maxBytes: options.maxSize } : {}),
              ...(options.jobs !== undefined ? { jobs: options.jobs } : {}),
              cache: options.cache === true,
            },
            io,
          ),
        );
      },
    );
}
