/**
 * Opening an output folder for compile and site (io/output/target.ts), with each refusal turned
 * into a one-line usage or input error naming the folder.
 */
import { displayPath } from '../io/collect.js';
import type { OutputCommand } from '../io/output/manifest.js';
import { openOutput, type OpenedOutput } from '../io/output/target.js';
import { InputError, UsageError } from './errors.js';
import type { CliIo } from './io.js';
import { processOwner } from './lock-owner.js';
import { sharedMessages } from './messages.js';

export type OpenOutputResult = Extract<OpenedOutput, { ok: true }>;

/** Opens `out` (absolute) for writing; `shown` is the folder as the user wrote it. */
export async function openOrExplain(
  out: string,
  shown: string,
  replace: boolean,
  command: OutputCommand,
  io: CliIo,
): Promise<OpenOutputResult> {
  const opened = await openOutput(out, { replace, command, owner: processOwner() });
  if (opened.ok) return opened;
  switch (opened.problem) {
    case 'not-a-folder':
      throw new UsageError(sharedMessages.outNotFolder(shown));
    case 'foreign':
      throw new UsageError(sharedMessages.outForeign(shown));
    case 'other-command':
      throw new UsageError(sharedMessages.outOtherCommand(shown, opened.command, command));
    case 'dangling-link':
      throw new UsageError(sharedMessages.outDanglingLink(shown));
    case 'locked':
      throw new InputError(
        sharedMessages.outLocked(shown, opened.holder.pid, displayPath(opened.lockFile, io.cwd)),
      );
  }
}
