/** `gkml merge [folder]`: its arguments and options; the work is in run.ts. */
import { Option, type Command } from 'commander';
import type { FailOn } from '../../../core/diagnostics/index.js';
import type { CommandContext } from '../../command.js';
import { failOnOption } from '../../options.js';
import { speaker } from '../../../i18n/messages.js';
import { mergeMessages } from './messages.js';

export function declareMerge(program: Command, { io, setExit }: CommandContext): void {
  const say = speaker(io.lang, mergeMessages);
  program
    .command('merge')
    .description(say('description'))
    .argument('[folder]', say('folder'))
    .option('-d, --domain <domain>', say('domain'))
    .addOption(new Option('-f, --format <format>', say('format')).choices(['yaml', 'json', 'text']))
    .option('--explain', say('explain'))
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
