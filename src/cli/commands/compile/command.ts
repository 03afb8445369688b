/** `gkml compile <folder> --out <dir>`: its arguments and options; the work is in run.ts. */
import { Option, type Command } from 'commander';
import type { FailOn } from '../../../core/diagnostics/index.js';
import type { CommandContext } from '../../command.js';
import { UsageError } from '../../errors.js';
import { failOnOption, replaceOption } from '../../options.js';
import { parseShard } from '../../../core/output/shards.js';
import { speaker } from '../../../i18n/messages.js';
import { compileMessages } from './messages.js';

export function declareCompile(program: Command, { io, setExit }: CommandContext): void {
  const say = speaker(io.lang, compileMessages);
  program
    .command('compile')
    .description(say('description'))
    .argument('<folder>', say('folder'))
    .requiredOption('-o, --out <dir>', say('out'))
    .option('--force', say('force'), false)
    .addOption(replaceOption(io))
    .addOption(failOnOption(io))
    .option('--date <YYYY-MM-DD>', say('date'))
    .addOption(
      new Option('--channels <style>', say('channels'))
        .choices(['checklist', 'list'])
        .default('checklist'),
    )
    .option('--shard <K/N>', say('shard'))
    .option('--from-shards <dirs...>', say('fromShards'))
    .action(
      async (
        folder: string,
        options: {
          out: string;
          force: boolean;
          replace: boolean;
          failOn: FailOn;
          date?: string;
          channels: 'checklist' | 'list';
          shard?: string;
          fromShards?: string[];
        },
      ) => {
        if (options.shard !== undefined && options.fromShards !== undefined) {
          throw new UsageError(compileMessages.bothShardOptions);
        }
        const shard = options.shard === undefined ? undefined : parseShard(options.shard);
        if (options.shard !== undefined && shard === undefined) {
          throw new UsageError(compileMessages.badShard(options.shard));
        }
        if (options.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/u.test(options.date)) {
          throw new UsageError(compileMessages.badDate(options.date));
        }
        const { run } = await import('./run.js');
        setExit(
          await run(
            {
              folder,
              out: options.out,
              force: options.force,
              replace: options.replace,
              failOn: options.failOn,
              channels: options.channels,
              ...(options.date !== undefined ? { date: options.date } : {}),
              ...(shard !== undefined ? { shard } : {}),
              ...(options.fromShards !== undefined ? { fromShards: options.fromShards } : {}),
            },
            io,
          ),
        );
      },
    );
}
