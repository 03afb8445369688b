/**
 * The `gkml` program: the root command with the settings every command inherits, then each
 * command declared by its own module (src/cli/commands/<name>/command.ts), in the order of --help.
 */
import { Command, Option } from 'commander';
import type { CommandContext, DeclareCommand } from './command.js';
import { declareCompile } from './commands/compile/command.js';
import { declareDiff } from './commands/diff/command.js';
import { declareExport } from './commands/export/command.js';
import { declareGuidelines } from './commands/guidelines/command.js';
import { declareImport } from './commands/import/command.js';
import { declareInit } from './commands/init/command.js';
import { declareMerge } from './commands/merge/command.js';
import { declareReview } from './commands/review/command.js';
import { declareSchema } from './commands/schema/command.js';
import { declareSite } from './commands/site/command.js';
import { declareValidate } from './commands/validate/command.js';
import { helpWords } from './help-words.js';
import type { CliIo } from './io.js';
import { toolInfo } from './tool.js';
import { speaker } from '../i18n/messages.js';
import { sharedMessages } from './messages.js';

const COMMANDS: readonly DeclareCommand[] = [
  declareCompile,
  declareValidate,
  declareInit,
  declareMerge,
  declareSchema,
  declareGuidelines,
  declareSite,
  declareDiff,
  declareExport,
  declareImport,
  declareReview,
];

export function buildProgram(io: CliIo, setExit: CommandContext['setExit']): Command {
  const say = speaker(io.lang, sharedMessages);
  const program = new Command('gkml')
    .description(say('description'))
    .version(toolInfo().version, '-V, --version', say('version'))
    .helpOption('-h, --help', say('help'))
    .helpCommand(false)
    .addOption(new Option('--lang <lang>', say('lang')).choices(['zh', 'en']))
    .showSuggestionAfterError(true)
    .configureHelp(helpWords(io.lang))
    // Set before the commands are declared: commander copies these settings into each command
    // when it is made, so a command's own usage errors (a missing required option) also throw
    // here, exit 2 and are written through io, instead of exiting 1 behind our back.
    .exitOverride()
    .configureOutput({
      writeOut: (text) => {
        io.stdout.write(text);
      },
      writeErr: (text) => {
        io.stderr.write(text);
      },
      // Commander's usage errors are said by main.ts, in the user's language (usage-messages.ts).
      outputError: () => undefined,
    });
  for (const declare of COMMANDS) declare(program, { io, setExit });
  return program;
}
