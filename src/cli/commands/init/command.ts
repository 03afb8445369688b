/** `gkml init [folder] --code --name --level`: its arguments and options; the work is in run.ts. */
import type { Command } from 'commander';
import type { CommandContext } from '../../command.js';
import { speaker } from '../../../i18n/messages.js';
import { initMessages } from './messages.js';

export function declareInit(program: Command, { io, setExit }: CommandContext): void {
  const say = speaker(io.lang, initMessages);
  program
    .command('init')
    .description(say('description'))
    .argument('[folder]', say('folder'))
    .requiredOption('--code <code>', say('code'))
    .requiredOption('--name <name>', say('name'))
    .requiredOption('--level <level>', say('level'))
    .option('--force', say('force'))
    .action(
      async (
        folder: string | undefined,
        options: { code: string; name: string; level: string; force?: boolean },
      ) => {
        const { run } = await import('./run.js');
        setExit(
          await run(
            {
              ...(folder !== undefined ? { folder } : {}),
              code: options.code,
              name: options.name,
              level: options.level,
              force: options.force === true,
            },
            io,
          ),
        );
      },
    );
}
