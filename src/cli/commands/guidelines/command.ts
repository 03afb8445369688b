/** `gkml guidelines list|show <domain>`: its sub-commands and options; the work is in run.ts. */
import { Option, type Command } from 'commander';
import type { GuidelinesFormat } from './run.js';
import type { CommandContext } from '../../command.js';
import { speaker } from '../../../i18n/messages.js';
import { guidelinesMessages } from './messages.js';
import { sharedMessages } from '../../messages.js';

export function declareGuidelines(program: Command, { io, setExit }: CommandContext): void {
  const say = speaker(io.lang, guidelinesMessages);
  const guidelines = program
    .command('guidelines')
    .description(say('description'))
    .helpCommand('help [command]', speaker(io.lang, sharedMessages)('helpCommand'));
  const guidelineFormat = () =>
    new Option('-f, --format <format>', say('format'))
      .choices(['table', 'json', 'yaml'])
      .default('table');
  guidelines
    .command('list')
    .description(say('listDescription'))
    .addOption(guidelineFormat())
    .action(async (options: { format: GuidelinesFormat }) => {
      const { run } = await import('./run.js');
      setExit(await run({ action: 'list', format: options.format }, io));
    });
  guidelines
    .command('show')
    .description(say('showDescription'))
    .argument('<domain>', say('domain'))
    .addOption(guidelineFormat())
    .action(async (domain: string, options: { format: GuidelinesFormat }) => {
      const { run } = await import('./run.js');
      setExit(await run({ action: 'show', domain, format: options.format }, io));
    });
}
