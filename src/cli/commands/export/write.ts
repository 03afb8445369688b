/**
 * The last step of every export (catalogs and registers): into the output folder, never over a file
 * gkml did not write unless --force, one line per file on stdout and a summary on stderr.
 */
import { resolve } from 'node:path';
import { displayPath } from '../../../io/collect.js';
import { foreignFiles } from '../../../io/output-files.js';
import { InputError } from '../../errors.js';
import type { CliIo } from '../../io.js';
import { outputFolder, writeOrExplain } from '../../output-folder.js';
import { excelText } from '../../text-excel.js';

export async function writeExports(
  outputs: readonly { name: string; data: string | Uint8Array }[],
  options: { out: string; force: boolean },
  io: CliIo,
): Promise<0> {
  if (outputs.length === 0) throw new InputError(excelText.nothingToExport);
  const folder = await outputFolder(options.out, io);
  const shown = displayPath(folder, io.cwd);
  const names = outputs.map((output) => output.name);
  const foreign = options.force ? [] : await foreignFiles(folder, names);
  if (foreign.length > 0) throw new InputError(excelText.foreignOutputs(shown, foreign));
  await writeOrExplain(folder, outputs, { manifest: true });
  for (const name of names) io.stdout.write(`${displayPath(resolve(folder, name), io.cwd)}\n`);
  io.stderr.write(`${excelText.written(outputs.length, shown)[io.lang]}\n`);
  return 0;
}
