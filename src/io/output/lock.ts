/**
 * One writer per output folder at a time: a lock file beside the folder (`<out>.gkml-lock`, not
 * inside it, because the folder itself is swapped) holding the owner's pid and host. A lock whose
 * owner is no longer running on this host is stale and taken over; a live one refuses the run.
 */
import { hostname } from 'node:os';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** Who takes the lock: the CLI passes its process (io does not touch `process`). */
export interface LockOwner {
  pid: number;
  /** Whether a process with this pid runs on this host. */
  isAlive: (pid: number) => boolean;
}

export interface LockHolder {
  pid: number;
  host: string;
}

export type LockResult =
  { ok: true; release: () => Promise<void> } | { ok: false; holder: LockHolder; lockFile: string };

export const LOCK_SUFFIX = '.gkml-lock';

export function lockPath(out: string): string {
  return join(dirname(out), `${basename(out)}${LOCK_SUFFIX}`);
}

export async function lockOutput(out: string, owner: LockOwner): Promise<LockResult> {
  const file = lockPath(out);
  const text = `${JSON.stringify({ pid: owner.pid, host: hostname(), token: randomBytes(8).toString('hex') })}\n`;
  // Two tries: the second after taking a stale lock over.
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(file, text, { flag: 'wx' });
      return { ok: true, release: () => releaseLock(file, text) };
    } catch (error) {
      if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
    }
    const holder = await readHolder(file);
    if (holder && (holder.host !== hostname() || owner.isAlive(holder.pid))) {
      return { ok: false, holder, lockFile: file };
    }
    // Stale (its owner died, or it is unreadable): moved aside under a name of our own, so that
    // of two runs finding it stale only one removes it.
    const aside = `${file}.stale-${randomBytes(5).toString('hex')}`;
    await rename(file, aside).then(
      () => rm(aside, { force: true }),
      () => undefined,
    );
  }
  const holder = (await readHolder(file)) ?? { pid: 0, host: hostname() };
  return { ok: false, holder, lockFile: file };
}

async function readHolder(file: string): Promise<LockHolder | undefined> {
  try {
    const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const record = new Map<string, unknown>(Object.entries(parsed));
    const pid = record.get('pid');
    const host = record.get('host');
    return typeof pid === 'number' && typeof host === 'string' ? { pid, host } : undefined;
  } catch {
    return undefined;
  }
}

/** Removes the lock if it is still ours (a stale-lock takeover may have replaced it). */
async function releaseLock(file: string, text: string): Promise<void> {
  const now = await readFile(file, 'utf8').catch(() => undefined);
  if (now === text) await rm(file, { force: true });
}
