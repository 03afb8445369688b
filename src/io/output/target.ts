/**
 * Opening an output folder for the one writer (build.ts): follows a symlinked --out to the folder it
 * names (the link stays, its target is replaced), takes the lock, repairs what an interrupted run
 * left, and says whose the folder is. Only then may a command read the previous manifest or build.
 */
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { makeFolder } from '../make-folder.js';
import { lockOutput, type LockHolder, type LockOwner } from './lock.js';
import { isLegacyOutput } from './legacy.js';
import { readManifest, type Manifest, type OutputCommand } from './manifest.js';
import { recoverOutput } from './swap.js';

export interface OpenOptions {
  /** Replace a non-empty folder that is not an earlier output of this command (--replace). */
  replace: boolean;
  /** The command about to write: the output of another one counts as foreign. */
  command: OutputCommand;
  owner: LockOwner;
}

export type OpenedOutput =
  | {
      ok: true;
      /** The folder actually written: --out, or the folder a symlinked --out points at. */
      path: string;
      /** The previous output's manifest, when the folder holds one. */
      previous: Manifest | undefined;
      /** Releases the lock: call when done, whatever happened. */
      close: () => Promise<void>;
    }
  | { ok: false; problem: 'not-a-folder' | 'foreign' | 'dangling-link' }
  | { ok: false; problem: 'other-command'; command: OutputCommand }
  | { ok: false; problem: 'locked'; holder: LockHolder; lockFile: string };

export async function openOutput(out: string, options: OpenOptions): Promise<OpenedOutput> {
  let path = out;
  const link = await lstat(out).catch(() => undefined);
  if (link?.isSymbolicLink()) {
    const target = await realpath(out).catch(() => undefined);
    if (target === undefined) return { ok: false, problem: 'dangling-link' };
    path = target;
  }
  await makeFolder(dirname(path));
  const lock = await lockOutput(path, options.owner);
  if (!lock.ok)
    return { ok: false, problem: 'locked', holder: lock.holder, lockFile: lock.lockFile };
  try {
    // Under the lock, every temporary folder beside the output is a dead run's.
    await recoverOutput(path);
    const state = await inspect(path);
    if (state === 'not-a-folder' || (state === 'foreign' && !options.replace)) {
      await lock.release();
      return { ok: false, problem: state };
    }
    const previous = state === 'ours' ? await readManifest(path) : undefined;
    const owner = previous?.command;
    if (owner !== undefined && owner !== options.command) {
      if (!options.replace) {
        await lock.release();
        return { ok: false, problem: 'other-command', command: owner };
      }
      // Replaced whole: nothing of the other command's output is reused.
      return { ok: true, path, previous: undefined, close: lock.release };
    }
    return { ok: true, path, previous, close: lock.release };
  } catch (error) {
    await lock.release();
    throw error;
  }
}

type State = 'missing' | 'empty' | 'ours' | 'foreign' | 'not-a-folder';

async function inspect(path: string): Promise<State> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return 'missing';
  if (!info.isDirectory()) return 'not-a-folder';
  if (await readManifest(path)) return 'ours';
  const entries = await readdir(path);
  if (entries.length === 0) return 'empty';
  // A site or an export written before the writers were one (their manifests had other names).
  return (await isLegacyOutput(path, entries)) ? 'ours' : 'foreign';
}
