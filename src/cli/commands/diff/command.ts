/** `gkml diff [folders...]`: its arguments and options; the work is in run.ts. */
import { Option, type Command } from 'commander';
import type { FailOn } from '../../../core/diagnostics/index.js';
import type { Against } from '../../../core/diff/coverage-types.js';
import { DIFF_FORMATS, type DiffFormat } from '../../../render/diff/formats.js';
import type { CommandContext } from '../../command.js';
import { failOnOption, maxSizeOption } from '../../options.js';
import { speaker } from '../../../i18n/messages.js';
import { diffMessages } from './messages.js';

interface DiffFlags {
  against?: Against;
  base?: string;
  domain?: string[];
  format: DiffFormat;
  failOn: FailOn;
  maxSize?: number;
}

export function declareDiff(program: Command, { io, setExit }: CommandContext): void {
  const say = speaker(io.lang, diffMessages);
  program
    .command('diff')
    .description(say('description'))
    .argument('[folders...]', say('folders'))
    .addOption(new Option('--against <what>', say('against')).choices(['national', 'parent']))
    .addOption(new Option('--base <ref>', say('base')))
    .addOption(new Option('--domain <domain...>', say('domain')))
    .addOption(
      new Option('-f, --format <format>', say('format')).choices(DIFF_FORMATS).default('stylish'),
    )
    .addOption(failOnOption(io))
    .addOption(maxSizeOption(io))
    .action(async (folders: string[], flags: DiffFlags) => {
      const { run } = await import('./run.js');
      const { repositoryDeps } = await import('./deps.js');
      const options = {
        folders,
        format: flags.format,
        failOn: flags.failOn,
        ...(flags.against !== undefined ? { against: flags.against } : {}),
        ...(flags.base !== undefined ? { base: flags.base } : {}),
        ...(flags.domain !== undefined ? { domains: flags.domain } : {}),
        ...(flags.maxSize !== undefined ? { maxBytes: flags.maxSize } : {}),
      };
      setExit(await run(options, io, repositoryDeps));
    });
}
