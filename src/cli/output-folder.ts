/**
 * The output folder of export and import, checked before any work; import's files written with
 * plain errors (export's go through the one writer, io/output/build.ts).
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { displayPath } from '../io/collect.js';
import { writeFilesAtomic } from '../io/write-atomic.js';
import { InputError, UsageError } from './errors.js';
import { faultDetail } from './environment-fault.js';
import type { CliIo } from './io.js';
import { sharedMessages } from './messages.js';

/** The absolute output folder; a usage error when it names a file. */
export async function outputFolder(out: string, io: CliIo): Promise<string> {
  const folder = resolve(io.cwd, out);
  if ((await stat(folder).catch(() => undefined))?.isFile() === true) {
    throw new UsageError(sharedMessages.outIsFile(displayPath(folder, io.cwd)));
  }
  return folder;
}

/** Writes the outputs; a file-system refusal (permissions, a full disk) is the user's to fix. */
export async function writeOrExplain(
  folder: string,
  outputs: readonly { name: string; data: string | Uint8Array }[],
): Promise<void> {
  await explainWriteFailure(writeFilesAtomic(folder, outputs));
}

/** A failed write as the user's to fix, in one plain sentence rather than a stack trace. */
export async function explainWriteFailure<T>(write: Promise<T>): Promise<T> {
  try {
    return await write;
  } catch (error) {
    if (error instanceof InputError || error instanceof UsageError) throw error;
    throw new InputError(sharedMessages.cannotWrite(faultDetail(error)));
  }
}
