/**
 * The last step of every export (catalogs and registers): through the one output writer
 * (io/output/build.ts), as compile and site: the folder locked, built aside and swapped in whole,
 * a file whose bytes did not change carried over, never over a folder that is not an earlier gkml
 * output unless --replace. One line per file on stdout and a summary on stderr.
 */
import { resolve } from 'node:path';
import type { ExitCode } from '../../../core/diagnostics/index.js';
import { renderedArtifact } from '../../../core/output/artifact.js';
import { displayPath } from '../../../io/collect.js';
import { buildOutput } from '../../../io/output/build.js';
import { inside } from '../../../io/repository-files.js';
import { InputError, UsageError } from '../../errors.js';
import type { CliIo } from '../../io.js';
import { openOrExplain } from '../../open-output.js';
import { explainWriteFailure, outputFolder } from '../../output-folder.js';
import { exportMessages } from './messages.js';

export interface ExportTarget {
  out: string;
  /** Replace a non-empty folder that is not an earlier gkml output. */
  replace: boolean;
  /** What was read (paths, the repository's root), relative to the working folder. */
  inputs: readonly string[];
}

export async function writeExports(
  outputs: readonly { name: string; data: string | Uint8Array }[],
  target: ExportTarget,
  code: ExitCode,
  io: CliIo,
): Promise<ExitCode> {
  if (outputs.length === 0) throw new InputError(exportMessages.nothingToExport);
  const folder = await outputFolder(target.out, io);
  // The folder is replaced whole: never one that holds what was read.
  if (target.inputs.some((input) => inside(folder, resolve(io.cwd, input)))) {
    throw new UsageError(exportMessages.outHoldsInput(target.out));
  }
  const opened = await openOrExplain(folder, target.out, target.replace, 'export', io);
  try {
    const artifacts = outputs.map((output) => renderedArtifact(output.name, output.data));
    await explainWriteFailure(buildOutput(opened.path, artifacts, { command: 'export' }));
  } finally {
    await opened.close();
  }
  const shown = displayPath(folder, io.cwd);
  for (const { name } of outputs)
    io.stdout.write(`${displayPath(resolve(folder, name), io.cwd)}\n`);
  io.stderr.write(`${exportMessages.written(outputs.length, shown)[io.lang]}\n`);
  return code;
}

/** Where an export goes, and what it read (the folder is never one that holds it). */
export function exportTarget(
  options: { paths: readonly string[]; out: string; replace?: boolean },
  root: string,
): ExportTarget {
  const inputs = [...(options.paths.length > 0 ? options.paths : ['.']), root];
  return { out: options.out, replace: options.replace === true, inputs };
}
