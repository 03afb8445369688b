/**
 * What every command module receives: the program to declare itself on, the injected terminal,
 * and where to put its exit code. Each command lives in src/cli/commands/<name>/: command.ts
 * declares it and lazy-loads run.ts, so that `gkml --help` loads no command's dependencies.
 */
import type { Command } from 'commander';
import type { CliIo } from './io.js';

export interface CommandContext {
  io: CliIo;
  setExit: (code: number) => void;
}

export type DeclareCommand = (program: Command, context: CommandContext) => void;

/** Help text in the user's language. */
export const say = (io: CliIo, zh: string, en: string): string => (io.lang === 'zh' ? zh : en);
