/** `gkml review [folder]`: its arguments and options; the work is in run.ts. */
import { Option, type Command } from 'commander';
import type { CommandContext } from '../../command.js';
import type { ReviewFormat } from './run.js';
import { speaker } from '../../../i18n/messages.js';
import { reviewMessages } from './messages.js';

export function declareReview(program: Command, { io, setExit }: CommandContext): void {
  const say = speaker(io.lang, reviewMessages);
  program
    .command('review')
    .description(say('description'))
    .argument('[folder]', say('folder'))
    .option('--year <year>', say('year'))
    .addOption(
      new Option('-f, --format <format>', say('format'))
        .choices(['text', 'json', 'xlsx'])
        .default('text'),
    )
    .option('-o, --out <file>', say('out'))
    .action(
      async (
        folder: string | undefined,
        options: { year?: string; format: ReviewFormat; out?: string },
      ) => {
        const { run } = await import('./run.js');
        setExit(
          await run(
            {
              folder: folder ?? '.',
              format: options.format,
              ...(options.year !== undefined ? { year: options.year } : {}),
              ...(options.out !== undefined ? { out: options.out } : {}),
            },
            io,
          ),
        );
      },
    );
}
