/** `gkml site <folder> --out <dir>`: its arguments and options; the work is in run.ts. */
import type { Command } from 'commander';
import type { CommandContext } from '../../command.js';
import { replaceOption } from '../../options.js';
import { UsageError } from '../../errors.js';
import { speaker } from '../../../i18n/messages.js';
import { siteMessages } from './messages.js';

export function declareSite(program: Command, { io, setExit }: CommandContext): void {
  const say = speaker(io.lang, siteMessages);
  program
    .command('site')
    .description(say('description'))
    .argument('<folder>', say('folder'))
    .option('-o, --out <dir>', say('out'))
    .option('--force', say('force'), false)
    .addOption(replaceOption(io))
    .option('--no-downloads', say('noDownloads'))
    .option('--date <YYYY-MM-DD>', say('date'))
    .action(
      async (
        folder: string,
        options: {
          out?: string;
          force: boolean;
          replace: boolean;
          downloads: boolean;
          date?: string;
        },
      ) => {
        if (options.out === undefined) throw new UsageError(siteMessages.siteOutMissing);
        if (options.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/u.test(options.date)) {
          throw new UsageError(siteMessages.siteBadDate(options.date));
        }
        const { run } = await import('./run.js');
        const { force, replace, downloads, date } = options;
        const out = options.out;
        setExit(
          await run(
            { folder, out, force, replace, downloads, ...(date !== undefined ? { date } : {}) },
            io,
          ),
        );
      },
    );
}
