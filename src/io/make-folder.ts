/**
 * Creating a folder and its missing parents. Node's `mkdir(path, { recursive: true })` loops
 * forever where a parent exists but refuses new entries with ENOENT (`/proc/self/x`): here each
 * missing level is made in turn, and any refusal is an error naming the path.
 */
import { mkdir, stat } from 'node:fs/promises';
import { dirname } from 'node:path';

export async function makeFolder(path: string): Promise<void> {
  const info = await stat(path).catch((error: unknown) => {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw error;
  });
  if (info?.isDirectory()) return;
  if (info) {
    throw Object.assign(new Error(`ENOTDIR: not a folder, ${path}`), { code: 'ENOTDIR', path });
  }
  const parent = dirname(path);
  if (parent !== path) await makeFolder(parent);
  await mkdir(path).catch(async (error: unknown) => {
    // Made meanwhile by a concurrent writer of the same tree: fine when it is a folder.
    if (errorCode(error) === 'EEXIST' && (await stat(path)).isDirectory()) return;
    throw error;
  });
}

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;
}
