/** `gkml schema [name]`: its argument; the work is in run.ts. */
import type { Command } from 'commander';
import type { CommandContext } from '../../command.js';
import { speaker } from '../../../i18n/messages.js';
import { schemaMessages } from './messages.js';

export function declareSchema(program: Command, { io, setExit }: CommandContext): void {
  const say = speaker(io.lang, schemaMessages);
  program
    .command('schema')
    .description(say('description'))
    .argument('[name]', 'catalog | region | project')
    .action(async (name: string | undefined) => {
      const { run } = await import('./run.js');
      setExit(await run(name === undefined ? {} : { name }, io));
    });
}
