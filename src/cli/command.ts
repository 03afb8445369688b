/**
 * What every command module receives: the program to declare itself on, the injected terminal,
 * and where to put its exit code. Each command lives in src/cli/commands/<name>/: command.ts
 * declares it and lazy-loads run.ts, so that `gkml --help` loads no command's dependencies; its
 * wording (help and messages) is in messages.ts, read with `speaker(io.lang, <name>Messages)`.
 */
import type { Command } from 'commander';
import type { CliIo } from './io.js';

export interface CommandContext {
  io: CliIo;
  setExit: (code: number) => void;
}

export type DeclareCommand = (program: Command, context: CommandContext) => void;
