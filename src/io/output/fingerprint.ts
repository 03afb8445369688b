/**
 * A fingerprint of everything a compile reads: the bytes of every file of the repository and of
 * the national baselines, with their paths. Equal fingerprints mean an equal build, so a rerun
 * with nothing changed can stop after reading the files, before parsing any of them.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { mapLimited } from '../load-units.js';

export async function fingerprintFiles(
  root: string,
  files: readonly string[],
  settings: readonly string[],
): Promise<string> {
  const sorted = [...files].sort();
  const contents = await mapLimited(sorted, 32, (file) => readFile(file));
  const hash = createHash('sha256');
  for (const setting of settings) hash.update(setting).update('\u0000');
  sorted.forEach((file, index) => {
    hash.update(relative(root, file)).update('\u0000');
    hash.update(contents[index] ?? '').update('\u0000');
  });
  return hash.digest('hex').slice(0, 32);
}
