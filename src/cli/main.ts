/**
 * The `gkml` program: declares commands and options, lazy-loads each command, and keeps the
 * exit-code contract. The only module that touches `process`.
 */
import process from 'node:process';
import { CommanderError } from 'commander';
import { colourWanted, langFrom, todayIn, type CliIo } from './io.js';
import { InputError, UsageError } from './errors.js';
import { environmentFault } from './environment-fault.js';
import { toolInfo } from './tool.js';
import { buildProgram } from './program.js';
import { sharedMessages } from './messages.js';
import { usageText } from './usage-messages.js';

export async function main(argv: readonly string[]): Promise<void> {
  // `gkml … | head` closes the pipe early: the reader has what it wanted, so stop quietly
  // instead of crashing with a stack trace on the next write.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    });
  }
  const env = process.env;
  const io: CliIo = {
    cwd: process.cwd(),
    env,
    stdout: process.stdout,
    stderr: process.stderr,
    lang: langFrom(argv, env),
    colour: colourWanted(env, process.stdout.isTTY),
    today: todayIn(env, new Date()),
  };
  process.exitCode = await runProgram(argv, io);
}

/** Runs the program and turns every outcome into an exit code; exported for in-process tests. */
export async function runProgram(argv: readonly string[], io: CliIo): Promise<number> {
  let code = 0;
  const program = buildProgram(io, (exit) => {
    code = exit;
  });
  try {
    await program.parseAsync(argv);
    return code;
  } catch (error) {
    const names = new Set(program.commands.map((command) => command.name()));
    return handleError(
      error,
      io,
      argv.slice(2).find((arg) => names.has(arg)),
    );
  }
}

function handleError(error: unknown, io: CliIo, command: string | undefined): number {
  if (error instanceof CommanderError) {
    // Help and version are successes; everything else commander rejects is a usage error.
    if (error.exitCode === 0) return 0;
    // `gkml` or `gkml guidelines` alone: commander has shown the help, which says it all.
    if (error.code !== 'commander.help')
      io.stderr.write(`gkml: ${usageText(error, io.lang, command)}\n`);
    return 2;
  }
  if (error instanceof UsageError || error instanceof InputError) {
    io.stderr.write(`gkml: ${error.text[io.lang]}\n`);
    return 2;
  }
  const fault = environmentFault(error);
  if (fault) {
    io.stderr.write(`gkml: ${fault[io.lang]}\n`);
    return 2;
  }
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
  io.stderr.write(`${stack}\n\ngkml ${toolInfo().version}: ${sharedMessages.bug[io.lang]}\n`);
  return 2;
}
