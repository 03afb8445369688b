/**
 * Writing files so that a reader never sees half of one, and a failed run leaves the previous file
 * intact: write a temporary file beside the target, then rename it over the target.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { makeFolder } from './make-folder.js';

export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const folder = dirname(path);
  await makeFolder(folder);
  const temp = join(folder, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, data, { flag: 'wx' });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/**
 * Writes files into a folder that is not gkml's (import's catalogs), each atomically; what else the
 * folder holds is left alone. gkml's own output folders go through io/output/build.ts instead.
 */
export async function writeFilesAtomic(
  folder: string,
  files: readonly { name: string; data: string | Uint8Array }[],
): Promise<void> {
  for (const file of files) await writeFileAtomic(join(folder, file.name), file.data);
}

/** The names (relative to `folder`) that exist already: import overwrites them only with --force. */
export function existingFiles(folder: string, names: readonly string[]): string[] {
  return names.filter((name) => existsSync(join(folder, name)));
}
