/** `gkml import <files...> --out <dir> | --into <region>`: arguments and options; the work is in run.ts. */
import { Option, type Command } from 'commander';
import type { FailOn } from '../../../core/diagnostics/index.js';
import type { DiagnosticFormat } from '../../../render/diagnostics/index.js';
import type { CommandContext } from '../../command.js';
import { failOnOption, formatOption } from '../../options.js';
import { speaker } from '../../../i18n/messages.js';
import { importMessages } from './messages.js';

export function declareImport(program: Command, { io, setExit }: CommandContext): void {
  const say = speaker(io.lang, importMessages);
  program
    .command('import')
    .description(say('description'))
    .argument('<files...>', say('files'))
    .option('-o, --out <dir>', say('out'))
    .option('--into <region>', say('into'))
    .option('--dry-run', say('dryRun'))
    .addOption(
      new Option('--domain <domain>', say('domain')).argParser(
        (value: string, previous: string[] | undefined) => [...(previous ?? []), value],
      ),
    )
    .addOption(new Option('--force', say('force')))
    .addOption(new Option('--baseline', say('baseline')))
    .addOption(new Option('--source <document>', say('source')))
    .addOption(new Option('--documents', say('documents')))
    .addOption(formatOption(io))
    .addOption(failOnOption(io))
    .action(
      async (
        files: string[],
        options: {
          out?: string;
          into?: string;
          dryRun?: boolean;
          documents?: boolean;
          domain?: string[];
          force?: boolean;
          baseline?: boolean;
          source?: string;
          format: DiagnosticFormat;
          failOn: FailOn;
        },
      ) => {
        const { run } = await import('./run.js');
        setExit(
          await run(
            {
              files,
              ...(options.out !== undefined ? { out: options.out } : {}),
              ...(options.into !== undefined ? { into: options.into } : {}),
              dryRun: options.dryRun === true,
              force: options.force === true,
              documents: options.documents === true,
              format: options.format,
              failOn: options.failOn,
              ...(options.domain !== undefined ? { domains: options.domain } : {}),
              ...(options.baseline === true ? { baseline: true } : {}),
              ...(options.source !== undefined ? { source: options.source } : {}),
            },
            io,
          ),
        );
      },
    );
}
