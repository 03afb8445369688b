/** `gkml export [paths...]`: its arguments and options; the work is in run.ts. */
import { Option, type Command } from 'commander';
import type { ExportFormat } from '../../../render/export.js';
import type { ChannelStyle } from '../../../render/xlsx/index.js';
import type { CommandContext } from '../../command.js';
import { replaceOption } from '../../options.js';
import { speaker } from '../../../i18n/messages.js';
import { exportMessages } from './messages.js';

export function declareExport(program: Command, { io, setExit }: CommandContext): void {
  const say = speaker(io.lang, exportMessages);
  program
    .command('export')
    .description(say('description'))
    .argument('[paths...]', say('paths'))
    .addOption(
      new Option('-f, --format <format>', say('format'))
        .choices(['xlsx', 'csv', 'json'] satisfies ExportFormat[])
        .default('xlsx'),
    )
    .addOption(new Option('-o, --out <dir>', say('out')).default('out'))
    .addOption(
      new Option('--channels <style>', say('channels'))
        .choices(['checklist', 'list'])
        .default('checklist'),
    )
    .addOption(new Option('--date <YYYY-MM-DD>', say('date')))
    .addOption(new Option('--documents', say('documents')))
    .option('--force', say('force'), false)
    .addOption(replaceOption(io))
    .action(
      async (
        paths: string[],
        options: {
          format: ExportFormat;
          out: string;
          channels: ChannelStyle;
          date?: string;
          force: boolean;
          replace: boolean;
          documents?: boolean;
        },
      ) => {
        const { run } = await import('./run.js');
        setExit(
          await run(
            {
              paths,
              format: options.format,
              out: options.out,
              channels: options.channels,
              force: options.force,
              replace: options.replace,
              documents: options.documents === true,
              ...(options.date !== undefined ? { date: options.date } : {}),
            },
            io,
          ),
        );
      },
    );
}
